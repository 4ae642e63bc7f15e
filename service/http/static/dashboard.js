// kutip dashboard: top speakers, one speaker's page and quote search over the quote store.
// It reads only the public store API, so a script can fetch whatever it shows. Stored text
// (quotes, names, outlets) only ever reaches the DOM through textContent, never as HTML.
"use strict";

const API = {
  topSpeakers: "/v1/speaker-timelines",
  outlets: "/v1/outlets",
  speaker: "/v1/speakers/",
  quotes: "/v1/quotes",
};
const TOP_SPEAKERS = 20;
const QUOTES_PAGE = 20;
const OUTLET_CHOICES = 200;
const MAX_CSV_ROWS = 1000; // the API's largest page
const DAILY_UP_TO_DAYS = 62; // a longer custom range shows weekly timelines
const WEEK_DAYS = 7;
const MONTH_DAYS = 30;
const DAY_MS = 86400000;
const QUOTE_EXCERPT_CHARS = 300;
const SPARK_BAR_WIDTH = 4;
const SPARK_HEIGHT = 24;
const LARGE_BAR_WIDTH = 12;
const LARGE_HEIGHT = 120;
const SVG_NS = "http://www.w3.org/2000/svg";

// The page's words in English and Indonesian. API values (keys, quote types) stay as the
// JSON has them.
const MESSAGES = {
  en: {
    language_button: "Bahasa Indonesia", language_button_label: "Tampilkan halaman dalam bahasa Indonesia",
    tagline: "Who is quoted, how often, where, saying what.", viewer: "Viewer", api_reference: "API reference",
    period: "Period", period_all: "All time", period_day: "Today", period_week: "Last 7 days",
    period_month: "Last 30 days", period_custom: "Custom dates", date_from: "From", date_to: "To",
    outlet: "Outlet", all_outlets: "All outlets", kind: "Kind", all_kinds: "People and organisations",
    people: "People", organisations: "Organisations", person: "person", organisation: "organisation", other_name: "not a person",
    api_key: "API key", api_key_hint: "Kept in this browser tab only; sent as the X-API-Key header.",
    show: "Show", top_speakers: "Top speakers", speaker: "Speaker", quotes: "Quotes", articles: "Articles",
    outlets: "Outlets", timeline: "Timeline", download_csv: "Download CSV", back: "← All speakers",
    interval: "Per", per_day: "day", per_week: "week", their_quotes: "Their quotes, newest first",
    date: "Date", type: "Type", rule: "Rule", quote: "Quote", confidence: "Confidence", article: "Article", more: "More",
    quote_search: "Quote search", words: "Words in the quote", all_types: "All types", direct: "direct",
    indirect: "indirect", mixed: "mixed", min_confidence: "Minimum confidence", search: "Search",
    search_hint: "Period, outlet and kind above apply here too.",
    top_summary: "{shown} of {total} speakers quoted in this selection, most quoted first.",
    no_speakers: "No speaker is quoted in this selection.",
    empty_store: "The store holds no quotes yet. Post articles to /v1/documents (or run kutip load) and reload this page.",
    no_store: "This server has no quote store: the operator sets KUTIP_DATABASE_URL to keep quotes, and the dashboard shows them.",
    loading: "Loading…", no_outlet: "(no outlet)",
    spark_label: "{total} quotes from {first} to {last}", bar_label: "{period}: {count} quotes",
    speaker_facts: "{kind}{roles} · {quotes} quotes in {articles} articles · first seen {first}, last seen {last}",
    speaker_facts_none: "{kind}{roles} · no quotes in this selection",
    aliases: "Also known as: {names}", no_aliases: "No other names are merged into this speaker.",
    quotes_summary: "{shown} of {total} quotes.", no_quotes: "No quotes match.",
    open_in_viewer: "Open in viewer", open_source: "Open source", no_link: "—",
    open_in_viewer_label: "Open the article of this quote in the viewer, with the quote marked",
    open_source_label: "Open the article of this quote at its outlet (the store keeps no text)",
    error_unauthorized: "This server requires an API key. Enter it in the API key field and press Show.",
    error_unavailable: "The quote store cannot answer right now (busy, opening or unreachable). Try again in a moment.",
    error_not_found: "This server has no quote store (KUTIP_DATABASE_URL is not set).",
    error_speaker_not_found: "No stored speaker has this key or name.",
    error_speaker_ambiguous: "Several speakers have this name: {candidates}. Search with one of their keys.",
    error_invalid: "The server refused these filters.",
    error_other: "The server refused the request.",
    unreachable: "Could not reach the kutip server ({detail}).",
  },
  id: {
    language_button: "English", language_button_label: "Show the page in English",
    tagline: "Siapa dikutip, seberapa sering, di mana, mengatakan apa.", viewer: "Penampil",
    api_reference: "Referensi API", period: "Periode", period_all: "Semua waktu", period_day: "Hari ini",
    period_week: "7 hari terakhir", period_month: "30 hari terakhir", period_custom: "Tanggal pilihan",
    date_from: "Dari", date_to: "Sampai", outlet: "Media", all_outlets: "Semua media", kind: "Jenis penutur",
    all_kinds: "Orang dan organisasi", people: "Orang", organisations: "Organisasi", person: "orang",
    organisation: "organisasi", other_name: "bukan orang", api_key: "Kunci API",
    api_key_hint: "Hanya disimpan di tab peramban ini; dikirim sebagai header X-API-Key.",
    show: "Tampilkan", top_speakers: "Penutur teratas", speaker: "Penutur", quotes: "Kutipan",
    articles: "Artikel", outlets: "Media", timeline: "Linimasa", download_csv: "Unduh CSV",
    back: "← Semua penutur", interval: "Per", per_day: "hari", per_week: "minggu",
    their_quotes: "Kutipannya, terbaru lebih dulu", date: "Tanggal", type: "Jenis", rule: "Aturan", quote: "Kutipan",
    confidence: "Keyakinan", article: "Artikel", more: "Lainnya", quote_search: "Cari kutipan",
    words: "Kata dalam kutipan", all_types: "Semua jenis", direct: "langsung", indirect: "tidak langsung",
    mixed: "campuran", min_confidence: "Keyakinan minimum", search: "Cari",
    search_hint: "Periode, media, dan jenis penutur di atas juga berlaku di sini.",
    top_summary: "{shown} dari {total} penutur yang dikutip dalam pilihan ini, yang paling sering dikutip lebih dulu.",
    no_speakers: "Tidak ada penutur yang dikutip dalam pilihan ini.",
    empty_store: "Penyimpanan belum berisi kutipan. Kirim artikel ke /v1/documents (atau jalankan kutip load) lalu muat ulang halaman ini.",
    no_store: "Server ini tidak memiliki penyimpanan kutipan: operator mengatur KUTIP_DATABASE_URL agar kutipan disimpan, lalu dasbor menampilkannya.",
    loading: "Memuat…", no_outlet: "(tanpa media)",
    spark_label: "{total} kutipan dari {first} sampai {last}", bar_label: "{period}: {count} kutipan",
    speaker_facts: "{kind}{roles} · {quotes} kutipan dalam {articles} artikel · pertama {first}, terakhir {last}",
    speaker_facts_none: "{kind}{roles} · tidak ada kutipan dalam pilihan ini",
    aliases: "Juga dikenal sebagai: {names}", no_aliases: "Tidak ada nama lain yang digabungkan ke penutur ini.",
    quotes_summary: "{shown} dari {total} kutipan.", no_quotes: "Tidak ada kutipan yang cocok.",
    open_in_viewer: "Buka di penampil", open_source: "Buka sumber", no_link: "—",
    open_in_viewer_label: "Buka artikel kutipan ini di penampil, dengan kutipannya ditandai",
    open_source_label: "Buka artikel kutipan ini di media asalnya (teksnya tidak disimpan)",
    error_unauthorized: "Server ini memerlukan kunci API. Isi kolom kunci API lalu tekan Tampilkan.",
    error_unavailable: "Penyimpanan kutipan belum dapat menjawab (sibuk, sedang dibuka, atau tidak terjangkau). Coba lagi sebentar lagi.",
    error_not_found: "Server ini tidak memiliki penyimpanan kutipan (KUTIP_DATABASE_URL tidak diatur).",
    error_speaker_not_found: "Tidak ada penutur tersimpan dengan kunci atau nama ini.",
    error_speaker_ambiguous: "Beberapa penutur memiliki nama ini: {candidates}. Cari dengan salah satu kuncinya.",
    error_invalid: "Server menolak filter ini.",
    error_other: "Server menolak permintaan.",
    unreachable: "Server kutip tidak dapat dihubungi ({detail}).",
  },
};
const UNAVAILABLE_CODES = ["not_ready", "store_busy", "store_unavailable"];

