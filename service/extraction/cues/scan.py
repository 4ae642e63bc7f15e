"""The scan: every attribution in the text, read by the cue kinds in a stated order."""

from __future__ import annotations

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
from service.extraction.document import Document, Span
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
    in text order (the cue kinds of CUE_READERS read each token: `read_token`)."""
    hits: list[Hit] = []
    tokens = index.tokens
    lowered = index.lowered  # each token's lowercase text, built once and shared with other stages
    skipped = document.tokens_in_quote_marks_or_boilerplate()
    readings = _readings_memo(rules)
    previous_sentence: Span | None = None
    for sentence in document.sentences:
        deadline.check()
        state = ScanState(document, index, rules, sentence, index.token_at(sentence.start), previous_sentence,
                          last_hit_end=sentence.start)
        for position in range(state.first, len(tokens)):
            token = tokens[position]
            if token.start >= sentence.end:
                break
            if skipped[position]:
                continue
            reading = readings.get(token.text)
            if reading is None:
                reading = readings[token.text] = _read_word(token.text, lowered[position], rules)
            misspelt, lower, word_kinds = reading
            if not word_kinds[True][True]:
                continue  # no kind's word gate takes the word anywhere (most words): no place to test
            after_mark = position > 0 and tokens[position - 1].text in CLOSING_MARKS
            kinds = word_kinds[position == state.first][after_mark]
            if not kinds:
                continue  # no kind's test can accept the word here
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
