"""The `menurut X` cue: "Menurut X, CLAUSE", "CLAUSE, menurut X", "Menurut X CLAUSE"."""

from __future__ import annotations

import re

from service.extraction.cues.hit import CueKind, Hit, ScanState
from service.extraction.cues.phrases import phrase_has_comma, phrase_to_comma, token_start_after
from service.extraction.document import Mention, Span, Token
from service.extraction.mentions import (
    APPOSITION_HEAD_TOKENS,
    MAX_UNTAGGED_NAME_TOKENS,
    is_apposed_name,
    is_person_entity,
    phrase_after,
)
from service.extraction.speaker_phrases import parse_speaker_phrase


def _is_according_to(state: ScanState, position: int, lower: str) -> bool:
    return lower in state.rules.according_to


def _read_according_to(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Menurut X, CLAUSE", "CLAUSE, menurut X", "Menurut X CLAUSE" (no comma)."""
    index, rules, sentence = state.index, state.rules, state.sentence
    tokens = index.tokens
    token = tokens[position]
    pronoun_hit = _pronoun_source_then_clause(state, position, lower)
    if pronoun_hit is not None:
        return pronoun_hit
    if position + 1 < len(tokens) and tokens[position + 1].text.lower() in rules.according_to_not_sources:
        return None  # "menurut rencana", "menurut parameter …": a standard, not a source
    phrase = phrase_to_comma(position + 1, sentence, index) or phrase_after(position + 1, index, rules)
    phrase = _apposed_name(phrase, state) or phrase
    mention = parse_speaker_phrase(phrase, index, rules)
    if mention is None:
        return None
    hit = Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.according_to.id, kind="according_to",
              mention=mention, segment_start=token.start)
    after = index.token_at(phrase[-1].end) if phrase else position + 1
    if after < len(tokens) and tokens[after].text == "," and after + 1 < len(tokens) \
            and tokens[after + 1].start < sentence.end:
        hit.content_start = tokens[after + 1].start
    after_comma = state.previous_text(position) == ","
    if _reports_the_clause_before(state, token.start, phrase[-1].end if phrase else token.end, after_comma):
        # "Kampanye itu menewaskan 65.000 orang, menurut kementerian kesehatan, dalam angka …":
        # a clause before the source is what the source says; what follows is an adjunct
        hit.content_start, hit.backward_content, hit.clause_before_only = None, True, True
    elif after_comma and hit.content_start is None:
        hit.backward_content = True
    elif hit.content_start is None and not phrase_has_comma(phrase, index) \
            and mention.kind == "name" and is_person_entity(mention, index):
        hit.content_start = token_start_after(mention.end, sentence, index)
    return hit


def _apposed_name(phrase: list[Token], state: ScanState) -> list[Token] | None:
    """ "Menurut Kepala Dinas Pariwisata dan Kebudayaan Jabar, Nunung Sobari, ia …": a role or
    an organisation's office, then a name between commas: the name speaks (the words of the
    office are no person's), and the clause starts after the name's comma."""
    index, rules = state.index, state.rules
    if not phrase:
        return None
    comma = index.token_at(phrase[-1].end)
    if comma >= len(index.tokens) or index.tokens[comma].text != ",":
        return None
    if not any(rules.is_title_or_role(token.text) for token in phrase):
        return None
    apposed = phrase_to_comma(comma + 1, state.sentence, index, limit=MAX_UNTAGGED_NAME_TOKENS + 1)
    if not is_apposed_name(apposed, phrase[-APPOSITION_HEAD_TOKENS:], index, rules):
        return None
    return apposed


def _pronoun_source_then_clause(state: ScanState, position: int, lower: str) -> Hit | None:
    """ "Menurut dia harusnya …" opening the sentence: a pronoun source with no comma after it;
    the clause starts right after the pronoun (with a comma, or inside the sentence, the
    general reading applies)."""
    index, rules, sentence = state.index, state.rules, state.sentence
    tokens = index.tokens
    source, first = position + 1, position + 2
    if tokens[position].start != sentence.start or first >= len(tokens) or tokens[first].start >= sentence.end \
            or tokens[source].text.lower() not in rules.pronouns:
        return None
    word = tokens[first].text
    if not word[:1].isalnum() or word.lower() in rules.phrase_stops:
        return None
    token = tokens[position]
    return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.according_to.id, kind="according_to",
               mention=Mention(tokens[source].start, tokens[source].end, "pronoun"), segment_start=token.start,
               content_start=tokens[first].start)


def _reports_the_clause_before(state: ScanState, cue_start: int, phrase_end: int, after_comma: bool) -> bool:
    """A mid-sentence `menurut X` after a clause of its own that is no shorter than what
    follows the source ("… menewaskan 65.000 orang, menurut kementerian kesehatan, dalam
    angka …"); a short opening ("Di sisi lain,", "Seluruh produk yang menurut dia, …")
    leaves the clause after it. Counting stops at the words that decide, so a sentence of
    many sources is read once."""
    text = state.document.text
    before = len(CONTENT_WORD.findall(text, state.last_hit_end, cue_start))
    needed = MIN_WORDS_BEFORE_SOURCE_AFTER_COMMA if after_comma else MIN_WORDS_BEFORE_TRAILING_SOURCE
    if before < needed:
        return False
    after = CONTENT_WORD.finditer(text, phrase_end, state.sentence.end)
    return not any(found > before for found, _ in enumerate(after, start=1))


CONTENT_WORD = re.compile(r"\w[\w'’.-]*")  # a word, not a punctuation mark standing alone


# Words before a mid-sentence `menurut X` that make them a clause of X's (fewer are an opening
# adverbial: "Di sisi lain, menurut dia, …", "Praktik ini menurut …"); after a comma the
# opening can be longer
MIN_WORDS_BEFORE_TRAILING_SOURCE = 3
MIN_WORDS_BEFORE_SOURCE_AFTER_COMMA = 6


ACCORDING_TO = CueKind("according_to", _is_according_to, _read_according_to)