const state = {
  language: "en",
  top: null,            // {response, periods} of the last top-speakers answer
  topParams: null,      // its query, for the CSV
  speaker: null,        // {detail, outlets, quotes, total, cursor, params}
  search: null,         // {quotes, total, cursor, params}
  generation: 0,        // answers of superseded requests are dropped
};

class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details || {};
  }
}

// ---- words ------------------------------------------------------------------

function t(key, values) {
  return translate(MESSAGES, state.language, key, values);
}

function applyLanguage() {
  document.documentElement.lang = state.language;
  document.querySelectorAll("[data-i18n]").forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  const button = byId("language-button");
  labelLanguageButton(button, state.language, t);
  if (state.top) renderTop();
  if (state.speaker) renderSpeaker();
  if (state.search) renderSearch();
  const message = byId("message");
  if (!message.hidden && message.dataset.key) showMessage(message.dataset.key, message.dataset.kind);
}

function switchLanguage() {
  state.language = otherLanguage(state.language);
  rememberLanguage(state.language);
  applyLanguage();
}

// ---- the API ------------------------------------------------------------------

function requestHeaders(accept) {
  const headers = { Accept: accept };
  const key = byId("api-key").value;
  if (key) headers["X-API-Key"] = key;
  return headers;
}

function apiUrl(path, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== "") query.set(name, String(value));
  });
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function apiFetch(path, params, accept) {
  const response = await fetch(apiUrl(path, params), { headers: requestHeaders(accept || "application/json") });
  if (!response.ok) {
    const body = await response.text();
    let code = "http_error";
    let message = body.slice(0, 300);
    let details = {};
    try {
      const parsed = JSON.parse(body);
      if (parsed && parsed.error) {
        ({ code, message } = parsed.error);
        details = parsed.error;
      }
    } catch (_) {
      // not JSON (a proxy's page): its start is the message
    }
    throw new ApiError(response.status, code, message, details);
  }
  return response;
}

