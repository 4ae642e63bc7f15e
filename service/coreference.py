"""Stage 5: who a clitic, pronoun, role noun or continuation quote refers to.

Indonesian news convention (also the PFSA-ID derivation rule): a clitic cue (katanya) or
a pronoun (ia, dia, beliau) refers to the person mentioned last before it; a role noun
phrase (pejabat Rusia itu) refers to the person that role was attached to earlier; an
unattributed quote right after another one continues its speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.document import Document, Mention, Quote, Span, Speaker
from service.mentions import TextIndex, _title_like, name_from_tokens
from service.rules import RuleSet

ROLE_CONTEXT_TOKENS = 7
CARRY_MAX_GAP_CHARS = 600


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
    role_words: frozenset[str]


def person_mentions(document: Document, index: TextIndex, rules: RuleSet) -> list[PersonMention]:
    """PER entities and named speakers outside quotation marks, with the role words before them."""
    found: dict[tuple[int, int], PersonMention] = {}
    spans = [Span(e.start, e.end) for e in document.entities if e.label == "PER"]
    spans += [q.speaker.mention for q in document.quotes
              if q.speaker.mention is not None and q.speaker.mention.kind == "name"]
    for span in spans:
        if document.in_quote_marks(span.start):
            continue
        tokens = index.tokens_in(span.start, span.end)
        if not tokens:
            continue
        name = name_from_tokens(tokens, rules)
        first = tokens[0].index
        context: set[str] = set()
        for token in reversed(index.tokens[max(0, first - ROLE_CONTEXT_TOKENS):first]):
            if token.text in ",.;:\"“”" or not (token.text[:1].isupper() or _title_like(token, rules)):
                break
            context.add(token.text.lower())
        context.update(token.text.lower() for token in tokens if _title_like(token, rules))
        found[(tokens[0].start, span.end)] = PersonMention(tokens[0].start, span.end, name, frozenset(context))
    return sorted(found.values(), key=lambda mention: mention.start)


def _last_before(mentions: list[PersonMention], offset: int) -> PersonMention | None:
    best = None
    for mention in mentions:
        if mention.end <= offset:
            best = mention
        else:
            break
    return best


def _role_antecedent(role_text: str, mentions: list[PersonMention], offset: int, rules: RuleSet,
                     document: Document) -> PersonMention | None:
    words = {w.lower() for w in role_text.split()} - rules.demonstratives - rules.definite_markers
    best: PersonMention | None = None
    best_overlap = 0
    for mention in mentions:
        if mention.end > offset:
            break
        overlap = len(words & mention.role_words)
        if overlap and overlap >= best_overlap:
            best, best_overlap = mention, overlap
    if best is not None:
        return best
    # no role match: the person in focus, if mentioned within the last two sentences
    recent = _last_before(mentions, offset)
    if recent is None:
        return None
    sentence_starts = [s.start for s in document.sentences if s.start <= offset]
    window_start = sentence_starts[-3] if len(sentence_starts) >= 3 else 0
    return recent if recent.start >= window_start else None


def resolve_speakers(document: Document, rules: RuleSet) -> None:
    index = TextIndex(document)
    mentions = person_mentions(document, index, rules)
    previous: Quote | None = None
    for quote in document.quotes:
        speaker = quote.speaker
        mention = speaker.mention
        if mention is not None and mention.kind in ("clitic", "pronoun"):
            point = min(mention.start, quote.start)
            antecedent = _last_before(mentions, point)
            if antecedent is not None:
                speaker.name = antecedent.name
                speaker.antecedent = Mention(antecedent.start, antecedent.end, "name", antecedent.name)
            elif previous is not None and previous.speaker.name:
                speaker.name = previous.speaker.name
        elif mention is not None and mention.kind == "role":
            antecedent = _role_antecedent(document.text[mention.start:mention.end], mentions,
                                          mention.start, rules, document)
            if antecedent is not None:
                speaker.name = antecedent.name
                speaker.antecedent = Mention(antecedent.start, antecedent.end, "name", antecedent.name)
        elif mention is None and previous is not None and _continues(previous, quote, document):
            quote.speaker = Speaker(previous.speaker.mention, "carry", name=previous.speaker.name,
                                    antecedent=previous.speaker.antecedent)
            quote.rule = "direct.carry"
            quote.confidence = 0.6
        previous = quote


def _continues(previous: Quote, quote: Quote, document: Document) -> bool:
    """An unattributed quote continues the previous speaker in the same paragraph run."""
    if previous.speaker.name is None or quote.type != "direct":
        return False
    gap = quote.start - previous.end
    if gap > CARRY_MAX_GAP_CHARS:
        return False
    paragraph = document.paragraph_of(previous.end)
    if paragraph.start <= quote.start < paragraph.end:
        return True
    # the next paragraph opens with the quote: consecutive statement paragraphs
    following = document.paragraph_of(quote.start)
    return document.text[following.start:quote.start].strip() in ("", "“", "\"", "”", "«")
