"""Stage 0: text hygiene. Scraped news is damaged; this stage says where, and never edits it.

The posted text stays as it is (every offset kutip returns points into it). What this stage
produces is an offset map of repairs: each `Repair` names a stretch of the posted text and how
the later stages read it:

- `sentence_break` (rule hygiene.glued_sentence_end): a sentence end glued to the next
  sentence after a bracket or a number (`pada Senin (3/2).Ia menjelaskan`); the tokenizer cuts
  the mark off and starts a sentence there, as if a space followed it.
- `credit` (rule hygiene.trailing_credit): bracketed credits and bylines at the end of the text
  (`(Fitra Iskandar)`, `(ant/rzk)`), also repeated; read as boilerplate, so nobody named there
  is a person or a speaker.
- `duplicate` (rule hygiene.duplicate_paragraph): a paragraph that repeats an earlier one word
  for word. Recorded only: the annotators quote each occurrence, and so does kutip.

Work is linear in the text: one regular-expression scan, one pass over the paragraphs.
"""

from __future__ import annotations

import re

from service.extraction.document import Document, Repair, Span
from service.extraction.rule_models import HygieneRules

# A full stop, question or exclamation mark glued between a closing bracket or a digit and a
# capitalised word: "(3/2).Ia", "2024.Dia". After a lowercase letter spaCy already splits.
GLUED_SENTENCE_END = re.compile(r"(?<=[)\]0-9])[.!?](?=[A-Z][a-z])")


def find_repairs(document: Document, rules: HygieneRules) -> None:
    """Fill `document.repairs`, sorted by offset."""
    text = document.text
    repairs = [Repair(match.start(), match.end(), "sentence_break", rules.glued_sentence_end.id)
               for match in GLUED_SENTENCE_END.finditer(text)]
    repairs.extend(_trailing_credits(text, rules))
    repairs.extend(_duplicate_paragraphs(text, rules))
    document.repairs = sorted(repairs, key=lambda repair: repair.start)


def _trailing_credits(text: str, rules: HygieneRules) -> list[Repair]:
    """Bracketed groups at the very end of the text, peeled one by one from the end: each
    holds at most `max_words` words and no sentence punctuation (a name, initials, an agency
    code), and stands after a sentence end or on its own line."""
    credit = re.compile(rf"[(\[]\s*[^()\[\].!?\n]{{1,{rules.trailing_credit.max_chars}}}[)\]]\s*$")
    found: list[Repair] = []
    end = len(text.rstrip())
    while end > 0:
        match = credit.search(text, 0, end)
        if match is None or len(match.group(0)[1:-1].split()) > rules.trailing_credit.max_words:
            break
        before = text[:match.start()].rstrip(" ")
        if before and before[-1] not in rules.trailing_credit.after:
            break
        found.append(Repair(match.start(), match.start() + len(match.group(0).rstrip()), "credit",
                            rules.trailing_credit.id))
        end = len(before.rstrip())
    return found


def _duplicate_paragraphs(text: str, rules: HygieneRules) -> list[Repair]:
    """Paragraphs (lines) that repeat an earlier one exactly, long enough to be content."""
    seen: set[str] = set()
    found: list[Repair] = []
    offset = 0
    for line in text.split("\n"):
        content = line.strip()
        if len(content) >= rules.duplicate_paragraph.min_chars:
            if content in seen:
                found.append(Repair(offset, offset + len(line), "duplicate", rules.duplicate_paragraph.id))
            seen.add(content)
        offset += len(line) + 1
    return found


def sentence_starts(document: Document) -> frozenset[int]:
    """Where a sentence starts that the scraper glued to the text before it: after a glued
    sentence-end mark, and where a trailing credit begins."""
    return frozenset(repair.end if repair.kind == "sentence_break" else repair.start
                     for repair in document.repairs if repair.kind in ("sentence_break", "credit"))


def credit_spans(document: Document) -> list[Span]:
    return [Span(repair.start, repair.end) for repair in document.repairs if repair.kind == "credit"]