async function apiJson(path, params) {
  return (await apiFetch(path, params)).json();
}

// ---- filters -----------------------------------------------------------------

function localDate(moment) {
  const pad = (number) => String(number).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

function daysAgo(days) {
  const moment = new Date();
  moment.setDate(moment.getDate() - days);
  return localDate(moment);
}

// {from, to} as local dates (both inclusive, as the API reads bare dates), or nulls for all time
function periodRange() {
  const period = byId("period").value;
  if (period === "day") return { from: daysAgo(0), to: daysAgo(0) };
  if (period === "week") return { from: daysAgo(WEEK_DAYS - 1), to: daysAgo(0) };
  if (period === "month") return { from: daysAgo(MONTH_DAYS - 1), to: daysAgo(0) };
  if (period === "custom") return { from: byId("date-from").value || null, to: byId("date-to").value || null };
  return { from: null, to: null };
}

function browserZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (_) {
    return "";
  }
}

// the filters every request shares; the browser's zone makes "today" the reader's day
function filterParams() {
  const { from, to } = periodRange();
  return { from, to, outlet: byId("outlet").value, kind: byId("kind").value, tz: browserZone() };
}

function filtersActive() {
  return byId("period").value !== "all" || byId("outlet").value !== "" || byId("kind").value !== "";
}

