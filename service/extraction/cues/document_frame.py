"""A document named in a fronted `dalam` phrase speaks through an agentless passive of saying
("Dalam surat itu disebutkan bahwa CLAUSE", "Dalam dokumen gugatan, disebutkan CLAUSE") or a
verb of saying with no other subject ("Dalam riset itu menyebutkan, CLAUSE"). The
guidelines count such passives as cues whose source is the document ("di dalamnya disebutkan
bahwa …"); a bare agentless passive ("Diberitakan sebelumnya") stays no cue."""

from __future__ import annotations

from service.extraction.cues.hit import OPENING_MARKS, CueKind, Hit, ScanState
from service.extraction.document import Mention, Span, Token
from service.extraction.mentions import TextIndex
from service.extraction.rules import RuleSet
from service.extraction.speaker_phrases import parse_speaker_phrase


def _is_frame_word(lower: str, rules: RuleSet) -> bool:
    return lower in rules.document_frame_words


def _document_phrase(state: ScanState, position: int) -> list[Token] | None:
    """The document phrase between the fronted preposition and the verb at `position`:
    the preposition within the sentence's first words (past a connective: "Sementara dalam
    pasal 9 disebutkan"), a document noun right after it, then words with no punctuation but
    a comma right before the verb, and no verb of their own."""
    frames = state.rules.cues.document_frames
    if frames is None:
        return None
    tokens, rules = state.index.tokens, state.rules
    last = min(state.first + frames.max_opening_words, position - 2)
    opening = next((at for at in range(state.first, last + 1)
                    if tokens[at].text.lower() == frames.preposition), None)
    if opening is None or not _is_document_noun(tokens[opening + 1].text.lower(), rules):
        return None
    if _subject_before(state, opening):
        return None
    end = position - 1 if tokens[position - 1].text == "," else position
    phrase = tokens[opening + 1:end]
    if not phrase or len(phrase) > frames.max_phrase_words:
        return None
    if any(not token.text[:1].isalnum() and token.text not in "()" for token in phrase):
        return None
    if any(rules.is_active_verb(token.text) or rules.is_passive_verb(token.text) for token in phrase):
        return None
    return phrase


def _subject_before(state: ScanState, opening: int) -> bool:
    """Words before the preposition that read as a speaker ("Budi dalam keterangan tertulis
    menyatakan", "Investigator KPPU dalam laporan … menyatakan") make the `dalam` phrase an
    adjunct of that subject: the subject speaks through the document, so the frame reads
    nothing and the verb is read with its subject (speakers.yml subject_adjunct_openers).
    A connective alone ("Sementara dalam pasal 9 disebutkan") is no subject."""
    before = state.index.tokens[state.first:opening]
    return bool(before) and parse_speaker_phrase(before, state.index, state.rules) is not None


def _is_document_noun(lower: str, rules: RuleSet) -> bool:
    return lower in rules.document_frame_nouns


def _is_document_frame(state: ScanState, position: int, lower: str) -> bool:
    return lower in state.rules.document_frame_words and position >= state.first + 2 \
        and _content_start(state.index, position, state, state.rules) is not None \
        and _document_phrase(state, position) is not None


def _content_start(index: TextIndex, position: int, state: ScanState, rules: RuleSet) -> int | None:
    """The clause after the verb, past a complementizer, a comma or a colon; None when the
    passive has an agent of its own (`oleh` right after it) or the sentence ends."""
    tokens = index.tokens
    following = position + 1
    if following < len(tokens) and (tokens[following].text.lower() in rules.complementizers
                                    or tokens[following].text in (",", ":")):
        following += 1
    elif following < len(tokens) and tokens[following].text.lower() in rules.backward_agent_markers:
        return None
    if following >= len(tokens) or tokens[following].start >= state.sentence.end \
            or not (tokens[following].text[:1].isalnum() or tokens[following].text[:1] in OPENING_MARKS):
        return None
    return tokens[following].start


def _read_document_frame(state: ScanState, position: int, lower: str) -> Hit | None:
    """The document phrase is the speaker (its issuer when it names one: "Dalam siaran pers
    Kemenkeu" -> the ministry; else the document as written, a role), the clause after the
    passive the report."""
    index, rules = state.index, state.rules
    phrase = _document_phrase(state, position)
    content_start = _content_start(index, position, state, rules)
    if phrase is None or content_start is None or rules.cues.document_frames is None:
        return None
    mention = parse_speaker_phrase(phrase, index, rules) \
        or Mention(phrase[0].start, phrase[-1].end, "role", name=index.document.text[phrase[0].start:phrase[-1].end])
    token = index.tokens[position]
    return Hit(cue=Span(token.start, token.end), lemma=lower, rule=rules.cues.document_frames.id,
               kind="according_to", mention=mention, segment_start=phrase[0].start, content_start=content_start)


DOCUMENT_FRAME = CueKind("document_frame", _is_document_frame, _read_document_frame, word_gate=_is_frame_word)
