"""Stage 5: who a clitic, pronoun, role noun or continuation quote refers to.

Indonesian news convention (also the PFSA-ID derivation rule): a clitic cue (katanya) or
a pronoun (ia, dia, beliau) refers to the person mentioned last before it; a role noun
phrase (pejabat Rusia itu) refers to the person that role was attached to earlier; an
unattributed quote right after another one continues its speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from service.document import Document, Mention, Quote, Span, Speaker
from service.mentions import TextIndex, name_from_tokens
from service.rules import RuleSet

ROLE_CONTEXT_TOKENS = 7
CARRY_MAX_GAP_CHARS = 600
FOCUS_SENTENCES = 4


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
    role_words: frozenset[str]
    is_subject: bool  # a speaker, or a name opening its sentence: the person in focus


class Salience:
    """Who a clitic or pronoun most likely refers to at a point in the text.

    The latest person in focus (a speaker or a sentence subject) wins over a later name
    mentioned in passing (an object, a victim, a relative), unless the focus is far back.
    """

    def __init__(self, mentions: list[PersonMention], document: Document) -> None:
        self.mentions = mentions
        self.ends = [mention.end for mention in mentions]
        self.sentence_starts = [sentence.start for sentence in document.sentences]

    def last_before(self, offset: int, subjects_only: bool = False) -> PersonMention | None:
        position = bisect_right(self.ends, offset) - 1
        while position >= 0:
            mention = self.mentions[position]
            if not subjects_only or mention.is_subject:
                return mention
            position -= 1
        return None

    def sentences_between(self, start: int, end: int) -> int:
        return bisect_right(self.sentence_starts, end) - bisect_right(self.sentence_starts, start)

    def antecedent(self, offset: int) -> PersonMention | None:
        subject = self.last_before(offset, subjects_only=True)
        if subject is not None and self.sentences_between(subject.end, offset) <= FOCUS_SENTENCES:
            return subject
        return self.last_before(offset) or subject


def person_mentions(document: Document, index: TextIndex, rules: RuleSet) -> list[PersonMention]:
    """PER entities and named speakers outside quotation marks, with the role words before them."""
    found: dict[tuple[int, int], PersonMention] = {}
    speaker_spans = {(q.speaker.mention.start, q.speaker.mention.end) for q in document.quotes
                     if q.speaker.mention is not None and q.speaker.mention.kind == "name"}
    spans = [Span(e.start, e.end) for e in document.entities if e.label == "PER"]
    spans += [Span(start, end) for start, end in speaker_spans]
    sentence_starts = {sentence.start for sentence in document.sentences}
    for span in spans:
        if document.in_quote_marks(span.start) or document.in_boilerplate(span.start):
            continue
        tokens = index.tokens_in(span.start, span.end)
        if not tokens:
            continue
        name = name_from_tokens(tokens, rules, index)
        if not name:
            continue
        first = tokens[0].index
        context: set[str] = set()
        opens_sentence = tokens[0].start in sentence_starts
        for token in reversed(index.tokens[max(0, first - ROLE_CONTEXT_TOKENS):first]):
            if token.text in ",.;:\"“”" or not (token.text[:1].isupper() or rules.is_title_or_role(token.text)):
                break
            context.add(token.text.lower())
            opens_sentence = token.start in sentence_starts
        context.update(token.text.lower() for token in tokens if rules.is_title_or_role(token.text))
        is_subject = (span.start, span.end) in speaker_spans or opens_sentence
        key = (tokens[0].start, span.end)
        if key in found:
            is_subject = is_subject or found[key].is_subject
        found[key] = PersonMention(tokens[0].start, span.end, name, frozenset(context), is_subject)
    return sorted(found.values(), key=lambda mention: mention.end)


def _role_antecedent(role_text: str, salience: Salience, offset: int, rules: RuleSet) -> PersonMention | None:
    words = {w.lower() for w in role_text.split()} - rules.demonstratives - rules.definite_markers
    best: PersonMention | None = None
    best_overlap = 0
    for mention in salience.mentions:
        if mention.end > offset:
            break
        overlap = len(words & mention.role_words)
        if overlap and overlap >= best_overlap:
            best, best_overlap = mention, overlap
    if best is not None:
        return best
    # no role match: the person in focus, if recent
    recent = salience.antecedent(offset)
    if recent is None or salience.sentences_between(recent.end, offset) > FOCUS_SENTENCES:
        return None
    return recent


def resolve_speakers(document: Document, rules: RuleSet) -> None:
    index = TextIndex(document)
    salience = Salience(person_mentions(document, index, rules), document)
    unnamed_sources: list[str] = []
    previous: Quote | None = None
    for quote in document.quotes:
        speaker = quote.speaker
        mention = speaker.mention
        if mention is not None and mention.kind in ("clitic", "pronoun"):
            point = min(mention.start, quote.start)
            antecedent = salience.antecedent(point)
            if antecedent is not None:
                speaker.name = antecedent.name
                speaker.antecedent = Mention(antecedent.start, antecedent.end, "name", antecedent.name)
            elif previous is not None and previous.speaker.name:
                speaker.name = previous.speaker.name
        elif mention is not None and mention.kind == "role":
            role_text = document.text[mention.start:mention.end]
            if _is_anaphoric(role_text, rules):
                earlier_role = _earlier_unnamed_source(role_text, unnamed_sources, rules)
                antecedent = None if earlier_role else _role_antecedent(role_text, salience, mention.start, rules)
                if earlier_role is not None:
                    speaker.name = earlier_role
                elif antecedent is not None:
                    speaker.name = antecedent.name
                    speaker.antecedent = Mention(antecedent.start, antecedent.end, "name", antecedent.name)
            else:
                unnamed_sources.append(role_text)  # "seorang pejabat senior AS", "pengamat": an unnamed source
        elif mention is None and previous is not None and _continues(previous, quote, document):
            quote.speaker = Speaker(previous.speaker.mention, "carry", name=previous.speaker.name,
                                    antecedent=previous.speaker.antecedent)
            quote.rule = "direct.carry"
            quote.confidence = 0.6
        previous = quote


def _is_anaphoric(role_text: str, rules: RuleSet) -> bool:
    """A role phrase refers to a person named elsewhere ("pejabat Rusia itu", "Kapolri",
    "ahli hukum pidana") unless it is indefinite or plural ("seorang pejabat senior AS",
    "para peserta aksi tersebut"): those are unnamed sources and stay as written."""
    words = role_text.split()
    return bool(words) and words[0].lower() not in rules.indefinite_markers


def _earlier_unnamed_source(role_text: str, sources: list[str], rules: RuleSet) -> str | None:
    words = {w.lower() for w in role_text.split()} - rules.demonstratives - rules.definite_markers
    for source in reversed(sources):
        if words & ({w.lower() for w in source.split()} - rules.indefinite_markers):
            return source
    return None


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
