// kutip viewer: posts an article to /v1/extract and marks what came back.
// Article text only ever reaches the DOM through textContent / createTextNode, never as HTML.
"use strict";

const PERSON_COLOURS = 12; // .person-0 … .person-11 in viewer.css
const EXTRACT_PATH = "/v1/extract";
const DOCUMENTS_PATH = "/v1/documents/";
const QUOTE_LIST_EXCERPT_CHARS = 200; // longer quotes are cut in the list (the article shows them whole)
const TOOLTIP_GAP_PX = 6;
const EDGE_PX = 4;
// A CSV cell a spreadsheet would run as a formula gets a leading apostrophe (as the API's CSV does).
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const CSV_COLUMNS = ["id", "type", "speaker", "person_id", "resolution", "speaker_rule", "cue", "rule", "confidence", "start",
  "end", "text"];

// The page's words in English and Indonesian. API values (quote types, resolutions, rules,
// error codes) stay as the JSON has them.
const MESSAGES = {
  en: {
    language_button: "Bahasa Indonesia", language_button_label: "Tampilkan halaman dalam bahasa Indonesia",
    tagline: "Quotes in Indonesian news, and who said them.", api_reference: "API reference",
    article_label: "Article (paste plain text or HTML)", hint_press: "Press", hint_to_extract: "to extract.",
    format: "Format", plain_text: "Plain text", api_key: "API key",
    api_key_hint: "This server requires a key. It is kept in this page only and sent as the header",
    extract: "Extract", cancel: "Cancel", quotes: "Quotes", legend: "Legend", direct: "direct",
    indirect: "indirect", mixed: "mixed", cue: "cue", speaker_mention: "speaker mention",
    article_marked: "Article with quotes marked", all_quotes: "All quotes", speaker: "Speaker", type: "Type",
    quote: "Quote", confidence: "Confidence", people: "People",
    people_hint: "Select a person to show only their quotes.", export: "Export", download_json: "Download JSON",
    download_csv: "Download CSV (one row per quote)", copy_curl: "Copy as curl", request_curl: "Request as curl",
    resolution: "Resolution", rule: "Rule", speaker_rule: "Speaker found by", speaker_ranker: "Speaker chosen by",
    speaker_rule_title: "Speaker found by {generator}, chosen by {ranker}", unknown: "unknown", none: "none", person: "person",
    organisation: "organisation", other_name: "not a person", no_speakers: "No speakers found.", paste_first: "Paste an article first.",
    extracting: "Extracting…", done_in: "Done in {seconds} s.", cancelled: "Cancelled.",
    unreachable: "Could not reach the kutip server ({detail}).", refused: "The server refused the request.",
    copied: "Request copied as curl.", select_all: "Select-all done: press Ctrl+C to copy.",
    characters: "{count} characters", over_limit: " — over this server's limit of {limit}",
    quote_count: "{count} quotes", jump: "Show quote {number} in the article",
    list_all: "{count} quotes in the order of the article. The number shows the quote in the text.",
    list_one: "1 quote. The number shows the quote in the text.",
    list_filtered: "{shown} of {total} quotes: those of the selected person.",
    list_confident: "{shown} of {total} quotes: those with confidence of at least {minimum}.",
    list_both: "{shown} of {total} quotes: those of the selected person with confidence of at least {minimum}.",
    min_confidence: "Minimum confidence",
    min_confidence_hint: "Confidence is the probability that a quote and its speaker are right; quotes below " +
      "the minimum are dimmed in the article and left out of the list.",
    confidence_model: "Confidence model",
    quote_word: "quote", quotes_word: "quotes", speaker_word: "speaker", speakers_word: "speakers",
    summary: "{total} {quotes} ({direct} direct, {indirect} indirect, {mixed} mixed) from {people} {speakers}. " +
      "Hover over or tab to a quote for its speaker, rule and confidence.",
    error_unauthorized: "This server requires an API key. Enter it in the API key field and extract again.",
    error_text_too_long: "The article is longer than this server accepts.",
    error_timeout: "The extraction took longer than this server allows. Try a shorter article, or ask the operator to raise KUTIP_REQUEST_TIMEOUT_S.",
    error_not_ready: "The server is still loading its models. Try again in a few seconds.",
    error_unreadable: "The server could not read the request.",
    error_internal_error: "The server failed while extracting. The operator can find the details in its log.",
    dashboard: "Dashboard", loading_stored: "Loading the stored article…",
    stored_article: "Stored article {id}{outlet}{date}, as the store extracted it.",
    error_document_not_found: "The store has no article with this id (it may have been deleted).",
    error_not_found: "This server has no quote store, so it cannot open stored articles.",
    error_store_unavailable: "The quote store cannot answer right now. Try again in a moment.",
    error_store_busy: "The quote store is busy. Try again in a moment.",
    no_stored_text: "The store keeps no text of this article, so it cannot be shown here.",
    open_source: "Open the article at its source",
  },
  id: {
    language_button: "English", language_button_label: "Show the page in English",
    tagline: "Kutipan dalam berita berbahasa Indonesia, dan siapa yang mengatakannya.",
    api_reference: "Referensi API", article_label: "Artikel (tempel teks biasa atau HTML)", hint_press: "Tekan",
    hint_to_extract: "untuk mengekstrak.", format: "Format", plain_text: "Teks biasa", api_key: "Kunci API",
    api_key_hint: "Server ini memerlukan kunci. Kunci hanya disimpan di halaman ini dan dikirim sebagai header",
    extract: "Ekstrak", cancel: "Batal", quotes: "Kutipan", legend: "Keterangan", direct: "langsung",
    indirect: "tidak langsung", mixed: "campuran", cue: "penanda", speaker_mention: "sebutan penutur",
    article_marked: "Artikel dengan kutipan yang ditandai", all_quotes: "Semua kutipan", speaker: "Penutur",
    type: "Jenis", quote: "Kutipan", confidence: "Keyakinan", people: "Tokoh",
    people_hint: "Pilih seseorang untuk menampilkan kutipannya saja.", export: "Ekspor",
    download_json: "Unduh JSON", download_csv: "Unduh CSV (satu baris per kutipan)",
    copy_curl: "Salin sebagai curl", request_curl: "Permintaan sebagai curl", resolution: "Resolusi",
    rule: "Aturan", speaker_rule: "Penutur ditemukan oleh", speaker_ranker: "Penutur dipilih oleh",
    speaker_rule_title: "Penutur ditemukan oleh {generator}, dipilih oleh {ranker}", unknown: "tidak diketahui", none: "tidak ada", person: "orang", organisation: "organisasi", other_name: "bukan orang",
    no_speakers: "Tidak ada penutur.", paste_first: "Tempel artikel terlebih dahulu.",
    extracting: "Mengekstrak…", done_in: "Selesai dalam {seconds} detik.", cancelled: "Dibatalkan.",
    unreachable: "Server kutip tidak dapat dihubungi ({detail}).", refused: "Server menolak permintaan.",
    copied: "Permintaan disalin sebagai curl.", select_all: "Semua teks terpilih: tekan Ctrl+C untuk menyalin.",
    characters: "{count} karakter", over_limit: " — melebihi batas server ini, {limit}",
    quote_count: "{count} kutipan", jump: "Tampilkan kutipan {number} di artikel",
    list_all: "{count} kutipan sesuai urutan artikel. Nomornya menunjukkan kutipan di teks.",
    list_one: "1 kutipan. Nomornya menunjukkan kutipan di teks.",
    list_filtered: "{shown} dari {total} kutipan: milik orang yang dipilih.",
    list_confident: "{shown} dari {total} kutipan: yang keyakinannya paling sedikit {minimum}.",
    list_both: "{shown} dari {total} kutipan: milik orang yang dipilih dengan keyakinan paling sedikit {minimum}.",
    min_confidence: "Keyakinan minimum",
    min_confidence_hint: "Keyakinan adalah peluang bahwa kutipan dan penuturnya benar; kutipan di bawah batas " +
      "minimum diredupkan di artikel dan tidak dimuat di daftar.",
    confidence_model: "Model keyakinan",
    quote_word: "kutipan", quotes_word: "kutipan", speaker_word: "penutur", speakers_word: "penutur",
    summary: "{total} {quotes} ({direct} langsung, {indirect} tidak langsung, {mixed} campuran) dari {people} " +
      "{speakers}. Arahkan penunjuk atau tekan Tab ke sebuah kutipan untuk melihat penutur, aturan, dan keyakinannya.",
    error_unauthorized: "Server ini memerlukan kunci API. Isi kolom kunci API lalu ekstrak lagi.",
    error_text_too_long: "Artikel lebih panjang daripada yang diterima server ini.",
    error_timeout: "Ekstraksi melebihi batas waktu server ini. Coba artikel yang lebih pendek, atau minta operator menaikkan KUTIP_REQUEST_TIMEOUT_S.",
    error_not_ready: "Server masih memuat modelnya. Coba lagi beberapa detik lagi.",
    error_unreadable: "Server tidak dapat membaca permintaan.",
    error_internal_error: "Server gagal saat mengekstrak. Operator dapat melihat rinciannya di log.",
    dashboard: "Dasbor", loading_stored: "Memuat artikel tersimpan…",
    stored_article: "Artikel tersimpan {id}{outlet}{date}, seperti yang diekstrak penyimpanan.",
    error_document_not_found: "Penyimpanan tidak memiliki artikel dengan id ini (mungkin sudah dihapus).",
    error_not_found: "Server ini tidak memiliki penyimpanan kutipan, jadi artikel tersimpan tidak dapat dibuka.",
    error_store_unavailable: "Penyimpanan kutipan belum dapat menjawab. Coba lagi sebentar lagi.",
    error_store_busy: "Penyimpanan kutipan sedang sibuk. Coba lagi sebentar lagi.",
    no_stored_text: "Penyimpanan tidak menyimpan teks artikel ini, jadi tidak dapat ditampilkan di sini.",
    open_source: "Buka artikel di sumbernya",
  },
};
const UNREADABLE_CODES = ["invalid_request", "invalid_json", "undecodable_body", "unsupported_media_type"];