function daySpan(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

function timelineInterval() {
  const { from, to } = periodRange();
  if (!from || !to) return byId("period").value === "all" ? "week" : "day";
  return daySpan(from, to) > DAILY_UP_TO_DAYS ? "week" : "day";
}

// ---- messages -----------------------------------------------------------------

function showMessage(key, kind, values, detail) {
  const box = byId("message");
  box.textContent = t(key, values) + (detail ? ` (${detail})` : "");
  box.className = kind === "error" ? "error" : "notice";
  box.dataset.key = key;
  box.dataset.kind = kind || "notice";
  box.hidden = false;
}

function hideMessage() {
  const box = byId("message");
  box.hidden = true;
  box.textContent = "";
  delete box.dataset.key;
  delete box.dataset.code;
}

function showError(error) {
  const box = byId("message");
  if (!(error instanceof ApiError)) {
    showMessage("unreachable", "error", { detail: error.message });
    box.dataset.code = "unreachable";
    return;
  }
  let key = "error_other";
  if (error.status === 401) key = "error_unauthorized";
  else if (error.status === 503 || UNAVAILABLE_CODES.includes(error.code)) key = "error_unavailable";
  else if (error.code === "not_found") key = "error_not_found";
  else if (error.code === "speaker_not_found") key = "error_speaker_not_found";
  else if (error.code === "speaker_ambiguous") key = "error_speaker_ambiguous";
  else if (error.status === 422) key = "error_invalid";
  const candidates = (error.details.candidates || []).join(", ");
  showMessage(key, "error", { candidates }, `HTTP ${error.status}, ${error.code}: ${error.message}`);
  box.dataset.code = error.code;
  if (error.status === 401) {
    byId("api-key-row").hidden = false;
    byId("api-key").focus();
  }
}

function setStatus(text) {
  byId("status").textContent = text;
}

// ---- table cells ----------------------------------------------------------------

function kindLabel(kind) {
  return kind === "organization" ? t("organisation") : kind === "other" ? t("other_name") : t("person");
}

function speakerLink(key, name) {
  if (!key) return document.createTextNode(name || "—");
  const link = document.createElement("a");
  link.href = `#speaker=${encodeURIComponent(key)}`;
  link.className = "speaker-link";
  link.dataset.key = key;
  link.textContent = name || key;
  return link;
}

function excerpt(text) {
  return excerptOf(text, QUOTE_EXCERPT_CHARS);
}

// The stored article in the viewer with this quote marked; where the store keeps no text,
// the article at its outlet (http and https addresses only).
function articleLink(quote) {
  const link = document.createElement("a");
  if (pageSetting("kutip-store-text") === "true") {
    link.href = `/?document=${encodeURIComponent(quote.document_id)}&quote=${encodeURIComponent(quote.quote_id)}`;
    link.className = "open-viewer";
    link.textContent = t("open_in_viewer");
    link.setAttribute("aria-label", t("open_in_viewer_label"));
    return link;
  }
  if (quote.url && SAFE_LINK.test(quote.url)) {
    link.href = quote.url;
    link.rel = "noopener noreferrer";
    link.className = "open-source";
    link.textContent = t("open_source");
    link.setAttribute("aria-label", t("open_source_label"));
    return link;
  }
  return document.createTextNode(t("no_link"));
}

function quoteRow(quote, withSpeaker) {
  const row = document.createElement("tr");
  row.dataset.document = quote.document_id;
  row.dataset.quote = quote.quote_id;
  const cells = [cell("date", (quote.dated_at || "").slice(0, 10))];
  if (withSpeaker) cells.push(cell("speaker", speakerLink(quote.speaker_key, quote.speaker)));
  cells.push(
    cell("outlet", quote.outlet || t("no_outlet")),
    cell("type", quote.type),
    cell("rule", quote.rule),
    cell("quote-text", excerpt(quote.text)),
    cell("number confidence", Number(quote.confidence).toFixed(2)),
    cell("article", articleLink(quote)),
  );
  row.append(...cells);
  return row;
}

// ---- timelines ----------------------------------------------------------------------

function addDays(isoDate, days) {
  const moment = new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS);
  return moment.toISOString().slice(0, 10);
}

