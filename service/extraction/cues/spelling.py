"""Misspelt reporting verbs (cues.yml `misspelt_verbs`): scraped news keeps its typos
(`menngatakan`, `mengungkapakan`, `menyampaikam`), and a verb of saying spelt wrong hides its
quote from every list. A lowercase word that no list knows and that lies one edit (insertion,
deletion, substitution, transposition of neighbours) from exactly one listed reporting verb,
opening with the same letters, is read as that verb; the quote it reports carries the rule's id.
Real words one edit from a verb (`mematikan`, `bertanda`) are known words: names.yml
`common_words` and the rule's own `known_words`."""

from __future__ import annotations

from collections import defaultdict
from weakref import WeakKeyDictionary

from rapidfuzz.distance import OSA

from service.extraction.rule_models import MisspeltVerbs
from service.extraction.rules import RuleSet

MAX_MEMO_WORDS = 200_000  # words whose reading is kept between documents, per rule set


class _Speller:
    """The listed verbs by their opening letters, the known words, and the words already read."""

    def __init__(self, rules: RuleSet, rule: MisspeltVerbs) -> None:
        self.rule = rule
        self.verbs_by_opening: dict[str, list[str]] = defaultdict(list)
        for verb in rules.reporting_verbs:
            if len(verb) >= rule.min_length:
                self.verbs_by_opening[verb[:rule.shared_prefix]].append(verb)
        self.known = (rules.common_words | frozenset(rule.known_words) | frozenset(rules.reporting_verbs)
                      | rules.postposed_cues | rules.passive_agent_words | rules.noun_cue_words
                      | frozenset(rules.false_quotes.mental_states.words))
        self.clitic = rules.cues.clitic.suffix
        self.memo: dict[str, str | None] = {}

    def intended(self, lower: str) -> str | None:
        if lower in self.memo:
            return self.memo[lower]
        if len(self.memo) >= MAX_MEMO_WORDS:
            self.memo.clear()
        reading = self.memo[lower] = self._read(lower)
        return reading

    def _read(self, lower: str) -> str | None:
        if lower in self.known or not lower.isalpha() or lower.endswith(self.clitic):
            return None
        edits = self.rule.max_edits
        near = {verb for verb in self.verbs_by_opening.get(lower[:self.rule.shared_prefix], ())
                if abs(len(verb) - len(lower)) <= edits and OSA.distance(lower, verb, score_cutoff=edits) <= edits}
        return near.pop() if len(near) == 1 else None  # two verbs near: no telling which was meant


_SPELLERS: WeakKeyDictionary[RuleSet, _Speller] = WeakKeyDictionary()


def intended_verb(lower: str, rules: RuleSet) -> str | None:
    """The listed reporting verb a lowercase word misspells, or None (a known word, no verb
    near, or two verbs equally near)."""
    rule = rules.cues.misspelt_verbs
    if rule is None:
        return None
    speller = _SPELLERS.get(rules)
    if speller is None:
        speller = _SPELLERS[rules] = _Speller(rules, rule)
    return speller.intended(lower)
