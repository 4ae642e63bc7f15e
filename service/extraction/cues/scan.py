"""The scan: every attribution in the text, read by the cue kinds in a stated order."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from weakref import WeakKeyDictionary

from service.deadline import NO_DEADLINE, Deadline
from service.extraction.cues.according_to import ACCORDING_TO, SOURCE_FRAME
from service.extraction.cues.document_frame import DOCUMENT_FRAME
from service.extraction.cues.hit import CLOSING_MARKS, CueKind, Hit, ScanState
from service.extraction.cues.passive import BACKWARD_PASSIVE, PASSIVE_AGENT, PASSIVE_CLITIC, PASSIVE_INSIDE
from service.extraction.cues.postposed import (
    ACCORDING_TO_CLITIC,
    CLITIC,
    NAME_AFTER_QUOTE,
    NAME_BEFORE_COLON,
    POSTPOSED,
    POSTPOSED_BY_POSITION,
    STATEMENT_FRAME,
)
from service.extraction.cues.spelling import intended_verb
from service.extraction.cues.verbs import NOUN_CUE, REPORTING_VERB
from service.extraction.document import Document, Span, Token
from service.extraction.mentions import TextIndex
from service.extraction.rules import RuleSet

# The cue kinds in the order they are tried. The order matters where a word fits two kinds:
# a clitic of `menurut` (Menurutnya) before other clitics; clitics before postposed cues;
# postposed cues ("…,” bilang X") before reporting verbs ("X bilang …"); the clitic passive
# (disebutnya) before the passive with an agent (Disampaikan X,). The backward passive reads
# the sentence opening, not the word at the token: it comes last, where no word kind found
# an attribution at the sentence's first token.
MIN_MISSPELT_CHARS = 5  # shorter words are never checked for a misspelt verb (a cheap first gate)

CUE_READERS: list[CueKind] = [
    ACCORDING_TO_CLITIC,
    CLITIC,
    POSTPOSED,
    POSTPOSED_BY_POSITION,
    NAME_AFTER_QUOTE,
    NAME_BEFORE_COLON,
    STATEMENT_FRAME,
    ACCORDING_TO,
    SOURCE_FRAME,
    PASSIVE_CLITIC,
    DOCUMENT_FRAME,
    PASSIVE_AGENT,
    PASSIVE_INSIDE,
    REPORTING_VERB,
    NOUN_CUE,
    BACKWARD_PASSIVE,
]


def find_hits(document: Document, index: TextIndex, rules: RuleSet, deadline: Deadline = NO_DEADLINE) -> list[Hit]:
    """Every attribution in the text, sentence by sentence, outside quotes and boilerplate,
    in text order (the cue kinds of CUE_READERS read each token: `read_token`). Only the
    tokens where some kind's test may accept the word are visited (`scanned_positions`, and
    each sentence's first token): at the others no kind can, and the scan's state changes
    only at a hit."""
    hits: list[Hit] = []
    tokens = index.tokens
    skipped = document.tokens_in_quote_marks_or_boilerplate()
    readings = _readings_memo(rules)
    positions = scanned_positions(document, index, rules, readings)
    previous_sentence: Span | None = None
    for sentence in document.sentences:
        deadline.check()
        first = index.token_at(sentence.start)
        state: ScanState | None = None
        for position in _positions_in_sentence(positions, first, sentence.end, tokens, skipped):
            misspelt, lower, word_kinds = readings[tokens[position].text]
            after_mark = position > 0 and tokens[position - 1].text in CLOSING_MARKS
            kinds = word_kinds[position == first][after_mark]
            if not kinds:
                continue  # no kind's test can accept the word here
            if state is None:
                state = ScanState(document, index, rules, sentence, first, previous_sentence,
                                  last_hit_end=sentence.start)
            hit = read_token(state, position, lower, kinds)
            if hit is not None:
                if misspelt is not None and rules.cues.misspelt_verbs is not None:
                    hit.rule = rules.cues.misspelt_verbs.id  # the verb was read through its typo
                hit.sentence = sentence
                hits.append(hit)
                state.last_mention = hit.mention
                state.last_hit_end = hit.cue.end
        previous_sentence = sentence
    return hits


def scanned_positions(document: Document, index: TextIndex, rules: RuleSet,
                      readings: dict[str, WordReading]) -> list[int]:
    """The indexes, in text order, of the tokens outside quotes and boilerplate where a cue
    kind may accept the word although the token opens no sentence: a word some kind's word
    gate takes there (about one word in twenty), and any word right after a closing quotation
    mark (kinds with no word gate read a token there: `CueKind.after_closing_mark`). Each
    distinct token text is read once (`readings`), from the document's index of tokens by
    text, so a word no kind takes costs no Python step per occurrence."""
    skipped = document.tokens_in_quote_marks_or_boilerplate()
    lowered = index.lowered  # each token's lowercase text, built once and shared with other stages
    by_text = document.tokens_by_text()
    positions: list[int] = []
    for text, written in by_text.items():
        reading = readings.get(text)
        if reading is None:
            reading = readings[text] = _read_word(text, lowered[written[0].index], rules)
        if reading[2][False][False]:
            positions.extend([token.index for token in written if not skipped[token.index]])
    last = len(document.tokens) - 1
    for mark in CLOSING_MARKS:
        positions.extend([token.index + 1 for token in by_text.get(mark, ())
                          if token.index < last and not skipped[token.index + 1]])
    return sorted(set(positions))


def _positions_in_sentence(positions: list[int], first: int, end: int, tokens: list[Token],
                           skipped: list[bool]) -> Iterator[int]:
    """The tokens of a sentence the scan visits, in order: its first token (`first`; the
    backward passive reads any word there) unless skipped, then the `scanned_positions` after
    it that start before the sentence's `end`."""
    if first >= len(tokens) or tokens[first].start >= end:
        return
    if not skipped[first]:
        yield first
    at = bisect_right(positions, first)
    while at < len(positions) and tokens[positions[at]].start < end:
        yield positions[at]
        at += 1