const state = {
  response: null,      // parsed API response
  responseText: "",    // the exact body, for Download JSON
  request: null,       // {text, format} as posted
  marksByQuote: [],    // quote index -> elements showing that quote (content, cue, mention)
  quotePerson: [],     // quote index -> person id or null
  quoteRows: [],       // quote index -> its row in the quote list
  selectedPerson: null,
  minConfidence: 0,
  controller: null,
  language: "en",
  storedDocument: null, // {id, quote} from ?document=…&quote=… (a link of the dashboard)
  highlightedQuote: null,
};

// A message in the page's language, with {name} placeholders filled in.
function t(key, values) {
  return translate(MESSAGES, state.language, key, values);
}

function applyLanguage() {
  document.documentElement.lang = state.language;
  document.querySelectorAll("[data-i18n]").forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  document.querySelectorAll("[data-i18n-label]").forEach((element) => {
    element.setAttribute("aria-label", t(element.dataset.i18nLabel));
  });
  const button = byId("language-button");
  labelLanguageButton(button, state.language, t);
  updateCount();
  if (state.response) render(state.response);
}

function switchLanguage() {
  state.language = otherLanguage(state.language);
  rememberLanguage(state.language);
  applyLanguage();
}

// ---- request ----------------------------------------------------------------

function selectedFormat() {
  const checked = document.querySelector('input[name="format"]:checked');
  return checked ? checked.value : "text";
}

