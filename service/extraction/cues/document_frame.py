"""A document named in a fronted `dalam` phrase speaks through an agentless passive of saying
("Dalam surat itu disebutkan bahwa CLAUSE", "Dalam dokumen gugatan, disebutkan CLAUSE") or a
verb of saying with no other subject ("Dalam riset itu menyebutkan, CLAUSE"). The
guidelines count such passives as cues whose source is the document ("di dalamnya disebutkan
bahwa …"); a bare agentless passive ("Diberitakan sebelumnya") stays no cue. The clitic form
("UU ini mengizinkan …, di dalamnya disebutkan bahwa …") points back at the nearest document
named in its sentence or the one before, wherever it stands in its sentence."""

from __future__ import annotations

from service.extraction.cues.hit import OPENING_MARKS, CueKind, Hit, ScanState
from service.extraction.document import Mention, Span, Token
from service.extraction.mentions import TextIndex
from service.extraction.rules import RuleSet
from service.extraction.speaker_phrases import parse_speaker_phrase, role_mention


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
    opening = _fronted_preposition(state, position, frames.preposition, frames.max_opening_words)
    if opening is None or not _is_document_noun(tokens[opening + 1].text.lower(), rules):
        return None
    if _subject_before(state, opening):
        return None
    end = position - 1 if tokens[position - 1].text == "," else position
    while end > opening + 2 and tokens[end - 1].text.lower() in rules.subject_adverbs:
        end -= 1  # "Dalam unggahan itu juga disebutkan": the adverb is the verb's, not the document's
    phrase = tokens[opening + 1:end]
    if not phrase or len(phrase) > frames.max_phrase_words:
        return None
    if any(not token.text[:1].isalnum() and token.text not in "()" for token in phrase):
        return None
    if any(rules.is_active_verb(token.text) or rules.is_passive_verb(token.text) for token in phrase):
        return None
    return phrase


def _fronted_preposition(state: ScanState, position: int, preposition: str, max_words: int) -> int | None:
    """Where the preposition stands among the sentence's first words, at most `max_words` words
    before it; a comma after a connective is no word ("Sementara itu, dalam surat …")."""
    tokens = state.index.tokens
    words = 0
    for at in range(state.first, position - 1):
        if tokens[at].text.lower() == preposition:
            return at
        if tokens[at].text != ",":
            words += 1
        if words > max_words:
            return None
    return None


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
    if lower not in state.rules.document_frame_words \
            or _content_start(state.index, position, state, state.rules) is None:
        return False
    if _clitic_before(state, position):
        return _antecedent_phrase(state, position - 1) is not None
    return position >= state.first + 2 and _document_phrase(state, position) is not None


def _clitic_before(state: ScanState, position: int) -> bool:
    """Whether the word right before the verb is the frame's preposition with the clitic
    ("di dalamnya disebutkan"): the document is named before, not in a fronted phrase."""
    frames = state.rules.cues.document_frames
    if frames is None or frames.clitic is None or position <= state.first:
        return False
    return state.index.tokens[position - 1].text.lower() == frames.preposition + state.rules.cues.clitic.suffix


def _antecedent_phrase(state: ScanState, clitic: int) -> list[Token] | None:
    """The document the clitic points back at: the nearest document noun before it, in its
    sentence or the `max_sentences_back` before, and the words after that noun that name it
    (`_names_the_document`: "Peraturan … Tahun 2018" before "tentang …", "surat edaran" before
    "kepada …"), at most `max_phrase_words` words."""
    frames = state.rules.cues.document_frames
    if frames is None or frames.clitic is None:
        return None
    tokens, rules, document = state.index.tokens, state.rules, state.index.document
    sentence = document.sentences_before(state.sentence.start)
    earliest = document.sentences[max(0, sentence - frames.clitic.max_sentences_back)].start \
        if sentence < len(document.sentences) else state.sentence.start
    head = next((at for at in range(clitic - 1, -1, -1)
                 if tokens[at].start >= earliest and _is_document_noun(tokens[at].text.lower(), rules)), None)
    if head is None:
        return None
    while head > 0 and tokens[head - 1].start >= earliest and _is_document_noun(tokens[head - 1].text.lower(), rules):
        head -= 1  # "surat edaran": the document's name opens at its first document noun
    end = head + 1
    while end < clitic and end - head < frames.max_phrase_words and _names_the_document(tokens[end], rules):
        end += 1
    return tokens[head:end]


def _names_the_document(token: Token, rules: RuleSet) -> bool:
    """A word that may go on a document's name: a bracket, a figure, a capitalised word ("UU
    Nomor 5 Tahun 2018", "laporan Bank Dunia"), another document noun ("surat edaran") or a
    demonstrative ("surat itu"); a lowercase word of any other kind (a preposition, a verb)
    starts what the document is about or who it went to, not its name."""
    text = token.text
    if text in ("(", ")") or text[:1].isdigit() or text[:1].isupper():
        return True
    lower = text.lower()
    return _is_document_noun(lower, rules) or lower in rules.demonstratives


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
    frames = rules.cues.document_frames
    clitic = _clitic_before(state, position)
    phrase = _antecedent_phrase(state, position - 1) if clitic else _document_phrase(state, position)
    content_start = _content_start(index, position, state, rules)
    if phrase is None or content_start is None or frames is None:
        return None
    mention = _document_mention(phrase, index, rules)
    token = index.tokens[position]
    if clitic and frames.clitic is not None:
        return Hit(cue=Span(token.start, token.end), lemma=lower, rule=frames.clitic.id, kind="according_to",
                   mention=mention, segment_start=index.tokens[position - 1].start, content_start=content_start)
    return Hit(cue=Span(token.start, token.end), lemma=lower, rule=frames.id,
               kind="according_to", mention=mention, segment_start=phrase[0].start, content_start=content_start)


def _document_mention(phrase: list[Token], index: TextIndex, rules: RuleSet) -> Mention:
    """Who speaks for the document: a numbered statute written as a name ("Peraturan Pemerintah
    (PP) Nomor 43 Tahun 2018", "UU Nomor 5") speaks for itself, as written (guidelines: a
    statute with no issuer named speaks for itself; "Pemerintah" there is part of its name, no
    issuer); else the issuer the phrase names, else the phrase as a role."""
    as_written = role_mention(phrase, index)
    if _is_numbered_statute(phrase, index):
        return as_written
    return parse_speaker_phrase(phrase, index, rules) or as_written


def _is_numbered_statute(phrase: list[Token], index: TextIndex) -> bool:
    """A document noun written capitalised where no sentence starts, then a figure in its name."""
    head = phrase[0]
    return head.text[:1].isupper() and not index.document.opens_sentence(head) \
        and any(token.text[:1].isdigit() for token in phrase[1:])


DOCUMENT_FRAME = CueKind("document_frame", _is_document_frame, _read_document_frame, word_gate=_is_frame_word)
