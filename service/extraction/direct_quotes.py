"""Stage 3: spans between quotation marks.

Marks are paired in text order. Marks that can open or close (Kompas prints ” for both,
straight quotes are symmetric) are decided by the characters around them, then by
alternation. A quote left open at the end of a paragraph continues when the next
paragraph reopens with a mark (news convention), or runs to a closing mark a few lines on
when that is the next mark (a scraper's line break inside one quote); otherwise it is cut at
the paragraph end and a warning is reported, so that a stray mark never swallows the rest of
the article. Two straight single marks ('') typed for a double one are one mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from service.extraction.document import Document, QuoteMarkSpan, Span, overlaps_any, sorted_reach
from service.extraction.rule_models import QuoteMark
from service.extraction.rules import RuleSet

Role = Literal["open", "close", "either"]
OPENING_CONTEXT = set("([{—–-/") | {"“", "‘", "«"}
CLOSING_CONTEXT = set(",.;:!?)]}—–-…") | {"”", "’", "»"}


@dataclass(frozen=True)
class Mark:
    position: int
    role: Role
    rule: QuoteMark
    paragraph: int
    width: int = 1  # two straight single marks typed for one double mark ('': quotes.yml doubled) are one


def classify_mark(text: str, position: int, rule: QuoteMark, width: int = 1) -> Role | None:
    character = text[position]
    previous = text[position - 1] if position > 0 else "\n"
    following = text[position + width] if position + width < len(text) else "\n"
    if character in (rule.either or ""):
        if previous.isalnum() and following.isalnum():
            return None  # an apostrophe inside a word: Ma'ruf, Jokowi's
        opener = (previous.isspace() or previous in OPENING_CONTEXT) and not following.isspace()
        closer = (following.isspace() or following in CLOSING_CONTEXT) and not previous.isspace()
        if opener and not closer:
            return "open"
        if closer and not opener:
            return "close"
        return "either"
    if character == rule.open:
        # an opener glued to nothing ("…, “ kata X"): typed for a closer as often as with a
        # stray space after it ("mengatakan, “ Kami …"); alternation decides
        return "either" if following.isspace() else "open"
    if character == rule.close:
        if previous.isalnum() and following.isalnum():
            return None
        return "close"
    return None


def _paragraph_index(paragraphs: list[Span], position: int, hint: int) -> int:
    index = hint
    while index + 1 < len(paragraphs) and paragraphs[index].end <= position:
        index += 1
    return index


def collect_marks(document: Document, rules: list[QuoteMark]) -> list[Mark]:
    # a mark is one character (longer strings never equalled one)
    characters = {c: rule for rule in rules for c in (rule.open, rule.close, rule.either) if c and len(c) == 1}
    marks: list[Mark] = []
    paragraph = 0
    paragraphs = document.paragraphs or [Span(0, len(document.text))]
    if not characters:
        return marks
    # the mark characters found by one regex scan, not a Python step per character of the text;
    # a `doubled` mark typed twice ('') is one mark, tried first
    doubled = [rule.either * 2 for rule in rules if rule.doubled and rule.either and len(rule.either) == 1]
    pattern = re.compile("|".join([re.escape(pair) for pair in doubled]
                                  + ["[" + "".join(re.escape(character) for character in characters) + "]"]))
    for match in pattern.finditer(document.text):
        position, width = match.start(), len(match.group())
        rule = characters[match.group()[0]]
        role = classify_mark(document.text, position, rule, width)
        if role is None:
            continue
        paragraph = _paragraph_index(paragraphs, position, paragraph)
        marks.append(Mark(position, role, rule, paragraph, width))
    return marks


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_paragraph(document: Document, mark: Mark) -> bool:
    paragraph = document.paragraphs[mark.paragraph] if document.paragraphs else Span(0, 0)
    return not document.text[paragraph.start:mark.position].strip()


def _closes(mark: Mark, rule_id: str, paragraph: int) -> bool:
    return mark.rule.id == rule_id and mark.role in ("close", "either") and mark.paragraph == paragraph


def _is_nested_pair(marks: list[Mark], index: int, opened: Mark) -> bool:
    """An opener of another kind of mark inside an open quote, closed by its own kind, after
    which the open quote's kind closes in the same paragraph: a quote within the quote
    (a term or a title), not a new quote that finds the first one unclosed."""
    inner = marks[index]
    if inner.rule.id == opened.rule.id or index + 2 >= len(marks):
        return False
    return _closes(marks[index + 1], inner.rule.id, inner.paragraph) and \
        _closes(marks[index + 2], opened.rule.id, inner.paragraph)


def _is_nested_same_kind_pair(marks: list[Mark], index: int, opened: Mark) -> bool:
    """A mark of the open quote's own kind that can only open, closed by the next mark, which can
    only close, after which (past more such pairs) a mark that can only close ends the open
    quote in the same paragraph (`"Perlu pula "regional policy coordination". Gunakan …," ujar X`):
    straight marks used for a term inside a quotation in straight marks. Read as a new quote,
    the pair would leave the last closing mark with no opening one."""
    position = index
    while position + 1 < len(marks) and _definite_pair(marks[position], marks[position + 1], opened):
        position += 2
    return position > index and position < len(marks) and _definite(marks[position], "close", opened)


def _definite_pair(first: Mark, second: Mark, opened: Mark) -> bool:
    return _definite(first, "open", opened) and _definite(second, "close", opened)


def _definite(mark: Mark, role: Role, opened: Mark) -> bool:
    """A mark of the open quote's kind and paragraph that the characters around it make `role`."""
    return mark.role == role and mark.rule.id == opened.rule.id and mark.paragraph == opened.paragraph