function mondayOf(isoDate) {
  const weekday = (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return addDays(isoDate, -weekday);
}

// Every period from the first to the last, so that quiet days show as gaps.
function periodsBetween(first, last, interval) {
  if (!first || !last) return [];
  const step = interval === "week" ? WEEK_DAYS : 1;
  const start = interval === "week" ? mondayOf(first) : first;
  const end = interval === "week" ? mondayOf(last) : last;
  const periods = [];
  for (let period = start; period <= end; period = addDays(period, step)) periods.push(period);
  return periods;
}

function svgElement(name, attributes) {
  const element = document.createElementNS(SVG_NS, name);
  Object.entries(attributes).forEach(([attribute, value]) => element.setAttribute(attribute, String(value)));
  return element;
}

function busiestPeriod(timelines) {
  return Math.max(1, ...timelines.flat().map((point) => point.quote_count));
}

// Bars of quotes per period, drawn as SVG elements (no inline style: the page's CSP allows none);
// `highest` is the count of a full-height bar, the same for every row of a table so that rows compare.
function timelineChart(timeline, periods, highest, barWidth, height, className, withBarTitles) {
  const counts = new Map(timeline.map((point) => [point.period, point.quote_count]));
  const width = Math.max(1, periods.length) * barWidth;
  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none", class: className,
    role: "img", focusable: "false" });
  const total = timeline.reduce((sum, point) => sum + point.quote_count, 0);
  const label = t("spark_label", { total, first: periods[0] || "—", last: periods[periods.length - 1] || "—" });
  svg.setAttribute("aria-label", label);
  const title = svgElement("title", {});
  title.textContent = label;
  svg.appendChild(title);
  periods.forEach((period, index) => {
    const count = counts.get(period) || 0;
    if (!count) return;
    const barHeight = Math.max(1, Math.round((count / highest) * height));
    const bar = svgElement("rect", { x: index * barWidth, y: height - barHeight, width: Math.max(1, barWidth - 1),
      height: barHeight, class: "bar" });
    bar.dataset.period = period;
    bar.dataset.count = String(count);
    if (withBarTitles) {
      const barTitle = svgElement("title", {});
      barTitle.textContent = t("bar_label", { period, count });
      bar.appendChild(barTitle);
    }
    svg.appendChild(bar);
  });
  return svg;
}

function chartPeriods(timelines, interval) {
  const range = periodRange();
  const seen = timelines.flat().map((point) => point.period).sort();
  const first = range.from || seen[0];
  const last = range.to || seen[seen.length - 1];
  return periodsBetween(first, last, interval);
}

// ---- top speakers ----------------------------------------------------------------------

async function loadTop() {
  const generation = ++state.generation;
  const params = { ...filterParams(), interval: timelineInterval(), limit: TOP_SPEAKERS };
  setStatus(t("loading"));
  try {
    const response = await apiJson(API.topSpeakers, params);
    if (generation !== state.generation) return;
    state.topParams = params;
    state.top = { response, periods: chartPeriods(response.speakers.map((s) => s.timeline), response.interval) };
    hideMessage();
    renderTop();
    if (response.total === 0 && !filtersActive()) showMessage("empty_store", "notice");
  } catch (error) {
    if (generation === state.generation) showError(error);
  } finally {
    if (generation === state.generation) setStatus("");
  }
}

function renderTop() {
  const { response, periods } = state.top;
  const highest = busiestPeriod(response.speakers.map((speaker) => speaker.timeline));
  const rows = response.speakers.map((speaker, index) => {
    const row = document.createElement("tr");
    row.dataset.key = speaker.key;
    row.append(
      cell("number", String(index + 1)),
      cell("speaker", speakerLink(speaker.key, speaker.name)),
      cell("kind", kindLabel(speaker.kind)),
      cell("number quote-count", String(speaker.quote_count)),
      cell("number document-count", String(speaker.document_count)),
      cell("number outlet-count", String(speaker.outlet_count)),
      cell("spark", timelineChart(speaker.timeline, periods, highest, SPARK_BAR_WIDTH, SPARK_HEIGHT, "sparkline", false)),
    );
    return row;
  });
  byId("top-speakers").tBodies[0].replaceChildren(...rows);
  byId("top-summary").textContent = response.total === 0 ? t("no_speakers")
    : t("top_summary", { shown: response.speakers.length, total: response.total });
  byId("top-csv").hidden = response.total === 0;
}

// ---- one speaker ---------------------------------------------------------------------------

function selectedInterval() {
  const checked = document.querySelector('input[name="interval"]:checked');
  return checked ? checked.value : "day";
}

async function openSpeaker(key) {
  byId("top-view").hidden = true;
  byId("speaker-view").hidden = false;
  const generation = ++state.generation;
  const filters = filterParams();
  const quoteParams = { from: filters.from, to: filters.to, outlet: filters.outlet, tz: filters.tz, speaker: key };
  setStatus(t("loading"));
  try {
    const [detail, outlets, quotes] = await Promise.all([
      apiJson(API.speaker + encodeURIComponent(key),
        { interval: selectedInterval(), from: filters.from, to: filters.to, outlet: filters.outlet, tz: filters.tz }),
      apiJson(API.outlets, { speaker: key, from: filters.from, to: filters.to, tz: filters.tz }),
      apiJson(API.quotes, { ...quoteParams, limit: QUOTES_PAGE }),
    ]);
    if (generation !== state.generation) return;
    state.speaker = { detail, outlets: outlets.outlets, quotes: quotes.quotes, total: quotes.total,
      cursor: quotes.next_cursor, params: quoteParams };
    hideMessage();
    renderSpeaker();
    byId("speaker-name").focus();
  } catch (error) {
    if (generation === state.generation) showError(error);
  } finally {
    if (generation === state.generation) setStatus("");
  }
}

