"""The trained speaker ranker: a model over the speaker slot's candidates and their signals.

`make train-ranker` (training/ranker.py) fits it on the gold articles and writes it as plain
JSON (models/ranker/ranker.json: feature names and logistic weights or boosted-tree node
tables); it is loaded once by `Extractor.from_settings` when `KUTIP_SPEAKER_RANKER=trained`.
Each candidate of a quote gets a score; the highest one is chosen, ties go to the candidate
the rules would choose and then to the earlier one. A model file may name a `scope`: the
resolutions (the generator of the rules' choice) where the model may override the rules; for
the others the rules' choice stands. Out-of-fold, the model overriding a named speaker or a
resolved pronoun lost more quotes than it won (fourteenth round), so training chooses the scope
by cross-validation; a file without one lets the model decide every quote. `candidate_features` is the one place the
features are computed, for training and for use alike.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from service.extraction.confidence import ScoreFunction, score_function
from service.extraction.document import Quote, SpeakerCandidate
from service.extraction.names import same_name
from service.extraction.speakers import GENERATOR_IDS, RuleRanker

RULES_CHOICE = "rules_choice"  # the candidate the rules' order of precedence chooses
AGREEING = "agreeing_candidates"  # other candidates of the quote that name the same person
NO_NAME = "no_name"
GENERATOR_PREFIX = "generator="


def candidate_features(candidates: Sequence[SpeakerCandidate],
                       rules_choice: SpeakerCandidate) -> list[dict[str, float]]:
    """Per candidate: its signals as numbers, its generator one-hot, whether the rules choose
    it, whether it has a name, and how many other candidates name the same person."""
    rows = []
    for candidate in candidates:
        features = {name: float(value) for name, value in candidate.signals.items()}
        features[GENERATOR_PREFIX + candidate.generator] = 1.0
        features[RULES_CHOICE] = float(candidate is rules_choice)
        features[NO_NAME] = float(not candidate.name)
        features[AGREEING] = float(sum(1 for other in candidates if other is not candidate and candidate.name
                                       and other.name and same_name(candidate.name, other.name)))
        rows.append(features)
    return rows


@dataclass
class TrainedRanker:
    """Chooses the candidate the fitted model scores highest."""

    version: str
    model: ScoreFunction
    scope: frozenset[str] | None = None  # the rules' resolutions the model may override; None: all
    name: str = "trained"
    needs_signals: bool = True

    @classmethod
    def load(cls, path: Path) -> TrainedRanker:
        data = json.loads(path.read_text(encoding="utf-8"))
        scope = data.get("scope")
        return cls(str(data["version"]), score_function(data["model"]),
                   None if scope is None else frozenset(str(generator) for generator in scope))

    def may_override(self, rules_choice: SpeakerCandidate) -> bool:
        """Whether the model decides this quote: the rules' resolution is in its scope."""
        return in_scope(self.scope, rules_choice.generator)

    def choose(self, quote: Quote, candidates: Sequence[SpeakerCandidate]) -> SpeakerCandidate:
        rules_choice = RuleRanker().choose(quote, candidates)
        if len(candidates) == 1 or not self.may_override(rules_choice):
            return rules_choice
        scores = self.model.log_odds_many(candidate_features(candidates, rules_choice))
        best = max(range(len(candidates)),
                   key=lambda i: (scores[i], candidates[i] is rules_choice, -i))
        return rules_choice if names_the_rules_person(candidates[best].name, rules_choice.name) else candidates[best]


def in_scope(scope: Collection[str] | None, resolution: str) -> bool:
    """Whether a model of this scope (the rules' resolutions it may override; None: all) decides
    a quote the rules resolved so (read by the ranker and by its training's cross-validation)."""
    return scope is None or resolution in scope


def names_the_rules_person(chosen: str | None, ruled: str | None) -> bool:
    """Whether the model's choice names the person the rules name: then the rules' choice is
    kept, with its rule and mention (the confidence model learnt from the rules' records; a
    person in focus chosen in place of the same person's epithet changed only the record)."""
    return bool(chosen and ruled and same_name(chosen, ruled))


def known_generator_features() -> list[str]:
    """Every generator one-hot name a model may use (the ids come from the slot)."""
    return [GENERATOR_PREFIX + generator for generator in GENERATOR_IDS]