def _misspelt_verb(text: str, lower: str, rules: RuleSet) -> str | None:
    """The reporting verb a lowercase word misspells (cues.yml misspelt_verbs), or None;
    a capitalised word may be a name and is never read so."""
    if text != lower or len(lower) < MIN_MISSPELT_CHARS:
        return None
    return intended_verb(lower, rules)


KindsAfterMark = tuple[tuple[CueKind, ...], tuple[CueKind, ...]]  # [not after, after] a closing mark
KindsByPlace = tuple[KindsAfterMark, KindsAfterMark]  # [elsewhere, at] a sentence's first token


def _kinds_by_place(kinds: tuple[CueKind, ...]) -> KindsByPlace:
    """A word's kinds by where its token stands, `[at the sentence's first token][right after a
    closing quotation mark]`: elsewhere than the first token less the kinds that read only that
    token (`CueKind.at_sentence_start`), elsewhere than after a closing mark less the kinds
    that read only a token there (`CueKind.after_closing_mark`)."""
    elsewhere = tuple(kind for kind in kinds if not kind.at_sentence_start)
    return _kinds_by_mark(elsewhere), _kinds_by_mark(kinds)


def _kinds_by_mark(kinds: tuple[CueKind, ...]) -> KindsAfterMark:
    return tuple(kind for kind in kinds if not kind.after_closing_mark), kinds


# how the scan reads a token's text: the verb it misspells (or None), the word read (that verb
# or the text in lowercase), and that word's cue kinds by place
WordReading = tuple[str | None, str, KindsByPlace]
MAX_MEMO_WORDS = 200_000  # token texts whose reading is kept between documents, per rule set
_READINGS_BY_RULES: WeakKeyDictionary[RuleSet, dict[str, WordReading]] = WeakKeyDictionary()


def _read_word(text: str, lower: str, rules: RuleSet) -> WordReading:
    """A token text's reading (`WordReading`); `lower` is the text in lowercase."""
    misspelt = _misspelt_verb(text, lower, rules)
    read_as = misspelt or lower
    return misspelt, read_as, _kinds_by_place(kinds_for_word(read_as, rules))


def _readings_memo(rules: RuleSet) -> dict[str, WordReading]:
    """The token texts already read by `_read_word` under these rules (a rule set never changes
    once loaded). A reading depends on the text alone, so the misspelling check and the kinds'
    word gates run once per distinct text per process, not once per token."""
    memo = _READINGS_BY_RULES.get(rules)
    if memo is None or len(memo) >= MAX_MEMO_WORDS:
        memo = _READINGS_BY_RULES[rules] = {}
    return memo


def kinds_for_word(lower: str, rules: RuleSet) -> tuple[CueKind, ...]:
    """The cue kinds, in CUE_READERS order, whose word gate the word passes (or that have none):
    the others' tests would refuse it wherever it stands."""
    return tuple(kind for kind in CUE_READERS if kind.word_gate is None or kind.word_gate(lower, rules))


def read_token(state: ScanState, position: int, lower: str,
               kinds: tuple[CueKind, ...] | list[CueKind] = CUE_READERS) -> Hit | None:
    """The attribution a token starts: the cue kinds are tried in order and the first answer
    wins, but the first word kind whose test matches owns the word (see `CueKind`): the word
    kinds after it are skipped even when it finds nothing; opening kinds are still tried.
    `kinds` may leave out the kinds whose word gate the word fails (`kinds_for_word`)."""
    word_owned = False
    for kind in kinds:
        if (word_owned and kind.reads == "word") or not kind.test(state, position, lower):
            continue
        hit = kind.read(state, position, lower)
        if hit is not None:
            return hit
        word_owned = word_owned or kind.reads == "word"
    return None