async function moreSpeakerQuotes() {
  const current = state.speaker;
  if (!current || !current.cursor) return;
  try {
    const page = await apiJson(API.quotes, { ...current.params, limit: QUOTES_PAGE, cursor: current.cursor });
    current.quotes = current.quotes.concat(page.quotes);
    current.cursor = page.next_cursor;
    renderSpeaker();
  } catch (error) {
    showError(error);
  }
}

function renderSpeaker() {
  const { detail, outlets, quotes, total, cursor } = state.speaker;
  byId("speaker-name").textContent = detail.name;
  byId("speaker-name").tabIndex = -1;
  const roles = detail.roles.length ? ` · ${detail.roles.join(", ")}` : "";
  byId("speaker-facts").textContent = detail.quote_count === 0
    ? t("speaker_facts_none", { kind: kindLabel(detail.kind), roles })
    : t("speaker_facts", { kind: kindLabel(detail.kind), roles, quotes: detail.quote_count,
      articles: detail.document_count, first: (detail.first_seen || "").slice(0, 10),
      last: (detail.last_seen || "").slice(0, 10) });
  byId("speaker-aliases").textContent = detail.aliases.length
    ? t("aliases", { names: detail.aliases.join(", ") }) : t("no_aliases");
  const periods = chartPeriods([detail.timeline], detail.interval);
  byId("speaker-timeline").replaceChildren(
    timelineChart(detail.timeline, periods, busiestPeriod([detail.timeline]), LARGE_BAR_WIDTH, LARGE_HEIGHT, "timeline-chart", true));
  byId("speaker-outlets").tBodies[0].replaceChildren(...outlets.map((outlet) => {
    const row = document.createElement("tr");
    row.append(cell("outlet", outlet.outlet || t("no_outlet")), cell("number", String(outlet.quote_count)),
      cell("number", String(outlet.document_count)));
    return row;
  }));
  byId("speaker-quotes").tBodies[0].replaceChildren(...quotes.map((quote) => quoteRow(quote, false)));
  byId("speaker-quotes-summary").textContent = total === 0 ? t("no_quotes")
    : t("quotes_summary", { shown: quotes.length, total });
  byId("speaker-more").hidden = !cursor;
  byId("speaker-csv").hidden = quotes.length === 0;
}

// ---- search ---------------------------------------------------------------------------------

function searchParams() {
  const minimum = Number(byId("search-confidence").value);
  return { ...filterParams(), q: byId("search-text").value.trim(), speaker: byId("search-speaker").value.trim(),
    type: byId("search-type").value, min_confidence: minimum > 0 ? minimum : "" };
}

async function search() {
  const params = searchParams();
  setStatus(t("loading"));
  try {
    const page = await apiJson(API.quotes, { ...params, limit: QUOTES_PAGE });
    state.search = { quotes: page.quotes, total: page.total, cursor: page.next_cursor, params };
    hideMessage();
    renderSearch();
  } catch (error) {
    showError(error);
  } finally {
    setStatus("");
  }
}

async function moreSearchResults() {
  const current = state.search;
  if (!current || !current.cursor) return;
  try {
    const page = await apiJson(API.quotes, { ...current.params, limit: QUOTES_PAGE, cursor: current.cursor });
    current.quotes = current.quotes.concat(page.quotes);
    current.cursor = page.next_cursor;
    renderSearch();
  } catch (error) {
    showError(error);
  }
}

function renderSearch() {
  const { quotes, total, cursor } = state.search;
  byId("search-results").tBodies[0].replaceChildren(...quotes.map((quote) => quoteRow(quote, true)));
  byId("search-results").hidden = quotes.length === 0;
  byId("search-summary").textContent = total === 0 ? t("no_quotes") : t("quotes_summary", { shown: quotes.length, total });
  byId("search-more").hidden = !cursor;
  byId("search-csv").hidden = quotes.length === 0;
}

