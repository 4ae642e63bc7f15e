"""The scan: every attribution in the text, read by the cue kinds in a stated order."""

from __future__ import annotations

from service.deadline import NO_DEADLINE, Deadline
from service.extraction.cues.according_to import ACCORDING_TO, SOURCE_FRAME
from service.extraction.cues.hit import CueKind, Hit, ScanState
from service.extraction.cues.passive import BACKWARD_PASSIVE, PASSIVE_AGENT, PASSIVE_CLITIC, PASSIVE_INSIDE
from service.extraction.cues.postposed import ACCORDING_TO_CLITIC, CLITIC, POSTPOSED, POSTPOSED_BY_POSITION
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
CUE_READERS: list[CueKind] = [
    ACCORDING_TO_CLITIC,
    CLITIC,
    POSTPOSED,
    POSTPOSED_BY_POSITION,
    ACCORDING_TO,
    SOURCE_FRAME,
    PASSIVE_CLITIC,
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
    previous_sentence: Span | None = None
    for sentence in document.sentences:
        deadline.check()
        state = ScanState(document, index, rules, sentence, index.token_at(sentence.start), previous_sentence,
                          last_hit_end=sentence.start)
        for position in range(state.first, len(tokens)):
            token = tokens[position]
            if token.start >= sentence.end:
                break
            if document.in_quote_marks(token.start) or document.in_boilerplate(token.start):
                continue
            hit = read_token(state, position, token.text.lower())
            if hit is not None:
                hit.sentence = sentence
                hits.append(hit)
                state.last_mention = hit.mention
                state.last_hit_end = hit.cue.end
        previous_sentence = sentence
    return hits


def read_token(state: ScanState, position: int, lower: str) -> Hit | None:
    """The attribution a token starts: the cue kinds are tried in order and the first answer
    wins, but the first word kind whose test matches owns the word (see `CueKind`): the word
    kinds after it are skipped even when it finds nothing; opening kinds are still tried."""
    word_owned = False
    for kind in CUE_READERS:
        if (word_owned and kind.reads == "word") or not kind.test(state, position, lower):
            continue
        hit = kind.read(state, position, lower)
        if hit is not None:
            return hit
        word_owned = word_owned or kind.reads == "word"
    return None