function requestHeaders() {
  const headers = { "Content-Type": "application/json" };
  const key = byId("api-key").value;
  if (key) headers["X-API-Key"] = key;
  return headers;
}

async function extract() {
  const text = byId("article-input").value;
  if (!text.trim() && state.storedDocument) {
    openStoredDocument(); // after a 401: the key is entered, the stored article is asked for again
    return;
  }
  if (!text.trim()) {
    showError(t("paste_first"));
    byId("article-input").focus();
    return;
  }
  if (state.controller) return; // one request at a time
  const request = { text, format: selectedFormat() };
  setBusy(true);
  hideError();
  state.controller = new AbortController();
  const started = performance.now();
  try {
    const response = await fetch(EXTRACT_PATH, {
      method: "POST",
      headers: requestHeaders(),
      body: JSON.stringify(request),
      signal: state.controller.signal,
    });
    const body = await response.text();
    if (!response.ok) {
      showApiError(response.status, body);
      return;
    }
    state.request = request;
    state.highlightedQuote = null;
    state.responseText = body;
    state.response = JSON.parse(body);
    render(state.response);
    const seconds = ((performance.now() - started) / 1000).toLocaleString(state.language,
      { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    setStatus(t("done_in", { seconds }));
  } catch (error) {
    if (error.name === "AbortError") {
      setStatus(t("cancelled"));
    } else {
      showError(t("unreachable", { detail: error.message }));
    }
  } finally {
    state.controller = null;
    setBusy(false);
  }
}

function showApiError(status, body) {
  let code = "http_error";
  let message = body.slice(0, 500);
  try {
    const parsed = JSON.parse(body);
    if (parsed && parsed.error) {
      code = parsed.error.code;
      message = parsed.error.message;
    }
  } catch (_) {
    // not JSON (a proxy's page): show its start as it is
  }
  const adviceKey = UNREADABLE_CODES.includes(code) ? "error_unreadable" : `error_${code}`;
  const advice = MESSAGES.en[adviceKey] ? t(adviceKey) : t("refused");
  showError(`${advice} (HTTP ${status}, ${code}: ${message})`, code);
  if (code === "unauthorized") {
    byId("api-key-row").hidden = false;
    byId("api-key").focus();
  }
}

function setBusy(busy) {
  byId("extract-button").disabled = busy;
  byId("cancel-button").hidden = !busy;
  byId("results").setAttribute("aria-busy", busy ? "true" : "false");
  document.body.classList.toggle("busy", busy);
  if (busy) setStatus(t("extracting"));
}

function setStatus(message) {
  byId("status").textContent = message;
}

function showError(message, code) {
  const box = byId("error");
  box.textContent = message;
  box.dataset.code = code || "client";
  box.hidden = false;
  setStatus("");
}

function hideError() {
  const box = byId("error");
  box.hidden = true;
  box.textContent = "";
  delete box.dataset.code;
}

// ---- rendering ----------------------------------------------------------------

function personColourClass(personIndex) {
  return personIndex === undefined ? "person-none" : `person-${personIndex % PERSON_COLOURS}`;
}

// Every span to mark, as {start, end, kind, quote}; kinds: content, cue, mention.
function collectSpans(quotes, textLength) {
  const spans = [];
  const add = (span, kind, quote) => {
    if (!span) return;
    const start = Math.max(0, Math.min(span.start, textLength));
    const end = Math.max(start, Math.min(span.end, textLength));
    if (end > start) spans.push({ start, end, kind, quote });
  };
  quotes.forEach((quote, index) => {
    const pieces = quote.spans && quote.spans.length ? quote.spans : [quote];
    pieces.forEach((piece) => add(piece, "content", index));
    add(quote.cue, "cue", index);
    add(quote.speaker && quote.speaker.mention, "mention", index);
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}

// Splits the text at every span boundary: one text node or <mark> per piece, so the number
// of DOM nodes grows with the number of quotes, not with the length of the article.
function buildMarkedText(text, quotes, personIndex) {
  const spans = collectSpans(quotes, text.length);
  const boundaries = new Set([0, text.length]);
  spans.forEach((span) => {
    boundaries.add(span.start);
    boundaries.add(span.end);
  });
  const points = Array.from(boundaries).sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  const marksByQuote = quotes.map(() => []);
  const focusedQuote = new Set();
  let active = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i];
    const to = points[i + 1];
    active = active.filter((span) => span.end > from);
    while (next < spans.length && spans[next].start <= from) {
      if (spans[next].end > from) active.push(spans[next]);
      next += 1;
    }
    const piece = text.slice(from, to);
    if (active.length === 0) {
      fragment.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement("mark");
    mark.textContent = piece;
    const content = active.find((span) => span.kind === "content");
    const owner = content || active[0];
    const quote = quotes[owner.quote];
    const person = quote.speaker ? quote.speaker.person_id : null;
    mark.className = personColourClass(personIndex.get(person));
    if (content) mark.classList.add("quote", `q-${quote.type}`);
    if (active.some((span) => span.kind === "cue")) mark.classList.add("cue");
    if (active.some((span) => span.kind === "mention")) mark.classList.add("mention");
    mark.dataset.quote = String(owner.quote);
    if (content && !focusedQuote.has(owner.quote)) {
      focusedQuote.add(owner.quote); // one stop per quote in the keyboard's tab order
      mark.tabIndex = 0;
      mark.dataset.quoteStart = "true";
      mark.setAttribute("aria-describedby", "quote-tooltip");
    }
    active.forEach((span) => {
      if (!marksByQuote[span.quote].includes(mark)) marksByQuote[span.quote].push(mark);
    });
    fragment.appendChild(mark);
  }
  return { fragment, marksByQuote };
}

function render(response) {
  const text = response.text !== null && response.text !== undefined ? response.text : state.request.text;
  const renderStarted = performance.now();
  const personIndex = new Map(response.people.map((person, index) => [person.id, index]));
  const { fragment, marksByQuote } = buildMarkedText(text, response.quotes, personIndex);
  state.marksByQuote = marksByQuote;
  state.quotePerson = response.quotes.map((quote) => (quote.speaker ? quote.speaker.person_id : null));
  state.selectedPerson = null;
  const article = byId("article");
  article.replaceChildren(fragment);
  renderPeople(response.people, personIndex);
  renderQuoteList(response, personIndex);
  applyFilters(); // the minimum confidence stays set from one article to the next
  markHighlightedQuote();
  renderSummary(response);
  byId("curl-command").value = curlCommand(state.request);
  byId("results").hidden = false;
  document.body.dataset.renderMs = String(Math.round(performance.now() - renderStarted));
}

function renderSummary(response) {
  const counts = { direct: 0, indirect: 0, mixed: 0 };
  response.quotes.forEach((quote) => {
    counts[quote.type] = (counts[quote.type] || 0) + 1;
  });
  const total = response.quotes.length;
  const people = response.people.length;
  byId("summary").textContent = t("summary", {
    total, direct: counts.direct, indirect: counts.indirect, mixed: counts.mixed, people,
    quotes: t(total === 1 ? "quote_word" : "quotes_word"), speakers: t(people === 1 ? "speaker_word" : "speakers_word"),
  });
}

function excerpt(text) {
  return excerptOf(text, QUOTE_LIST_EXCERPT_CHARS);
}

function renderQuoteList(response, personIndex) {
  const body = byId("quote-list").tBodies[0];
  state.quoteRows = response.quotes.map((quote, index) => {
    const row = document.createElement("tr");
    row.dataset.quote = String(index);
    const jump = document.createElement("button");
    jump.type = "button";
    jump.className = "jump";
    jump.textContent = String(index + 1);
    jump.setAttribute("aria-label", t("jump", { number: index + 1 }));
    jump.addEventListener("click", () => jumpToQuote(index));
    const speaker = quote.speaker || {};
    const swatch = document.createElement("span");
    swatch.className = `swatch ${personColourClass(personIndex.get(speaker.person_id))}`;
    swatch.setAttribute("aria-hidden", "true");
    const who = document.createElement("span");
    const name = document.createElement("span");
    name.className = "speaker-name";
    name.textContent = speaker.name || t("unknown");
    const resolution = document.createElement("span");
    resolution.className = "resolution";
    resolution.textContent = speaker.resolution || t("none");
    const found = speakerRule(speaker);
    if (found) resolution.title = t("speaker_rule_title", found);
    who.append(name, resolution);
    const speakerBox = document.createElement("div");
    speakerBox.className = "speaker-cell";
    speakerBox.append(swatch, who);
    row.append(
      cell("number", jump),
      cell("speaker", speakerBox),
      cell("type", quote.type),
      cell("quote-text", excerpt(quote.text)),
      cell("confidence", Number(quote.confidence).toFixed(2)),
    );
    return row;
  });
  body.replaceChildren(...state.quoteRows);
  updateQuoteListSummary();
}

function updateQuoteListSummary() {
  const total = state.quoteRows.length;
  const shown = state.quoteRows.filter((row) => !row.hidden).length;
  const minimum = state.minConfidence.toFixed(2);
  const byPerson = state.selectedPerson !== null;
  const byConfidence = state.minConfidence > 0;
  let message;
  if (byPerson && byConfidence) message = t("list_both", { shown, total, minimum });
  else if (byPerson) message = t("list_filtered", { shown, total });
  else if (byConfidence) message = t("list_confident", { shown, total, minimum });
  else message = total === 1 ? t("list_one") : t("list_all", { count: total });
  byId("quote-list-summary").textContent = message;
}

function jumpToQuote(index) {
  const mark = byId("article").querySelector(`mark[data-quote="${index}"][data-quote-start]`);
  if (!mark) return;
  mark.scrollIntoView({ block: "center" });
  mark.focus({ preventScroll: true }); // focus shows its details, as hover does
}

function renderPeople(people, personIndex) {
  const list = byId("people");
  list.replaceChildren();
  if (people.length === 0) {
    const empty = document.createElement("li");
    empty.textContent = t("no_speakers");
    list.appendChild(empty);
    return;
  }
  people.forEach((person) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "person-button";
    button.dataset.person = person.id;
    button.setAttribute("aria-pressed", "false");
    const swatch = document.createElement("span");
    swatch.className = `swatch ${personColourClass(personIndex.get(person.id))}`;
    swatch.setAttribute("aria-hidden", "true");
    const label = document.createElement("span");
    const name = document.createElement("span");
    name.className = "person-name";
    name.textContent = person.name;
    const details = document.createElement("span");
    details.className = "person-details";
    const kind = person.kind === "organization" ? t("organisation") : person.kind === "other" ? t("other_name") : t("person");
    details.textContent = person.roles.length ? `${kind} · ${person.roles.join(", ")}` : kind;
    label.append(name, details);
    const count = document.createElement("span");
    count.className = "person-count";
    count.textContent = String(person.quote_count);
    count.setAttribute("aria-label", t("quote_count", { count: person.quote_count }));
    button.append(swatch, label, count);
    button.addEventListener("click", () => selectPerson(person.id));
    item.appendChild(button);
    list.appendChild(item);
  });
}

function selectPerson(personId) {
  state.selectedPerson = state.selectedPerson === personId ? null : personId;
  document.querySelectorAll(".person-button").forEach((button) => {
    button.setAttribute("aria-pressed", button.dataset.person === state.selectedPerson ? "true" : "false");
  });
  applyFilters();
  const article = byId("article");
  if (state.selectedPerson === null) {
    delete article.dataset.selectedPerson;
  } else {
    article.dataset.selectedPerson = state.selectedPerson;
  }
}

function setMinConfidence(value) {
  state.minConfidence = Math.max(0, Math.min(1, Number(value) || 0));
  byId("min-confidence-value").textContent = state.minConfidence.toFixed(2);
  applyFilters();
}

// A quote shows when it belongs to the selected person (if any) and reaches the minimum confidence.
function applyFilters() {
  const quotes = state.response ? state.response.quotes : [];
  state.marksByQuote.forEach((marks, index) => {
    const otherPerson = state.selectedPerson !== null && state.quotePerson[index] !== state.selectedPerson;
    const doubtful = quotes[index] !== undefined && Number(quotes[index].confidence) < state.minConfidence;
    const dim = otherPerson || doubtful;
    marks.forEach((mark) => mark.classList.toggle("dimmed", dim));
    if (state.quoteRows[index]) state.quoteRows[index].hidden = dim;
  });
  updateQuoteListSummary();
}

// ---- a stored article (GET /v1/documents/{id}) ------------------------------

// The stored text and extraction of an article, shown as if just extracted, with the quote
// the dashboard linked to marked and in view.
async function openStoredDocument() {
  const { id, quote } = state.storedDocument;
  setBusy(true);
  setStatus(t("loading_stored"));
  hideError();
  try {
    const response = await fetch(DOCUMENTS_PATH + encodeURIComponent(id), { headers: requestHeaders() });
    const body = await response.text();
    if (!response.ok) {
      showApiError(response.status, body);
      return;
    }
    const stored = JSON.parse(body);
    if (stored.text === null || stored.extraction === null) {
      showStoredWithoutText(stored);
      return;
    }
    state.request = { text: stored.text, format: "text" };
    byId("article-input").value = stored.text;
    updateCount();
    state.response = { ...stored.extraction, text: stored.text };
    state.responseText = JSON.stringify(stored.extraction);
    state.highlightedQuote = state.response.quotes.findIndex((item) => item.id === quote);
    render(state.response);
    setStatus(t("stored_article", { id, outlet: stored.outlet ? `, ${stored.outlet}` : "",
      date: stored.dated_at ? `, ${stored.dated_at.slice(0, 10)}` : "" }));
    if (state.highlightedQuote >= 0) jumpToQuote(state.highlightedQuote);
  } catch (error) {
    showError(t("unreachable", { detail: error.message }));
  } finally {
    setBusy(false);
    if (!byId("error").hidden) setStatus("");
  }
}

function showStoredWithoutText(stored) {
  showError(t("no_stored_text"), "no_stored_text");
  if (stored.url && SAFE_LINK.test(stored.url)) {
    const link = document.createElement("a");
    link.href = stored.url;
    link.rel = "noopener noreferrer";
    link.id = "stored-source";
    link.textContent = t("open_source");
    byId("error").append(" ", link);
  }
}

function markHighlightedQuote() {
  const index = state.highlightedQuote;
  if (index === null || index < 0 || !state.marksByQuote[index]) return;
  state.marksByQuote[index].forEach((mark) => mark.classList.add("highlighted"));
}

// ---- tooltip ----------------------------------------------------------------

// speaker.rule is "GENERATOR@RANKER": the speaker slot's generator and the ranker that chose it
// (absent from results saved before kutip recorded it).
function speakerRule(speaker) {
  if (!speaker.rule) return null;
  const at = speaker.rule.lastIndexOf("@");
  return at < 0 ? { generator: speaker.rule, ranker: "—" }
    : { generator: speaker.rule.slice(0, at), ranker: speaker.rule.slice(at + 1) };
}

function describeQuote(quote) {
  const speaker = quote.speaker || {};
  const found = speakerRule(speaker);
  const rows = [
    [t("speaker"), speaker.name || t("unknown")],
    [t("resolution"), speaker.resolution || t("none")],
    [t("speaker_rule"), found ? found.generator : "—"],
    [t("speaker_ranker"), found ? found.ranker : "—"],
    [t("type"), quote.type],
    [t("cue"), quote.cue ? quote.cue.text : "—"],
    [t("rule"), quote.rule],
    [t("confidence"), Number(quote.confidence).toFixed(2)],
    [t("confidence_model"), (state.response && state.response.meta && state.response.meta.confidence_model) || "rules"],
  ];
  const list = document.createElement("dl");
  rows.forEach(([term, value]) => {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    list.append(dt, dd);
  });
  return list;
}

function showTooltip(mark) {
  if (!state.response) return;
  const quote = state.response.quotes[Number(mark.dataset.quote)];
  if (!quote) return;
  const tooltip = byId("quote-tooltip");
  tooltip.replaceChildren(describeQuote(quote));
  tooltip.hidden = false;
  const rect = mark.getBoundingClientRect();
  const width = tooltip.offsetWidth;
  const height = tooltip.offsetHeight;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const left = Math.max(EDGE_PX, Math.min(rect.left, viewportWidth - width - EDGE_PX));
  // below the quote when it fits in the window, else above it (the end of a long quote at the
  // bottom of the window would otherwise put its details out of sight)
  const fitsBelow = rect.bottom + TOOLTIP_GAP_PX + height <= viewportHeight - EDGE_PX;
  const fitsAbove = rect.top - TOOLTIP_GAP_PX - height >= EDGE_PX;
  const top = fitsBelow || !fitsAbove ? rect.bottom + TOOLTIP_GAP_PX : rect.top - TOOLTIP_GAP_PX - height;
  tooltip.dataset.placement = fitsBelow || !fitsAbove ? "below" : "above";
  tooltip.style.left = `${left + window.scrollX}px`;
  tooltip.style.top = `${top + window.scrollY}px`;
}

function hideTooltip() {
  byId("quote-tooltip").hidden = true;
}

function markFrom(target) {
  return target instanceof Element ? target.closest("mark[data-quote]") : null;
}

// ---- export -----------------------------------------------------------------

function shellQuote(value) {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

function curlCommand(request) {
  const url = new URL(EXTRACT_PATH, window.location.href).href;
  const parts = [`curl -sS ${shellQuote(url)}`, "-H 'Content-Type: application/json'"];
  if (pageSetting("kutip-api-key-required") === "true" || byId("api-key").value) {
    parts.push('-H "X-API-Key: $KUTIP_API_KEY"'); // the key itself never leaves the page
  }
  parts.push(`--data-binary ${shellQuote(JSON.stringify(request))}`);
  return parts.join(" \\\n  ");
}

function saveFile(contents, type, extension) {
  const blob = new Blob([contents], { type });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  const id = state.response && state.response.id ? state.response.id : "article";
  link.download = `kutip-${id.replace(/[^A-Za-z0-9_-]+/g, "_")}.${extension}`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

function downloadJson() {
  if (!state.responseText) return;
  saveFile(state.responseText, "application/json", "json");
}

function csvField(value) {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function quotesCsv(quotes) {
  const lines = [CSV_COLUMNS.join(",")];
  quotes.forEach((quote) => {
    const speaker = quote.speaker || {};
    const values = [quote.id, quote.type, speaker.name, speaker.person_id, speaker.resolution, speaker.rule,
      quote.cue ? quote.cue.text : "", quote.rule, quote.confidence, quote.start, quote.end, quote.text];
    lines.push(values.map(csvField).join(","));
  });
  return lines.join("\r\n") + "\r\n";
}

function downloadCsv() {
  if (!state.response) return;
  // the byte-order mark makes spreadsheet programs read the file as UTF-8 (curly quotes, names)
  saveFile(`\ufeff${quotesCsv(state.response.quotes)}`, "text/csv;charset=utf-8", "csv");
}

async function copyCurl() {
  const box = byId("curl-command");
  try {
    await navigator.clipboard.writeText(box.value);
    setStatus(t("copied"));
  } catch (_) {
    box.focus();
    box.select();
    setStatus(t("select_all"));
  }
}

// ---- wiring -----------------------------------------------------------------

function updateCount() {
  const length = byId("article-input").value.length;
  const limit = Number(pageSetting("kutip-max-chars"));
  const over = limit && length > limit ? t("over_limit", { limit: limit.toLocaleString(state.language) }) : "";
  byId("article-count").textContent = t("characters", { count: length.toLocaleString(state.language) }) + over;
}

function init() {
  state.language = chosenLanguage(MESSAGES);
  applyLanguage();
  byId("language-button").addEventListener("click", switchLanguage);
  if (pageSetting("kutip-api-key-required") === "true") byId("api-key-row").hidden = false;
  byId("extract-form").addEventListener("submit", (event) => {
    event.preventDefault();
    extract();
  });
  byId("article-input").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      extract();
    }
  });
  byId("article-input").addEventListener("input", updateCount);
  byId("cancel-button").addEventListener("click", () => {
    if (state.controller) state.controller.abort();
  });
  byId("min-confidence").addEventListener("input", (event) => setMinConfidence(event.target.value));
  byId("download-button").addEventListener("click", downloadJson);
  byId("download-csv-button").addEventListener("click", downloadCsv);
  byId("copy-curl-button").addEventListener("click", copyCurl);
  const article = byId("article");
  article.addEventListener("mouseover", (event) => {
    const mark = markFrom(event.target);
    if (mark) showTooltip(mark);
  });
  article.addEventListener("mouseout", (event) => {
    if (markFrom(event.target) && !markFrom(event.relatedTarget)) hideTooltip();
  });
  article.addEventListener("focusin", (event) => {
    const mark = markFrom(event.target);
    if (mark) showTooltip(mark);
  });
  article.addEventListener("focusout", hideTooltip);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideTooltip();
  });
  updateCount();
  const query = new URLSearchParams(window.location.search);
  if (query.get("document")) {
    state.storedDocument = { id: query.get("document"), quote: query.get("quote") };
    try {
      byId("api-key").value = window.sessionStorage.getItem(KEY_STORAGE_KEY) || "";
    } catch (_) {
      // storage off: the page asks for the key
    }
    openStoredDocument();
  }
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", init);
