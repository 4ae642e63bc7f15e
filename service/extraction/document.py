"""The document object that every pipeline stage reads and extends.

Offsets are Python string indices into the posted text, end exclusive, everywhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from typing import Any, Literal

QuoteType = Literal["direct", "indirect", "mixed"]
Resolution = Literal["name", "clitic", "pronoun", "role", "carry", "subject", "none"]


# The spans built by the thousand per article (a token per word, a span per entity and
# sentence) set their fields through their slots' own setters (`_slot_setter`), not the frozen
# dataclass's generated `__init__`, which looks `object.__setattr__` up anew for every field,
# nor `object.__setattr__` itself, which finds the slot by its name on the class each time:
# the same object (fields, equality, hash, repr and immutability are the dataclass's own; a
# dataclass keeps an `__init__` its class defines), about half the time per object. Writing
# through `__dict__` would be cheaper still, but it gives the instance a dict of its own, and
# every later attribute read got twice as slow.
def _slot_setter(owner: type, name: str) -> Callable[[Any, Any], None]:
    """The setter of the slot `name` that `owner` (a slotted class) declares itself: it writes
    that field of any instance of `owner` or of a subclass, frozen or not."""
    setter: Callable[[Any, Any], None] = owner.__dict__[name].__set__
    return setter


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        _set_start(self, start)
        _set_end(self, end)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


_set_start = _slot_setter(Span, "start")
_set_end = _slot_setter(Span, "end")


@dataclass(frozen=True, slots=True)
class Token(Span):
    text: str
    index: int

    def __init__(self, start: int, end: int, text: str, index: int) -> None:
        _set_start(self, start)
        _set_end(self, end)
        _set_token_text(self, text)
        _set_token_index(self, index)


_set_token_text = _slot_setter(Token, "text")
_set_token_index = _slot_setter(Token, "index")


def tokens_in_bulk(starts: Sequence[int], ends: Sequence[int], texts: Sequence[str]) -> list[Token]:
    """`[Token(start, end, text, index) …]` for the columns given, index by position: the same
    tokens, made column by column in C (`map` over `object.__new__` and each slot's setter)
    instead of a Python `__init__` frame per token, about a third of the time of building an
    article's tokens one by one."""
    count = len(texts)
    tokens: list[Token] = list(map(object.__new__, repeat(Token, count)))
    for setter, column in ((_set_start, starts), (_set_end, ends), (_set_token_text, texts),
                           (_set_token_index, range(count))):
        _exhaust(map(setter, tokens, column))
    return tokens


# runs an iterator to its end in C, keeping nothing
_SINK: deque[object] = deque(maxlen=0)
_exhaust = _SINK.extend


@dataclass(frozen=True, slots=True)
class Entity(Span):
    label: str  # PER, ORG, LOC

    def __init__(self, start: int, end: int, label: str) -> None:
        _set_start(self, start)
        _set_end(self, end)
        _set_entity_label(self, label)


_set_entity_label = _slot_setter(Entity, "label")


@dataclass(frozen=True, slots=True)
class QuoteMarkSpan(Span):
    """A stretch of text between an opening and a closing quotation mark."""

    content_start: int
    content_end: int
    mark_rule: str
    bounded: bool = False  # cut at a bound because the closing mark was missing


@dataclass(frozen=True, slots=True)
class Mention(Span):
    kind: Literal["name", "clitic", "pronoun", "role", "organization"]
    name: str | None = None  # the name inside the mention (titles removed), if any


@dataclass
class Speaker:
    mention: Mention | None
    resolution: Resolution
    name: str | None = None
    person_key: int | None = None  # index into Document.people once canonicalised
    antecedent: Mention | None = None
    rule: str | None = None  # the speaker slot's choice: "generator id@ranker" (service/extraction/speakers.py)
    candidate: SpeakerCandidate | None = None  # the chosen candidate, kept when the slot keeps them all


Signals = dict[str, float | bool]


@dataclass(frozen=True)
class SpeakerCandidate:
    """One way the speaker slot found a possible speaker for a quote: the generator's id, the
    name and where it is written (None for a carried speaker or one with no name), and the
    signals the generator computed, as plain numbers and booleans a ranker can learn from."""

    generator: str
    name: str | None
    mention: Mention | None
    signals: Signals = field(default_factory=dict)
    role_words: frozenset[str] = frozenset()  # the roles the article gave the person named there


# How sure a quote's speaker is, by how it was found (a quote's `confidence` is this, scaled
# down for a clause boundary or a missing closing mark). An organisation named as the
# speaker counts a little below a person's name: organisation spans are less certain.
CONFIDENCE: dict[str, float] = {"name": 0.9, "organization": 0.85, "clitic": 0.8, "pronoun": 0.75, "role": 0.7,
                                "carry": 0.6, "subject": 0.5, "none": 0.3}
SENTENCE_STOPS = frozenset(".!?")  # the marks that end a sentence, read by Document.opens_sentence
# marks after which a word is capitalised by its place inside a sentence: a quotation or a
# heading after a colon opens there ("kata dia: “Pesan itu …”")
CAPITALISING_MARKS = frozenset("\"“”‘’'«»:([")
UNATTRIBUTED_RULE = "unattributed"
CARRY_RULE = "carry"
SUBJECT_RULE = "preceding_subject"  # a cue-less direct quote given the subject of the sentence before it


def rule_id(kind: QuoteType, cue_rule: str) -> str:
    """The `rule` reported for a quote: its type, then the id of the rule that found its cue
    ("direct.cue.postposed", "indirect.verb.say"), or how it got a speaker without one
    ("direct.carry", "direct.preceding_subject", "direct.unattributed")."""
    return f"{kind}.{cue_rule}"


def speaker_confidence(speaker: Speaker) -> float:
    if speaker.mention is not None and speaker.mention.kind == "organization":
        return CONFIDENCE["organization"]
    return CONFIDENCE[speaker.resolution]


@dataclass
class Quote:
    type: QuoteType
    spans: list[Span]
    cue: Span | None
    cue_lemma: str | None
    speaker: Speaker
    rule: str
    confidence: float
    rule_confidence: float | None = None  # the rules' value, kept when the confidence stage scores
    candidates: list[SpeakerCandidate] = field(default_factory=list)  # kept only when the slot is asked to
    # people the salience model holds in focus where the speaker slot chose (service/extraction/speakers.py):
    # how many a clitic, a pronoun or a reader could take the quote's speaker to be
    people_in_focus: int = 0

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


@dataclass(frozen=True)
class Rejection:
    """A candidate quote the false-quote filter turned down, and the id of the rule why."""

    quote: Quote
    reason: str


@dataclass(frozen=True)
class Alias:
    """A short form the article defines: "Zulhas" for Zulkifli Hasan, "MA" for Mahkamah Agung."""

    short: str
    full: str  # canonical: a person's name without titles, or the organisation as written with its abbreviation
    kind: Literal["person", "organization"]


RepairKind = Literal["sentence_break", "sentence_join", "word_break", "credit", "boilerplate", "duplicate"]


@dataclass(frozen=True, slots=True)
class Repair(Span):
    """A damaged stretch of the posted text and how the stages read it (service/extraction/hygiene.py);
    the text itself is never changed."""

    kind: RepairKind
    rule: str


@dataclass(frozen=True)
class NameVariant:
    """Another form of a person's or organisation's name in the article, and the rule that made
    it the same entry ("name.contained", "name.spelling_variant", "name.article_alias", …)."""

    name: str
    rule: str


@dataclass
class Person:
    name: str
    kind: Literal["person", "organization", "other"]
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quote_count: int = 0
    variants: list[NameVariant] = field(default_factory=list)
    rule: str | None = None  # the people check's decision (people.model_kept / people.model_rejected)
    person_probability: float | None = None  # the people check's P(a person of the article)
    # one capitalised word tagged PER with no role, quote, initials marker or age: listed last, for
    # the people check alone to judge (people.no_evidence); without a check it is dropped
    unevidenced: bool = False


@dataclass
class Document:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quote_marks: list[QuoteMarkSpan] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)  # candidates that are not quotes, with why
    people: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    aliases: dict[str, Alias] = field(default_factory=dict)  # lowercased short form -> its long form
    repairs: list[Repair] = field(default_factory=list)  # damaged stretches (hygiene); text unchanged
    _starts_cache: dict[str, tuple[int, list[int]]] = field(default_factory=dict, repr=False)
    _lowered_cache: list[str] | None = field(default=None, repr=False)
    _lowercase_cache: tuple[int, frozenset[str]] | None = field(default=None, repr=False)
    _capitalised_inside_cache: tuple[int, frozenset[str]] | None = field(default=None, repr=False)
    _skipped_cache: tuple[tuple[int, ...], list[bool]] | None = field(default=None, repr=False)
    _by_text_cache: tuple[int, dict[str, list[Token]]] | None = field(default=None, repr=False)
    _by_lowered_cache: tuple[int, dict[str, list[Token]]] | None = field(default=None, repr=False)
    _character_offsets_cache: dict[frozenset[str], list[int]] = field(default_factory=dict, repr=False)
    _phrase_offsets_cache: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def _starts(self, name: str, spans: Sequence[Span], key: str = "start") -> list[int]:
        """Sorted start offsets of a span list, rebuilt only when the list changes length."""
        cached = self._starts_cache.get(name)
        if cached is None or cached[0] != len(spans):
            cached = (len(spans), [getattr(span, key) for span in spans])
            self._starts_cache[name] = cached
        return cached[1]

    def _furthest_ends(self, name: str, spans: Sequence[Span]) -> list[int]:
        """For spans sorted by start, the furthest end among the first i + 1 of them (what
        `overlaps_any` reads), rebuilt only when the list changes length."""
        cached = self._starts_cache.get(name)
        if cached is None or cached[0] != len(spans):
            cached = (len(spans), list(accumulate((span.end for span in spans), max)))
            self._starts_cache[name] = cached
        return cached[1]

    def quote_marks_overlap(self, start: int, end: int) -> bool:
        """Whether a quotation-mark span (mark included) overlaps [start, end): one binary
        search over the sorted starts, where scanning every span per question made the lost
        quote run quadratic in the article's quotes."""
        return overlaps_any(self.quote_mark_starts(), self._furthest_ends("quote_mark_ends", self.quote_marks),
                            start, end)

    def lowered_tokens(self) -> list[str]:
        """Each token's text in lowercase, by token index: built once (rebuilt only if the
        token list changes length), since the aliases stage, the cue scan, the speaker slot
        and the people check each read every token's lowercase form."""
        cached = self._lowered_cache
        if cached is None or len(cached) != len(self.tokens):
            cached = self._lowered_cache = [token.text.lower() for token in self.tokens]
        return cached

    def words_written_lowercase(self) -> frozenset[str]:
        """The alphabetic words the article writes in lowercase somewhere: built once (rebuilt
        only if the token list changes length), since entity repairs and the people check each
        ask whether a capitalised word is an ordinary word the article also writes small."""
        cached = self._lowercase_cache
        if cached is None or cached[0] != len(self.tokens):
            words = frozenset(text for text in self.tokens_by_text() if text.isalpha() and text.islower())
            cached = self._lowercase_cache = (len(self.tokens), words)
        return cached[1]

    def words_capitalised_inside_sentences(self) -> frozenset[str]:
        """The words the article writes capitalised where nothing before them capitalises them
        (no sentence start, line start, quotation mark, colon or bracket): the evidence that a
        capitalised word is a name and not an ordinary word put first ("kata Senja" keeps the
        "Senja" that opens another sentence). Built once per token list."""
        cached = self._capitalised_inside_cache
        if cached is None or cached[0] != len(self.tokens):
            # each capitalised word's tokens read until one is not capitalised by its place
            words = frozenset(text for text, written in self.tokens_by_text().items() if text[:1].isupper()
                              and not all(map(self._capitalised_by_place, written)))
            cached = self._capitalised_inside_cache = (len(self.tokens), words)
        return cached[1]

    def _capitalised_by_place(self, token: Token) -> bool:
        if self.opens_sentence(token):
            return True
        before = self.text[max(0, token.start - 2):token.start].rstrip()
        return bool(before) and before[-1] in CAPITALISING_MARKS

    def token_starts(self) -> list[int]:
        """Each token's start offset, by token index (sorted): built once per token list and
        shared by the stages that search tokens by offset. Read it, never change it."""
        return self._starts("tokens", self.tokens)

    def tokens_in_quote_marks_or_boilerplate(self) -> list[bool]:
        """`in_quote_marks_or_boilerplate` of each token's start, by token index: built once
        (rebuilt when the tokens, quotation marks or boilerplate change), since the aliases
        stage and the cue scan both skip those tokens. Read it, never change it."""
        key = (id(self.tokens), len(self.tokens), id(self.quote_marks), len(self.quote_marks),
               id(self.boilerplate), len(self.boilerplate))
        cached = self._skipped_cache
        if cached is None or cached[0] != key:
            cached = self._skipped_cache = (key, self.in_quote_marks_or_boilerplate(self.token_starts()))
        return cached[1]

    def tokens_with_text(self, text: str) -> list[Token]:
        """The tokens written exactly `text`, in text order: one dict of each token text's
        tokens, built once per token list, so a stage asking where else the article writes a
        word reads just those tokens instead of walking every token per question (quadratic
        over an article's mentions). Read it, never change it."""
        return self.tokens_by_text().get(text, [])

    def tokens_by_text(self) -> dict[str, list[Token]]:
        """Each token text's tokens, in text order (first written first): built once per token
        list, for `tokens_with_text` and for a stage that decides per distinct word rather than
        per token (the cue scan). Read it, never change it."""
        cached = self._by_text_cache
        if cached is None or cached[0] != len(self.tokens):
            by_text: dict[str, list[Token]] = {}
            for token in self.tokens:  # no list made per token, as `setdefault` would
                same = by_text.get(token.text)
                if same is None:
                    by_text[token.text] = [token]
                else:
                    same.append(token)
            cached = self._by_text_cache = (len(self.tokens), by_text)
        return cached[1]

    def tokens_with_texts(self, texts: Collection[str]) -> list[Token]:
        """The tokens written exactly as one of `texts`, in text order: the words an article
        writes that way picked by one set intersection over `tokens_by_text`, so a stage that
        reads a few listed words visits only their tokens, not every token of the article."""
        return _in_text_order(self.tokens_by_text(), texts)

    def tokens_with_lowered_texts(self, lowered: Collection[str]) -> list[Token]:
        """The tokens whose lowercase text is one of `lowered`, in text order: the lowercase
        twin of `tokens_with_texts`."""
        return _in_text_order(self._by_lowered(), lowered)

    def tokens_with_lowered_text(self, lowered: str) -> list[Token]:
        """The tokens whose lowercase text is `lowered`, in text order: the lowercase twin of
        `tokens_with_text` (built once per token list from `tokens_by_text`, each distinct text
        lowered once), for a stage asking where else the article writes a word in any case.
        Read it, never change it."""
        return self._by_lowered().get(lowered, [])

    def _by_lowered(self) -> dict[str, list[Token]]:
        """Each lowercase token text's tokens, in text order (`tokens_with_lowered_text`)."""
        cached = self._by_lowered_cache
        if cached is None or cached[0] != len(self.tokens):
            by_lowered: dict[str, list[Token]] = {}
            for text, written in self.tokens_by_text().items():
                lower = text.lower()
                same = by_lowered.get(lower)
                if same is None:
                    by_lowered[lower] = written
                else:  # "Ia" and "ia": the writings of one lowercase word merged in text order
                    by_lowered[lower] = sorted((*same, *written), key=_token_index)
            cached = self._by_lowered_cache = (len(self.tokens), by_lowered)
        return cached[1]

    def writes_any_between(self, characters: frozenset[str], start: int, end: int) -> bool:
        """Whether the text writes one of `characters` (quotation marks, say) in [start, end):
        one binary search over the sorted offsets of those characters, found once per document
        and character set, where a `str.find` per character and question read the stretch again
        for every cue of a long sentence."""
        offsets = self._character_offsets_cache.get(characters)
        if offsets is None:
            pattern = "[" + "".join(re.escape(character) for character in sorted(characters)) + "]"
            offsets = self._character_offsets_cache[characters] = [
                match.start() for match in re.finditer(pattern, self.text)]
        position = bisect_left(offsets, start)
        return position < len(offsets) and offsets[position] < end

    def phrase_offsets(self, phrase: str) -> list[int]:
        """Every offset where the text writes `phrase`, overlapping writings too, in order: found
        once per document and phrase, so a question asked per quote (does an organisation's long
        form hold this speaker?) reads the list instead of searching the text again."""
        offsets = self._phrase_offsets_cache.get(phrase)
        if offsets is None:
            offsets = self._phrase_offsets_cache[phrase] = []
            at = self.text.find(phrase)
            while at >= 0:
                offsets.append(at)
                at = self.text.find(phrase, at + 1)
        return offsets

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens starting in [start, end): two binary searches and one slice of just those
        tokens (slicing to the end of the list first made a call cost the whole document)."""
        cached = self._starts_cache.get("tokens")  # `token_starts`, read in place: asked ~200 times per article
        starts = cached[1] if cached is not None and cached[0] == len(self.tokens) else self.token_starts()
        return self.tokens[bisect_left(starts, start):bisect_left(starts, end)]

    def in_boilerplate(self, offset: int) -> bool:
        """Whether offset lies in boilerplate; spans are sorted and merged (binary search)."""
        position = bisect_right(self._starts("boilerplate", self.boilerplate), offset) - 1
        return position >= 0 and offset < self.boilerplate[position].end

    def sentences_before(self, offset: int) -> int:
        """How many sentences start before `offset` (the index of the first sentence at or after
        it): one binary search over the cached starts, not a list built per question."""
        return bisect_left(self._starts("sentences", self.sentences), offset)

    def sentence_of(self, offset: int) -> Span:
        position = bisect_right(self._starts("sentences", self.sentences), offset) - 1
        if position >= 0 and offset < self.sentences[position].end:
            return self.sentences[position]
        return Span(offset, offset)

    def opens_sentence(self, token: Token) -> bool:
        """Whether the token is the first word of a sentence, cut there by the splitter or not:
        it opens the text, a line or the splitter's sentence, or follows a sentence's final stop
        (a stop token; a comma glued after a stop, "… pulang.,Kehadiran …"; a stop glued to the
        word, "… krisis.Menurutnya …", where the scraper lost the space). A capitalised word
        there is capitalised by its place: a noun opening a name is no part of it, and a clitic
        cue opening its sentence needs no comma."""
        text, start = self.text, token.start
        if start > 1 and text[start - 1] in SENTENCE_STOPS and text[start - 2].isalpha():
            return True
        if token.index == 0 or self.sentence_of(start).start == start:
            return True
        prior = self.tokens[token.index - 1]
        return prior.text in SENTENCE_STOPS or "\n" in text[prior.end:start] \
            or prior.text == "," and prior.start > 0 and text[prior.start - 1] in SENTENCE_STOPS

    def paragraph_of(self, offset: int) -> Span:
        position = bisect_right(self._starts("paragraphs", self.paragraphs), offset) - 1
        if position >= 0 and offset < self.paragraphs[position].end:
            return self.paragraphs[position]
        return Span(offset, offset)

    def quote_mark_starts(self) -> list[int]:
        """The starts of the quotation-mark spans, sorted (built once)."""
        return self._starts("quote_mark_starts", self.quote_marks, "start")

    def in_quote_marks(self, offset: int) -> bool:
        """Whether offset lies inside the content of a quotation-mark span (binary search)."""
        position = bisect_right(self._starts("quote_marks", self.quote_marks, "content_start"), offset) - 1
        return position >= 0 and offset < self.quote_marks[position].content_end

    def in_quote_marks_or_boilerplate(self, offsets: Sequence[int]) -> list[bool]:
        """`in_quote_marks(offset) or in_boilerplate(offset)` for each offset (the cue scan and
        the aliases stage ask for every token): for offsets in ascending order, each span marks
        its run of offsets by two binary searches and one slice, with no Python step per offset."""
        offsets = list(offsets)
        mark_starts = self._starts("quote_marks", self.quote_marks, "content_start")
        mark_ends = [mark.content_end for mark in self.quote_marks]
        boilerplate_starts = self._starts("boilerplate", self.boilerplate)
        boilerplate_ends = [span.end for span in self.boilerplate]
        if offsets != sorted(offsets):
            return [_inside(offset, mark_starts, mark_ends) or _inside(offset, boilerplate_starts, boilerplate_ends)
                    for offset in offsets]
        flags = [False] * len(offsets)
        _mark_inside(flags, offsets, mark_starts, mark_ends)
        _mark_inside(flags, offsets, boilerplate_starts, boilerplate_ends)
        return flags


def _token_index(token: Token) -> int:
    return token.index


def _in_text_order(by_text: dict[str, list[Token]], texts: Collection[str]) -> list[Token]:
    """The tokens `by_text` holds under any of `texts`, sorted by index (each token is held under
    one text only): the texts the article writes found by a set intersection in C."""
    written = by_text.keys() & texts
    if len(written) == 1:
        return list(by_text[next(iter(written))])
    return sorted((token for text in written for token in by_text[text]), key=_token_index)


def sorted_reach(spans: Iterable[Span]) -> tuple[list[int], list[int]]:
    """The starts of `spans` sorted by start, and the furthest end among the first i + 1 of
    them: the two lists `overlaps_any` and `covers_any` search."""
    ordered = sorted((span.start, span.end) for span in spans)
    return [start for start, _ in ordered], list(accumulate((end for _, end in ordered), max))


def overlaps_any(starts: list[int], furthest_ends: list[int], start: int, end: int) -> bool:
    """Whether any of some spans sorted by start (their `starts`, and `furthest_ends[i]` the
    furthest end among the first i + 1) overlaps [start, end) as `Span.overlaps` asks: of the
    spans starting before `end`, the one reaching furthest ends after `start`."""
    count = bisect_left(starts, end)
    return count > 0 and furthest_ends[count - 1] > start


def covers_any(starts: list[int], furthest_ends: list[int], start: int, end: int) -> bool:
    """Whether any of some spans sorted by start (as `overlaps_any` reads them) contains
    [start, end) as `Span.contains` asks: of the spans starting at or before `start`, the one
    reaching furthest ends at or after `end`."""
    count = bisect_right(starts, start)
    return count > 0 and furthest_ends[count - 1] >= end


def _inside(offset: int, starts: list[int], ends: list[int]) -> bool:
    """Whether offset lies before the end of the last span starting at or before it (the
    binary search of `in_quote_marks`)."""
    position = bisect_right(starts, offset) - 1
    return position >= 0 and offset < ends[position]


def _mark_inside(flags: list[bool], offsets: list[int], starts: list[int], ends: list[int]) -> None:
    """Set the flag of each (ascending) offset that `_inside` answers True for: span i is the
    last one starting at or before the offsets from its start up to the next span's start,
    so it marks those among them that lie before its end. Spans out of order fall back to
    `_inside` per offset (the same answers)."""
    if starts != sorted(starts):
        for position, offset in enumerate(offsets):
            flags[position] = flags[position] or _inside(offset, starts, ends)
        return
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        stop = min(end, starts[number + 1]) if number + 1 < len(starts) else end
        low, high = bisect_left(offsets, start), bisect_left(offsets, stop)
        if high > low:
            flags[low:high] = [True] * (high - low)


def whole_words(phrase: str, joiners: str = "") -> str:
    """The pattern of `phrase` written as whole words: no letter or digit (nor one of `joiners`,
    a hyphen where "Seo-yi" is one name) right before or after it, so "Ali" is not found in
    "Alibaba" nor "Budi" in "Budiman". The name stages ask where an article writes a name or a
    word of one; callers add what must or must not follow."""
    boundary = rf"[\w{re.escape(joiners)}]" if joiners else r"\w"
    return rf"(?<!{boundary}){re.escape(phrase)}(?!{boundary})"


def written_whole(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Each place `text` writes `phrase` as whole words (`whole_words`), left to right, as
    (start, end): the spans `re.finditer(whole_words(phrase), text)` finds, found by `str.find`
    and a look at the character on either side. The entity repairs ask this of each name an
    article tags, and a regex compiled per name (about a quarter of a millisecond) cost more
    than the search; the names are new in every article, so no pattern cache kept them."""
    if not phrase:
        yield from (match.span() for match in re.finditer(whole_words(phrase), text))
        return
    length = len(phrase)
    start = text.find(phrase)
    while start >= 0:
        end = start + length
        if not _word_character_at(text, start - 1) and not _word_character_at(text, end):
            yield start, end
            start = text.find(phrase, end)
        else:
            start = text.find(phrase, start + 1)


def is_word_character(character: str) -> bool:
    """What the regex `\\w` matches (Unicode letters, digits and numerics, and the underscore)."""
    return character.isalnum() or character == "_"


def _word_character_at(text: str, offset: int) -> bool:
    """Whether the character at `offset` is one regex `\\w` matches (a letter, digit or
    underscore); False outside the text."""
    return 0 <= offset < len(text) and is_word_character(text[offset])