function setSearchConfidence(value) {
  byId("search-confidence-value").textContent = Number(value).toFixed(2);
}

// ---- CSV: the API's own CSV of what is on screen ---------------------------------------------

async function downloadCsv(path, params, name) {
  try {
    const response = await apiFetch(path, params, "text/csv");
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `kutip-${name}.csv`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  } catch (error) {
    showError(error);
  }
}

function shownRows(count) {
  return Math.max(1, Math.min(count, MAX_CSV_ROWS));
}

// ---- wiring ---------------------------------------------------------------------------------------

function speakerFromHash() {
  const match = /^#speaker=(.+)$/.exec(window.location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch (_) {
    return null;
  }
}

function route() {
  const key = speakerFromHash();
  if (key) {
    openSpeaker(key);
    return;
  }
  state.speaker = null;
  byId("speaker-view").hidden = true;
  byId("top-view").hidden = false;
  loadTop();
}

async function loadOutletChoices() {
  try {
    const answer = await apiJson(API.outlets, { limit: OUTLET_CHOICES });
    const select = byId("outlet");
    const chosen = select.value;
    const options = answer.outlets.filter((outlet) => outlet.outlet !== null).map((outlet) => {
      const option = document.createElement("option");
      option.value = outlet.outlet;
      option.textContent = outlet.outlet;
      return option;
    });
    select.replaceChildren(select.options[0], ...options);
    select.value = chosen;
  } catch (_) {
    // the speakers request reports what is wrong; the list of outlets just stays short
  }
}

function refresh() {
  if (state.speaker || speakerFromHash()) {
    const key = speakerFromHash();
    if (key) openSpeaker(key);
  } else {
    loadTop();
  }
  if (state.search) search();
}

function rememberKey() {
  try {
    window.sessionStorage.setItem(KEY_STORAGE_KEY, byId("api-key").value);
  } catch (_) {
    // not kept: asked again on the next page
  }
}

function restoreKey() {
  try {
    byId("api-key").value = window.sessionStorage.getItem(KEY_STORAGE_KEY) || "";
  } catch (_) {
    // storage off
  }
}

function disableForms() {
  document.querySelectorAll("#filters, #search-form").forEach((form) => {
    form.querySelectorAll("input, select, button").forEach((control) => {
      control.disabled = true;
    });
  });
  ["top-view", "speaker-view", "search-view"].forEach((id) => {
    byId(id).hidden = true;
  });
}

function init() {
  state.language = chosenLanguage(MESSAGES);
  applyLanguage();
  byId("language-button").addEventListener("click", switchLanguage);
  restoreKey();
  if (pageSetting("kutip-api-key-required") === "true") byId("api-key-row").hidden = false;
  if (pageSetting("kutip-store-configured") !== "true") {
    disableForms();
    showMessage("no_store", "notice");
    byId("message").dataset.code = "no_store";
    document.body.dataset.ready = "true";
    return;
  }
  byId("period").addEventListener("change", () => {
    byId("custom-dates").hidden = byId("period").value !== "custom";
  });
  byId("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    rememberKey();
    loadOutletChoices();
    refresh();
  });
  byId("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  byId("search-confidence").addEventListener("input", (event) => setSearchConfidence(event.target.value));
  byId("search-more").addEventListener("click", moreSearchResults);
  byId("speaker-more").addEventListener("click", moreSpeakerQuotes);
  byId("back-button").addEventListener("click", () => {
    window.location.hash = "";
  });
  document.querySelectorAll('input[name="interval"]').forEach((radio) => {
    radio.addEventListener("change", () => {
      const key = speakerFromHash();
      if (key) openSpeaker(key);
    });
  });
  byId("top-csv").addEventListener("click", () => downloadCsv(API.topSpeakers, state.topParams, "top-speakers"));
  byId("speaker-csv").addEventListener("click", () => {
    const current = state.speaker;
    if (current) downloadCsv(API.quotes, { ...current.params, limit: shownRows(current.quotes.length) }, "speaker-quotes");
  });
  byId("search-csv").addEventListener("click", () => {
    const current = state.search;
    if (current) downloadCsv(API.quotes, { ...current.params, limit: shownRows(current.quotes.length) }, "quotes");
  });
  window.addEventListener("hashchange", route);
  document.body.dataset.ready = "true";
  loadOutletChoices();
  route();
}

document.addEventListener("DOMContentLoaded", init);
