"""Stage 4: speech cues, their speakers, and the quotes they attribute.

One scan finds every attribution in the text (a postposed cue "kata X", a clitic cue
"katanya", a reporting verb with its subject "X mengatakan", "menurut X"). Each is then
attached to what it reports:
  - a quotation-mark span right before it (“…,” kata X) or right after it
    (X mengatakan, “…”): a direct quote;
  - otherwise the clause it introduces: an indirect quote, or a mixed quote when that
    clause embeds quoted words;
and quotation-mark spans nobody claims either continue the previous speaker (news
convention), or are scare quotes, titles and terms, which are not quotes.

The scan and its cue readers are the package `cues/`, where a reported clause starts and ends
is `clauses.py`; this module makes the three passes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from service.deadline import NO_DEADLINE, Deadline
from service.extraction.clauses import (
    SentenceHits,
    direct_covers_clause,
    has_words,
    is_interposed,
    lost_quote_run_start,
    relative_clause_report,
    reported_clause,
    trim_clause,
)
from service.extraction.cues.hit import Hit
from service.extraction.cues.scan import find_hits
from service.extraction.document import (
    UNATTRIBUTED_RULE,
    Document,
    Mention,
    Quote,
    QuoteMarkSpan,
    QuoteType,
    Span,
    Speaker,
    rule_id,
    speaker_confidence,
)
from service.extraction.mentions import TextIndex, is_short_form
from service.extraction.rules import RuleSet
from service.extraction.text_shapes import SPEECH_PUNCTUATION, capitalised_share


def _speaker(mention: Mention | None) -> Speaker:
    if mention is None:
        return Speaker(None, "none")
    resolution = {"name": "name", "organization": "name", "clitic": "clitic", "pronoun": "pronoun",
                  "role": "role"}[mention.kind]
    return Speaker(mention, resolution, name=mention.name)  # type: ignore[arg-type]


def _quote(kind: QuoteType, spans: list[Span], hit: Hit | None, rule: str, scale: float = 1.0) -> Quote:
    speaker = _speaker(hit.mention) if hit else Speaker(None, "none")
    confidence = speaker_confidence(speaker) * scale
    return Quote(type=kind, spans=spans, cue=hit.cue if hit else None,
                 cue_lemma=hit.lemma if hit else None, speaker=speaker, rule=rule,
                 confidence=round(confidence, 3))


INDIRECT_CONFIDENCE_SCALE = 0.95  # a clause boundary is less certain than a pair of quotation marks


BOUNDED_MARK_CONFIDENCE_SCALE = 0.8  # a quote cut at a bound because its closing mark was missing


MIN_CLAUSE_CHARS = 6


MIN_CLAUSE_WORDS = 2  # a one-word "clause" is a fragment; "harga naik" is a clause (length is no test)


def attribute_quotes(document: Document, rules: RuleSet, index: TextIndex | None = None,
                     deadline: Deadline = NO_DEADLINE) -> None:
    """Three passes over the attributions: (1) each quotation-mark span claims the cue next to
    it; (2) the cues left over report a clause (indirect, or mixed when it embeds quoted
    words); (3) quotation-mark spans become direct quotes, claimed or unattributed. The set
    `claimed` holds the attributions already given a quote (or nested in one): each reports
    one quote at most."""
    index = index or TextIndex(document)
    hits = find_hits(document, index, rules, deadline)
    grouped: dict[Span, list[Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.sentence, []).append(hit)
    thoughts = frozenset(rules.false_quotes.mental_states.words)
    sentence_hits = {sentence: SentenceHits(group, thoughts) for sentence, group in grouped.items()}
    claimants = _claim_quote_marks(document, hits, sentence_hits, rules)
    claimed = set(claimants.values())
    quotes, absorbed = _indirect_and_mixed(document, index, hits, sentence_hits, claimants, claimed, rules)
    quotes += _direct_quotes(document, claimants, absorbed, rules)
    quotes.sort(key=lambda quote: quote.start)
    document.quotes = quotes


def _claim_quote_marks(document: Document, hits: list[Hit], sentence_hits: dict[Span, SentenceHits],
                       rules: RuleSet) -> dict[int, Hit]:
    """Pass 1: quotation-mark span start -> the attribution right before it (X mengatakan, “…”)
    whose whole clause it is, or else the one right after it (“…,” kata X)."""
    text = document.text
    claimants: dict[int, Hit] = {}
    claimed: set[Hit] = set()
    by_segment = sorted(hits, key=lambda h: h.segment_start)
    segment_starts = [h.segment_start for h in by_segment]
    max_gap = rules.quotes.bounds.max_cue_gap_chars
    with_content = sorted((h for h in hits if h.content_start is not None), key=lambda h: h.content_start or 0)
    content_starts = [h.content_start or 0 for h in with_content]
    for mark in document.quote_marks:
        chosen: Hit | None = None
        position = bisect_right(content_starts, mark.start) - 1
        while position >= 0 and chosen is None:
            hit = with_content[position]
            if text[hit.content_start or 0:mark.start].strip():
                break
            if hit not in claimed and direct_covers_clause(hit, mark, sentence_hits, document):
                chosen = hit
            position -= 1
        if chosen is None:
            position = bisect_left(segment_starts, mark.end)
            while position < len(by_segment):
                hit = by_segment[position]
                if not _gap_is_attribution_glue(text[mark.end:hit.segment_start], max_gap):
                    break
                if hit not in claimed and (hit.kind != "verb" or hit.content_start is None):
                    chosen = hit
                    break
                position += 1
        if chosen is not None:
            claimed.add(chosen)
            claimants[mark.start] = chosen
    return claimants


def _indirect_and_mixed(document: Document, index: TextIndex, hits: list[Hit], sentence_hits: dict[Span, SentenceHits],
                        claimants: dict[int, Hit], claimed: set[Hit],
                        rules: RuleSet) -> tuple[list[Quote], set[int]]:
    """Pass 2: attributions with a clause of their own, not claimed yet (each one it attributes,
    and the cues nested in its clause, join `claimed`). Returns the quotes and the starts of
    the quotation-mark spans that mixed quotes absorbed."""
    text = document.text
    quotes: list[Quote] = []
    mark_starts = [mark.start for mark in document.quote_marks]
    cue_starts = [hit.cue.start for hit in hits]
    absorbed: set[int] = set()
    reports = ReportedSpans(len(text))
    for hit in hits:
        if hit in claimed:
            continue
        clause = reported_clause(hit, document, index, sentence_hits, quotes, rules)
        if clause is None:
            continue
        relative = relative_clause_report(hit, index, sentence_hits, rules)
        start, end = clause if relative is None else relative
        inner = _marks_between(document.quote_marks, mark_starts, start, end)
        end = _end_before_a_claimed_quotation(text, inner, claimants, start, end)
        inner = [mark for mark in inner if mark.start < end]
        for mark in inner:
            start, end = min(start, mark.start), max(end, mark.end)
        start, end = trim_clause(text, start, end, rules)
        if end - start < MIN_CLAUSE_CHARS or not has_words(text, start, end, MIN_CLAUSE_WORDS):
            continue
        quoting = any(_quotes_words(text, mark, rules) for mark in inner)
        if hit.complement == "quote" and not quoting:
            continue  # a thought reports only the source's quoted words, not a name or a title in marks
        if any(mark.start in claimants for mark in inner):
            continue
        if reports.cover(start, end):
            claimed.add(hit)
            continue
        kind: QuoteType = "mixed" if quoting else "indirect"
        cue_rule = hit.rule if relative is None or rules.cues.relative_report is None \
            else rules.cues.relative_report.id
        run_start = None if inner or relative is not None \
            else lost_quote_run_start(hit, clause[0], clause[1], sentence_hits, document, rules)
        if run_start is not None:
            start, cue_rule = run_start, rules.cues.lost_quote_run.id
        claimed.add(hit)
        absorbed.update(mark.start for mark in inner)
        quotes.append(_quote(kind, [Span(start, end)], hit, rule_id(kind, cue_rule), INDIRECT_CONFIDENCE_SCALE))
        reports.add(start, end)
        claimed.update(_nested_verbs(hits, cue_starts, hit, start, end))
    return quotes, absorbed


def _end_before_a_claimed_quotation(text: str, inner: list[QuoteMarkSpan], claimants: dict[int, Hit],
                                    start: int, end: int) -> int:
    """The clause's end, moved back before a quotation that opens a sentence of its own inside
    it and that another attribution claimed in pass 1 ("Ia mengatakan konglomerat … mulai
    kewalahan karena kurs “Utang itu menjerat …,” katanya."): the scraper lost the full stop
    before the opening mark, and a quotation with its own cue is no part of this clause. Only
    a quotation that opens with a capital letter after the clause's first word is such a
    sentence; a clause that opens with the quotation keeps it (and is dropped as before)."""
    for mark in inner:
        if mark.start in claimants and mark.start > start and text[mark.content_start:mark.content_start + 1].isupper():
            return mark.start
    return end


MIN_TITLE_WORDS = 2  # "Sang Pengadil": a two-word title; one capitalised word ("Paman") may be speech


def _quotes_words(text: str, mark: QuoteMarkSpan, rules: RuleSet) -> bool:
    """Quotation marks inside a reported clause quote the source's words (a mixed quote) unless
    they hold a title or a name: guideline 9, titles, names and slogans in marks are no quotes
    (`melanggar 'War Powers Resolution'`, `visi “Indonesia Emas 2045”`, `film 'Sang Pengadil'`
    stay indirect). A title capitalises its words longer than a function word (rules
    false_quotes.title_case: `max_function_word_letters`, `min_capitalised_share`; figures aside)
    and ends with no speech punctuation."""
    content = text[mark.content_start:mark.content_end].strip()
    reason = rules.false_quotes.title_case
    if not content or content[-1] in SPEECH_PUNCTUATION:
        return True
    bare = content.strip(WORD_EDGES)
    if " " not in bare and is_short_form(bare):
        return False  # one word in capitals (“DNA”, “G20”): a name or a term in marks (guideline 9)
    words = [word.strip(WORD_EDGES) for word in content.split()]
    long_words = [word for word in words if len(word) > reason.max_function_word_letters and word[:1].isalpha()]
    if len(long_words) < MIN_TITLE_WORDS:
        return True
    return capitalised_share(long_words) < reason.min_capitalised_share


WORD_EDGES = "()[]:;,.!?'\"“”‘’"


class ReportedSpans:
    """The reported clauses read so far, asked whether one of them covers a new clause ("X
    menyebutnya sebagai …, kata dia", "Dijelaskan X, CLAUSE, ungkap X", a passive with its agent
    inside another report: a second attribution of the same report, or one nested in it; quotes
    never nest). A clause is covered when some span starting at or before its start ends at or
    after its end: a Fenwick tree over text offsets keeps the largest end among the spans that
    start at or before each offset, so each question costs O(log n) and a sentence of thousands
    of cues stays linear (tests/test_limits.py doubles one)."""

    def __init__(self, text_length: int) -> None:
        self._largest_end = [-1] * (text_length + 2)

    def add(self, start: int, end: int) -> None:
        position = start + 1
        while position < len(self._largest_end):
            if self._largest_end[position] < end:
                self._largest_end[position] = end
            position += position & -position

    def cover(self, start: int, end: int) -> bool:
        largest = -1
        position = min(start + 1, len(self._largest_end) - 1)
        while position > 0:
            largest = max(largest, self._largest_end[position])
            position -= position & -position
        return largest >= end


def _nested_verbs(hits: list[Hit], cue_starts: list[int], outer: Hit, start: int, end: int) -> list[Hit]:
    """Cues inside a reported clause belong to the reported speech ("Budi mengatakan bahwa Andi
    menyebut …" is Budi's report, and so is the clause around an interposed "kata Budi"): they
    report nothing of their own (quotes never nest)."""
    if outer.kind != "verb" and not is_interposed(outer, start, end):
        return []
    nested = range(bisect_left(cue_starts, max(start, outer.cue.end)), bisect_left(cue_starts, end))
    return [hits[position] for position in nested if hits[position].kind == "verb"
            and (outer.kind == "verb" or not _same_speaker_phrase(hits[position], outer))]


def _same_speaker_phrase(inner: Hit, outer: Hit) -> bool:
    """The verb's subject is the attribution's own speaker ("Lebih lanjut Roland menuturkan,
    …": `lanjut Roland` is no interposed attribution but the subject of the verb that reports)."""
    return inner.mention is not None and outer.mention is not None \
        and inner.mention.start < outer.mention.end and outer.mention.start < inner.mention.end


def _direct_quotes(document: Document, claimants: dict[int, Hit], absorbed: set[int],
                   rules: RuleSet) -> list[Quote]:
    """Pass 3: quotation-mark spans not inside a mixed quote: claimed ones are attributed, the
    rest are direct quotes without a cue when they look like speech (coreference may carry a
    speaker to them), else scare quotes, titles and terms, which are not quotes."""
    quotes: list[Quote] = []
    min_words = rules.quotes.bounds.min_words_unattributed
    for mark in document.quote_marks:
        if mark.start in absorbed:
            continue
        span = Span(mark.content_start, mark.content_end)
        claimant = claimants.get(mark.start)
        scale = BOUNDED_MARK_CONFIDENCE_SCALE if mark.bounded else 1.0
        if claimant is not None:
            quotes.append(_quote("direct", [span], claimant, rule_id("direct", claimant.rule), scale))
        elif _looks_like_speech(document.text[mark.content_start:mark.content_end], min_words):
            quotes.append(_quote("direct", [span], None, rule_id("direct", UNATTRIBUTED_RULE), scale))
    return quotes


def _marks_between(marks: list[QuoteMarkSpan], starts: list[int], start: int, end: int) -> list[QuoteMarkSpan]:
    """Quotation-mark spans overlapping [start, end); marks are sorted and do not overlap."""
    first = max(bisect_right(starts, start) - 1, 0)
    last = bisect_left(starts, end)
    return [mark for mark in marks[first:last] if start < mark.end]


def _gap_is_attribution_glue(text: str, max_chars: int) -> bool:
    """Only a comma or spaces between a closing mark and its cue ("…,” kata X")."""
    return len(text) <= max_chars and text.strip(" ,.\n") == "" and "\n" not in text


def _looks_like_speech(content: str, min_words: int) -> bool:
    """Unattributed quotation marks hold speech, not a term or title, when long enough or
    when they hold a whole sentence ("Kita harus bersatu.")."""
    words = content.split()
    if len(words) >= min_words:
        return True
    return len(words) >= 2 and content[:1].isupper() and content.rstrip()[-1:] in ".!?,"
