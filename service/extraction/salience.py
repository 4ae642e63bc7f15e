"""Who is in focus at a point of an article: the antecedent of a pronoun or clitic cue.

A salience model after Lappin & Leass (1994), "An algorithm for pronominal anaphora
resolution" (Computational Linguistics 20(4)): every mention of a person adds weight for
its grammatical role, the weights of one person's mentions add up, and all weight is
halved for each sentence boundary between the mention and the pronoun. In news the
speaker of a quote and the subject of a sentence are in focus; a name in passing (an
object, a possessor: "menanggapi tantangan Budi") weighs little; names inside quotation
marks and boilerplate are never candidates (the caller leaves them out).

The weights are three of the paper's (sentence recency 100, subject emphasis 80,
non-adverbial 50; its other factors need a parse) with one addition for news: a quote's
speaker weighs like a subject again (SPEAKER_WEIGHT), because reporting verbs and cues mark
the article's focus more reliably than position. Whether a mention is a subject comes from
position rules in service/extraction/coreference.py; subjects from a dependency parse changed no
resolution on the dev sets (bench/ablation_parser.py).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

RECENCY_WEIGHT = 100.0  # Lappin & Leass: sentence recency
SUBJECT_WEIGHT = 80.0  # subject emphasis
NON_ADVERBIAL_WEIGHT = 50.0  # every mention not inside an adverbial phrase
SPEAKER_WEIGHT = 80.0  # the named speaker of a quote (news focus)
SENTENCE_DECAY = 0.5  # weights halve at each sentence boundary
MAX_LOOKBACK_SENTENCES = 6  # older mentions are out of focus
MAX_CANDIDATE_MENTIONS = 60  # bounds the work per pronoun on adversarial input


@dataclass(frozen=True)
class FocusMention:
    """A person mentioned outside quotation marks."""

    start: int
    end: int
    name: str
    role_words: frozenset[str]
    is_subject: bool  # opens its sentence or clause, or is the subject of a reporting verb
    is_speaker: bool = False  # a quote's named (or resolved) speaker
    focus_rules: frozenset[str] = frozenset()  # ids of the focus rules that weighted it (rules/README.md)
    role_phrase: tuple[str, ...] = ()  # the role words in the order written ("menteri", "keuangan")
    reports: bool = False  # the subject of a reporting verb ("Sugiono mengakui …"): a source, not only an actor
    oblique: bool = False  # right after a preposition ("kagum pada Budi"): inside an adverbial phrase

    @property
    def weight(self) -> float:
        return (RECENCY_WEIGHT + NON_ADVERBIAL_WEIGHT * (not self.oblique) + SUBJECT_WEIGHT * self.is_subject
                + SPEAKER_WEIGHT * self.is_speaker)


@dataclass
class FocusGroup:
    """One person in focus: the longest form of their name, their summed salience and their
    latest mention before the point asked about."""

    name: str
    score: float
    latest: FocusMention
    mentions: int = 1
    focus_rules: frozenset[str] = frozenset()  # the focus rules that weighted any of its mentions
    prominent: bool = False  # one of its mentions in the window is a subject or a quote's speaker


class Salience:
    """Person mentions in text order, and the most salient person before an offset."""

    def __init__(self, mentions: list[FocusMention], sentence_starts: list[int],
                 same_person: Callable[[str, str], bool]) -> None:
        self.mentions = sorted(mentions, key=lambda mention: mention.end)
        self.ends = [mention.end for mention in self.mentions]
        self.sentence_starts = sentence_starts
        self.same_person = same_person
        self._first_starts: dict[str, int] = {}  # first_mention_start's answers, kept current by add

    def add(self, mention: FocusMention) -> None:
        """A speaker resolved on the way (katanya -> X) keeps X in focus for what follows."""
        position = bisect_right(self.ends, mention.end)
        self.ends.insert(position, mention.end)
        self.mentions.insert(position, mention)
        for name, start in self._first_starts.items():
            if self.same_person(mention.name, name) and (start < 0 or mention.start < start):
                self._first_starts[name] = mention.start

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def sentences_between(self, start: int, end: int) -> int:
        return self.sentence_of(end) - self.sentence_of(start)

    def candidates(self, offset: int) -> list[FocusMention]:
        """Mentions ending at or before offset, newest last, within the look-back window."""
        last = bisect_right(self.ends, offset)
        window = self.mentions[max(0, last - MAX_CANDIDATE_MENTIONS):last]
        current = self.sentence_of(offset)
        return [mention for mention in window
                if current - self.sentence_of(mention.start) <= MAX_LOOKBACK_SENTENCES]

    def antecedent(self, offset: int, excluded: Callable[[FocusMention], bool] | None = None) -> FocusMention | None:
        """The most salient person before offset, as its latest mention; `excluded` rules
        persons out (one the quote itself speaks of in the third person)."""
        ranked = self.ranked(offset, excluded)
        return ranked[0].latest if ranked else None

    def ranked(self, offset: int, excluded: Callable[[FocusMention], bool] | None = None) -> list[FocusGroup]:
        """Every person in focus before offset, most salient first (ties: the most recent
        first); the speaker slot lists them all as candidates, the rules take the first."""
        current = self.sentence_of(offset)
        groups: list[FocusGroup] = []
        candidates = self.candidates(offset)
        ruled_out = [mention.name for mention in candidates if excluded is not None and excluded(mention)]
        for mention in candidates:
            if any(self.same_person(name, mention.name) for name in ruled_out):
                continue
            score = mention.weight * SENTENCE_DECAY ** (current - self.sentence_of(mention.start))
            for group in groups:
                if self.same_person(group.name, mention.name):
                    group.name = group.name if len(group.name) >= len(mention.name) else mention.name
                    group.score += score
                    group.latest = mention
                    group.mentions += 1
                    group.focus_rules |= mention.focus_rules
                    group.prominent = group.prominent or mention.is_subject or mention.is_speaker
                    break
            else:
                groups.append(FocusGroup(mention.name, score, mention, focus_rules=mention.focus_rules,
                                         prominent=mention.is_subject or mention.is_speaker))
        return sorted(reversed(groups), key=lambda group: -group.score)  # stable: ties keep the most recent first

    def first_mention_start(self, name: str) -> int:
        """Where the article first names this person (a speaker mention added on the way counts);
        -1 where it never does. Remembered per name (and updated by `add`): asked once per clitic
        or pronoun, a scan of every mention each time grew with the square of the article."""
        if name not in self._first_starts:
            self._first_starts[name] = min(
                (mention.start for mention in self.mentions if self.same_person(mention.name, name)), default=-1)
        return self._first_starts[name]

    def spoke_before(self, name: str, offset: int) -> bool:
        """Whether this person was a quote's speaker before offset (a named or resolved cue)."""
        return any(mention.is_speaker and self.same_person(mention.name, name)
                   for mention in self.mentions[:bisect_right(self.ends, offset)])

    def last_before(self, offset: int) -> FocusMention | None:
        position = bisect_right(self.ends, offset) - 1
        return self.mentions[position] if position >= 0 else None
