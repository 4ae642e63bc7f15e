"""Cross-article speaker keys: one stable key per person across every stored document.

Within an article the pipeline already resolves *Grushko* to *Alexander Grushko*. Across
articles the store does the same with what it has seen before:

1. a name is normalised (case, diacritics, punctuation; honorifics and ranks from
   rules/speakers.yml dropped) and its key is the normalised tokens joined by '-';
2. rules/aliases.yml, kept by people, decides first: its aliases map to its person's key,
   and its keep_apart pairs are never merged;
3. otherwise a shorter form (*Purbaya*, *Sri Mulyani*) is merged into the one longer known
   name of the same kind that contains all its tokens, and a near-identical spelling
   (rapidfuzz ratio at least FUZZY_MIN_RATIO, same token count) into that one name; when two
   candidates match, nothing is merged: a wrong merge puts one person's quotes on another,
   which is worse than a split a person can mend in aliases.yml.

A longer name that arrives after its short form takes the short form's quotes over
(`absorbed` in the answer of `SpeakerDirectory.key_for`); `kutip speakers rebuild` recomputes
every key from the stored names, longest first, after aliases.yml changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from service.extraction.known_names import AliasBook, key_of, name_tokens
from service.extraction.rules import RuleSet

FUZZY_MIN_RATIO = 92  # rapidfuzz ratio (0-100) for a near-identical spelling of the same tokens count
MIN_FUZZY_CHARS = 8  # shorter names differ by too few letters for a fuzzy match to mean anything


@dataclass
class KnownSpeaker:
    key: str
    name: str
    kind: str
    tokens: tuple[str, ...]
    pinned: bool = False  # from aliases.yml: never merged into another key


@dataclass
class KeyAnswer:
    key: str | None
    absorbed: list[str] = field(default_factory=list)  # earlier keys now merged into `key`


class SpeakerDirectory:
    """Known speakers and the merge rule; no database (the store persists what it decides)."""

    def __init__(self, rules: RuleSet, aliases: AliasBook) -> None:
        self.rules = rules
        self.aliases = aliases
        self.speakers: dict[str, KnownSpeaker] = {}
        self._by_token: dict[tuple[str, str], set[str]] = {}

    def __len__(self) -> int:
        return len(self.speakers)

    def add_known(self, key: str, name: str, kind: str) -> None:
        """A speaker already in the store (its key decided before)."""
        tokens = name_tokens(name, self.rules, kind) or tuple(key.split("-"))
        self._register(KnownSpeaker(key, name, kind, tokens, pinned=key in self._pinned_keys()))

    def key_for(self, name: str, kind: str) -> KeyAnswer:
        """The key of a person or organisation named `name` in a new document."""
        tokens = name_tokens(name, self.rules, kind)
        if not tokens:
            return KeyAnswer(None)
        own_key = key_of(tokens)
        listed = self.aliases.canonical.get(own_key)
        if listed is not None:
            key, canonical_name, listed_kind = listed
            if key not in self.speakers:
                self._register(KnownSpeaker(key, canonical_name, listed_kind,
                                            name_tokens(canonical_name, self.rules, listed_kind), pinned=True))
            return KeyAnswer(key, self._absorb_shorter(self.speakers[key]))
        if own_key in self.speakers:
            return KeyAnswer(own_key)
        target = self._unique_match(tokens, kind, own_key)
        if target is not None:
            return KeyAnswer(target)
        speaker = KnownSpeaker(own_key, name, kind, tokens)
        self._register(speaker)
        return KeyAnswer(own_key, self._absorb_shorter(speaker))

    def find(self, name: str, kind: str) -> str | None:
        """The key `name` would join, without adding anything (for lookups by name)."""
        tokens = name_tokens(name, self.rules, kind)
        if not tokens:
            return None
        own_key = key_of(tokens)
        listed = self.aliases.canonical.get(own_key)
        if listed is not None:
            return listed[0] if listed[0] in self.speakers else None
        if own_key in self.speakers:
            return own_key
        return self._unique_match(tokens, kind, own_key)

    def containing(self, name: str, kind: str) -> set[str]:
        """Every known speaker `name` could stand for: longer names holding all its words and
        near-identical spellings (for lookups, where several answers are told, not merged)."""
        tokens = name_tokens(name, self.rules, kind)
        return self._candidates(tokens, kind, key_of(tokens)) if tokens else set()

    def _pinned_keys(self) -> set[str]:
        return {key for key, _, _ in self.aliases.canonical.values()}

    def _register(self, speaker: KnownSpeaker) -> None:
        self.speakers[speaker.key] = speaker
        for token in speaker.tokens:
            self._by_token.setdefault((speaker.kind, token), set()).add(speaker.key)

    def _forget(self, key: str) -> None:
        speaker = self.speakers.pop(key)
        for token in speaker.tokens:
            self._by_token.get((speaker.kind, token), set()).discard(key)

    def _candidates(self, tokens: tuple[str, ...], kind: str, own_key: str) -> set[str]:
        """Longer known names of the same kind containing every token, plus near-identical
        spellings with as many tokens."""
        postings = [self._by_token.get((kind, token), set()) for token in tokens]
        containing = set.intersection(*postings) if postings else set()
        found = {key for key in containing if len(self.speakers[key].tokens) > len(tokens)}
        spelled = " ".join(tokens)
        if len(spelled) >= MIN_FUZZY_CHARS:
            for key in set().union(*(self._by_token.get((kind, token), set()) for token in tokens)):
                known = self.speakers[key]
                if len(known.tokens) == len(tokens) and key != own_key and \
                        fuzz.ratio(spelled, " ".join(known.tokens)) >= FUZZY_MIN_RATIO:
                    found.add(key)
        return {key for key in found if not self.aliases.kept_apart(own_key, key)}

    def _unique_match(self, tokens: tuple[str, ...], kind: str, own_key: str) -> str | None:
        candidates = self._candidates(tokens, kind, own_key)
        return next(iter(candidates)) if len(candidates) == 1 else None

    def _absorb_shorter(self, longer: KnownSpeaker) -> list[str]:
        """Known shorter forms that match `longer` and nothing else any more: merged into it."""
        absorbed = []
        postings = [self._by_token.get((longer.kind, token), set()) for token in longer.tokens]
        nearby = set().union(*postings) - {longer.key}
        for key in sorted(nearby):
            shorter = self.speakers[key]
            if shorter.pinned or len(shorter.tokens) >= len(longer.tokens):
                continue
            if not set(shorter.tokens) <= set(longer.tokens):
                continue
            if self._unique_match(shorter.tokens, shorter.kind, shorter.key) == longer.key:
                self._forget(key)
                absorbed.append(key)
        return absorbed