POSTPOSED_ATTRIBUTION = re.compile(r",\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")
# after a closed quote's inner attribution: the rest of its sentence, up to the sentence end
SENTENCE_REST = re.compile(r"[^.!?]*?[.!?]")
QUOTE_GLYPHS = frozenset("\"'“”‘’«»")


@dataclass(frozen=True)
class AttributionWords:
    """The words of a postposed attribution: cue words (cues.yml postposed) and the pronouns
    that may follow them (speakers.yml); a capitalised word may follow them too (a name).
    `clitic` (cues.yml clitic suffix) makes a cue word with it an attribution on its own
    ("…, sambungnya.")."""
    cues: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    clitic: str = ""


def _attribution_at(text: str, found: re.Match[str], words: AttributionWords) -> int | None:
    """Where the attribution `found` ends, if it is one: a cue word and a name or pronoun
    ("…, ungkap Budi", "…, kata dia"), or a cue word with the clitic before punctuation
    ("…, sambungnya.", "…, lanjutnya.Tambahan …"); not "…, jelas di depan"."""
    cue, speaker = found.group(1), found.group(2)
    if cue in words.cues and speaker and (speaker[0].isupper() or speaker.lower() in words.pronouns):
        return found.end()
    suffix = words.clitic
    clitic_end = found.start(1) + len(cue)
    if suffix and cue.endswith(suffix) and cue[:-len(suffix)] in words.cues \
            and (clitic_end == len(text) or text[clitic_end] in ".,!?"):
        return clitic_end
    return None


def _attribution_cut(text: str, start: int, end: int, words: AttributionWords) -> int | None:
    """Where a quote that lost its closing mark meets its own attribution ("…, ungkap Budi.",
    "…, kata dia.", "…, sambungnya."): right after the comma, the last character a closed
    quote would have held."""
    for found in POSTPOSED_ATTRIBUTION.finditer(text, start, end):
        if _attribution_at(text, found, words) is not None:
            return found.start() + 1
    return None


def _inner_attribution_cut(text: str, start: int, end: int, words: AttributionWords) -> int | None:
    """Where a closed pair holds a quote's postposed attribution that ends a sentence, with
    more text after it ("“… di sana, kata Wenger.Komentar berbeda … benar. “"): the scraper
    lost the quote's closing mark and the pair runs on over narration to the next quote's
    mark, so the quote ends at the comma before its attribution (guidelines: a quote with an
    opening mark and no closing mark before its cue ends at the comma before the cue). Not an
    interposed attribution ("…, kata dia, …") nor one before quoted words ("…, kata dia
    'Oke'."), which speech may hold."""
    for found in POSTPOSED_ATTRIBUTION.finditer(text, start, end):
        attribution_end = _attribution_at(text, found, words)
        if attribution_end is None:
            continue
        rest = SENTENCE_REST.match(text, attribution_end, end)
        if rest is None or "," in text[attribution_end:attribution_end + 1] \
                or any(glyph in QUOTE_GLYPHS for glyph in rest.group()):
            continue
        if text[rest.end():end].strip():
            return found.start() + 1
    return None


def _closes_on_a_later_line(document: Document, opened: Mark, mark: Mark, open_paragraph: int,
                            max_broken_lines: int, attribution: AttributionWords) -> bool:
    """The first mark after a quote left open at its line's end closes it a few lines later
    ("“Baju … Rp 100 ribu.\nItu baru kain. Belum jahit,” ujarnya"): the scraper broke one
    quote over lines, so it runs to that closing mark. Not when the open line holds the
    quote's own postposed attribution (the quote lost its closing mark and ends there)."""
    if mark.role != "close" or mark.rule.id != opened.rule.id \
            or not 0 < mark.paragraph - open_paragraph <= max_broken_lines:
        return False
    line_end = document.paragraphs[open_paragraph].end
    return _attribution_cut(document.text, opened.position + opened.width, line_end, attribution) is None


