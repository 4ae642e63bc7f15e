"""What a cue reader finds (`Hit`), what it knows while it reads (`ScanState`) and what a
cue kind is (`CueKind`: a test on the token and a reader of the attribution it starts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from service.extraction.document import Document, Mention, Span
from service.extraction.mentions import TextIndex
from service.extraction.rules import RuleSet

CLOSING_MARKS = set("”\"'’»")
OPENING_MARKS = frozenset("“\"'‘«”")

# How a hit reports: a postposed cue reports the clause before it (or around it), a verb the
# clause after it, `menurut X` either, the backward passive the whole sentence before its own
HitKind = Literal["postposed", "verb", "according_to", "backward_passive"]


@dataclass(kw_only=True, eq=False)
class Hit:
    """One attribution found in the text. Compared and hashed by identity: two hits are two
    places in the text even when they read alike, so the passes can keep sets of them."""

    cue: Span
    lemma: str
    rule: str
    kind: HitKind
    mention: Mention | None
    segment_start: int
    content_start: int | None = None  # where a reported clause starts, if one follows
    backward_content: bool = False  # "CLAUSE, kata X": the clause is before the cue
    clause_before_only: bool = False  # "CLAUSE menurut X, ADJUNCT": never the whole sentence
    content_span: Span | None = None  # a whole earlier sentence ("… . Hal itu disampaikan X.")
    complement: str = "optional"
    sentence: Span = field(default_factory=lambda: Span(0, 0))


@dataclass
class ScanState:
    """What the scan of one sentence knows while it reads cues left to right."""

    document: Document
    index: TextIndex
    rules: RuleSet
    sentence: Span
    first: int  # index of the sentence's first token
    previous_sentence: Span | None
    last_mention: Mention | None = None  # the speaker of the last cue read in this sentence
    last_hit_end: int = 0

    def previous_text(self, position: int) -> str:
        return self.index.tokens[position - 1].text if position > 0 else ""

    def in_sentence(self, position: int) -> bool:
        """Whether a token at this index exists and starts inside the sentence being scanned."""
        tokens = self.index.tokens
        return position < len(tokens) and tokens[position].start < self.sentence.end


CueTest = Callable[[ScanState, int, str], bool]
CueReader = Callable[[ScanState, int, str], "Hit | None"]
WordGate = Callable[[str, RuleSet], bool]


@dataclass(frozen=True)
class CueKind:
    """One kind of cue: `test` says whether the token (index, lowercase text) is such a cue,
    `read` reads the attribution it starts, or None when it finds no speaker.

    A kind that reads the cue `word` at the token owns the token once its test matches: the
    later word kinds are not tried even when it finds nothing ("bilang" after a quote is a
    postposed cue, never a verb whose subject is missing). A kind that reads the sentence
    `opening` ("Hal itu disampaikan X.": its cue is a later word) is tried wherever no word
    kind found an attribution.

    `word_gate`, when set, is a test on the lowercase word alone that every token `test`
    accepts also passes: the scan skips the kind for a word that fails it without calling
    `test` (most words are no cue of any kind), which never changes what the scan finds.
    `at_sentence_start`, when set, says that `test` accepts only a sentence's first token
    (`ScanState.first`): the scan does not ask it at the other tokens. `after_closing_mark`,
    when set, says that `test` accepts only a token right after a closing quotation mark
    (CLOSING_MARKS): the scan does not ask it elsewhere (a kind that reads any word of letters
    there would otherwise be asked at nearly every token)."""

    name: str
    test: CueTest
    read: CueReader
    reads: Literal["word", "opening"] = "word"
    word_gate: WordGate | None = None
    at_sentence_start: bool = False
    after_closing_mark: bool = False