def pair_marks(document: Document, marks: list[Mark], max_chars: int,
               attribution: AttributionWords = AttributionWords(), max_broken_lines: int = 0) -> list[QuoteMarkSpan]:
    """Pair opening and closing marks of one family (double or single quotes). A quote left
    unclosed ends at its postposed attribution when one follows a comma in it, or runs to a
    closing mark on one of the next `max_broken_lines` lines when that is the next mark."""
    text = document.text
    spans: list[QuoteMarkSpan] = []
    opened: Mark | None = None
    open_paragraph = -1

    def emit(opening: Mark, end: int, closing: Mark | None) -> bool:
        """Record the quote; whether its closing mark was left unused (the quote ended before it)."""
        bounded = closing is None
        unused_closing = False
        content_end = closing.position if closing else end
        if content_end - opening.position > max_chars:
            content_end, bounded = opening.position + max_chars, True
        if bounded:
            content_end = _attribution_cut(text, opening.position + opening.width, content_end, attribution) \
                or content_end
        else:
            cut = _inner_attribution_cut(text, opening.position + opening.width, content_end, attribution)
            if cut is not None:
                content_end, bounded, unused_closing = cut, True, True
        content_start, content_end = _trimmed(text, opening.position + opening.width, content_end)
        if content_end <= content_start:
            return False
        if bounded:
            document.warnings.append(
                f"unclosed quotation mark at offset {opening.position}: quote cut at offset {content_end}")
        span_end = closing.position + closing.width if closing and not bounded else content_end
        spans.append(QuoteMarkSpan(opening.position, span_end, content_start, content_end,
                                   opening.rule.id, bounded))
        return unused_closing

    nested_until = -1
    for index, mark in enumerate(marks):
        if index <= nested_until:
            continue  # the closing mark of a quote nested in the open one
        if opened is not None and mark.paragraph != open_paragraph:
            continues = (mark.paragraph == open_paragraph + 1 and mark.role in ("open", "either")
                         and _starts_paragraph(document, mark))
            if continues:
                open_paragraph = mark.paragraph  # the reopening mark belongs to the quote
                continue
            if _closes_on_a_later_line(document, opened, mark, open_paragraph, max_broken_lines, attribution):
                emit(opened, mark.position, mark)
                opened = None
                continue
            paragraph_end = document.paragraphs[open_paragraph].end
            emit(opened, paragraph_end, None)
            opened = None
        if opened is None:
            if mark.role in ("open", "either"):
                opened, open_paragraph = mark, mark.paragraph
            else:
                document.warnings.append(f"closing quotation mark without an opening one at offset {mark.position}")
            continue
        if mark.role in ("close", "either"):
            unused = emit(opened, mark.position, mark)
            # a straight mark the cut quote did not close opens the next quote ("… benar. "Lihat …")
            opened, open_paragraph = (mark, mark.paragraph) if unused and mark.role == "either" \
                else (None, open_paragraph)
        elif _is_nested_pair(marks, index, opened) or _is_nested_same_kind_pair(marks, index, opened):
            nested_until = index + 1  # “Kami menolak "kenaikan" itu,”: the inner pair is content
        else:
            # a second opener while one is open: the first lost its closing mark
            emit(opened, mark.position, None)
            opened, open_paragraph = mark, mark.paragraph
    if opened is not None:
        paragraph_end = document.paragraphs[open_paragraph].end if document.paragraphs else len(text)
        emit(opened, paragraph_end, None)
    return spans


def _outside(spans: list[QuoteMarkSpan], outer: list[QuoteMarkSpan]) -> list[QuoteMarkSpan]:
    """The spans that overlap none of `outer`: a binary search each over the outer spans
    sorted by start (`overlaps_any`), not a scan of every outer span per span."""
    starts, furthest_ends = sorted_reach(outer)
    return [span for span in spans if not overlaps_any(starts, furthest_ends, span.start, span.end)]


def find_quote_marks(document: Document, rules: RuleSet) -> None:
    max_chars = rules.quotes.bounds.max_quote_chars
    mark_rules = rules.quotes.marks
    double = [rule for rule in mark_rules if "single" not in rule.id]
    single = [rule for rule in mark_rules if "single" in rule.id]
    attribution = AttributionWords(rules.postposed_cues, rules.pronouns, rules.cues.clitic.suffix)
    broken = rules.quotes.bounds.max_broken_lines
    double_spans = pair_marks(document, collect_marks(document, double), max_chars, attribution, broken)
    single_spans = _outside(pair_marks(document, collect_marks(document, single), max_chars, attribution, broken),
                            double_spans)  # nested quotes stay inside
    document.quote_marks = sorted(double_spans + single_spans, key=lambda span: span.start)
