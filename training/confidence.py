"""Train the quote confidence model (`make train-confidence`) and report how well it ranks.

Data: the gold articles of `../shared/eval/dev_articles.jsonl`, `dev2_articles.jsonl` and
`train3_articles.jsonl` (never `holdout3_articles.jsonl`, which is for the final score, nor
`pfsa_dev.jsonl`, which is licensed for evaluation only). Each article goes through the
extractor with the rules' confidence; every predicted content span is a row, right when it
is paired with a gold quote whose speaker is the same person (the reference scorer's rule,
`service/evaluation/quotes.py`). Features are those of `service/extraction/confidence.py`.

Model: L2 logistic regression over standardised features or gradient-boosted trees, the
family and its one parameter chosen by AUROC in grouped 5-fold cross-validation by outlet (no
outlet in two folds), then isotonic regression from the model's out-of-fold probability to
the share of right rows. The report gives, for the same
folds, the rules' confidence and the model's calibrated confidence (nested: each fold's
calibration is fitted on its training part only). Deterministic: articles sorted by id, the
solver is deterministic, folds are fixed by outlet.

Usage: python -m training.confidence [--shared ../shared] [--out models/confidence/confidence.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from service.evaluation.calibration import auroc, calibration_summary
from service.evaluation.quotes import (
    ScoringRule,
    pair_spans,
    predicted_spans,
    read_gold,
    same_person,
)
from service.extraction.confidence import TIE_BREAK_SHARE, interpolate, quote_features
from service.extraction.pipeline import Extractor, to_response
from service.settings import PROJECT_ROOT, Settings

TRAINING_SETS = ("dev_articles.jsonl", "dev2_articles.jsonl", "train3_articles.jsonl")
FOLDS = 5
BOOSTING_DEPTH = 3
BOOSTING_TREES = 200
BOOSTING_MIN_LEAF = 20


@dataclass(frozen=True)
class Candidate:
    """A model family and its one tuned value: C for logistic, the learning rate for boosting."""

    kind: Literal["logistic", "boosting"]
    value: float

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


CANDIDATES = tuple([Candidate("logistic", c) for c in (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)]
                   + [Candidate("boosting", rate) for rate in (0.03, 0.05, 0.1)])
MIN_FEATURE_ROWS = 5  # a feature seen on fewer rows is dropped: too rare to weigh
MAX_ITERATIONS = 2000
VERSION_PREFIX = "confidence"


@dataclass
class Table:
    features: list[dict[str, float]]
    right: list[bool]
    outlets: list[str]
    rule_confidence: list[float]

    def digest(self) -> str:
        payload = json.dumps([self.features, self.right, self.outlets], sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


def gold_articles(shared: Path) -> Iterator[dict[str, Any]]:
    articles = [article for name in TRAINING_SETS for article in read_gold(shared / "eval" / name)]
    yield from sorted(articles, key=lambda article: article["id"])


def build_table(shared: Path) -> Table:
    settings = Settings(confidence_model_path=None)  # features are read from the rules' confidence
    extractor = Extractor.from_settings(settings)
    rule = ScoringRule.load(Path(settings.rules_dir) / "scoring.yml")
    table = Table([], [], [], [])
    for article in gold_articles(shared):
        document = extractor.analyse(article["text"])
        extractor.quote_scorer.score(document)
        features = quote_features(document)
        response = to_response(document, article["id"], "", "", 0.0).model_dump(mode="json")
        spans = predicted_spans(response)
        quote_of_span = [number for number, quote in enumerate(document.quotes) for _ in quote.spans]
        gold_of = {p: g for g, p in pair_spans(article["quotes"], spans, 0.5).items()}
        for position, span in enumerate(spans):
            gold_index = gold_of.get(position)
            expected = article["quotes"][gold_index].get("speaker") if gold_index is not None else None
            table.features.append(features[quote_of_span[position]])
            table.right.append(bool(expected) and same_person(span.speaker, expected, rule))
            table.outlets.append(article.get("outlet") or article["id"])
            table.rule_confidence.append(span.confidence)
    return table


def feature_names(rows: list[dict[str, float]]) -> list[str]:
    counts: dict[str, int] = {}
    for row in rows:
        for name, value in row.items():
            if value:
                counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, count in counts.items() if count >= MIN_FEATURE_ROWS)


def matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[row.get(name, 0.0) for name in names] for row in rows], dtype=float)


class Fitted(Protocol):
    def predict(self, x: np.ndarray) -> np.ndarray: ...

    def export(self, names: list[str]) -> dict[str, Any]: ...


@dataclass
class FittedLogistic:
    means: np.ndarray
    scales: np.ndarray
    model: LogisticRegression

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.model.predict_proba((x - self.means) / self.scales)[:, 1]

    def export(self, names: list[str]) -> dict[str, Any]:
        return {"kind": "logistic", "features": names, "means": _rounded(self.means),
                "scales": _rounded(self.scales), "coefficients": _rounded(self.model.coef_[0]),
                "intercept": round(float(self.model.intercept_[0]), 8)}


@dataclass
class FittedBoosting:
    model: HistGradientBoostingClassifier

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.model.predict_proba(x)[:, 1]

    def export(self, names: list[str]) -> dict[str, Any]:
        """Each tree's nodes as plain lists (the fitted predictors' node table)."""
        trees = []
        for (predictor,) in self.model._predictors:
            nodes = predictor.nodes
            trees.append({"feature": [int(v) for v in nodes["feature_idx"]],
                          "threshold": _rounded(nodes["num_threshold"]),
                          "left": [int(v) for v in nodes["left"]], "right": [int(v) for v in nodes["right"]],
                          "leaf": [bool(v) for v in nodes["is_leaf"]], "value": _rounded(nodes["value"])})
        return {"kind": "boosted_trees", "features": names,
                "baseline": round(float(np.ravel(self.model._baseline_prediction)[0]), 8), "trees": trees}


def _rounded(values: np.ndarray) -> list[float]:
    return [round(float(v), 8) for v in values]


def fit(x: np.ndarray, y: np.ndarray, candidate: Candidate) -> Fitted:
    if candidate.kind == "boosting":
        boosting = HistGradientBoostingClassifier(
            learning_rate=candidate.value, max_depth=BOOSTING_DEPTH, max_iter=BOOSTING_TREES,
            min_samples_leaf=BOOSTING_MIN_LEAF, l2_regularization=1.0, early_stopping=False, random_state=0)
        return FittedBoosting(boosting.fit(x, y))
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=candidate.value, max_iter=MAX_ITERATIONS)
    model.fit((x - means) / scales, y)
    return FittedLogistic(means, scales, model)


def folds(groups: np.ndarray, n_splits: int = FOLDS) -> list[tuple[np.ndarray, np.ndarray]]:
    indices = np.arange(len(groups))
    return list(GroupKFold(n_splits=n_splits).split(indices, groups=groups))


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, candidate: Candidate) -> np.ndarray:
    predictions = np.zeros(len(y))
    for train, test in folds(groups):
        predictions[test] = fit(x[train], y[train], candidate).predict(x[test])
    return predictions


def calibrate(raw: np.ndarray, y: np.ndarray) -> tuple[list[float], list[float]]:
    isotonic = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    isotonic.fit(raw, y.astype(float))
    return [float(v) for v in isotonic.X_thresholds_], [float(v) for v in isotonic.y_thresholds_]


def calibrated(raw: np.ndarray, xs: list[float], ys: list[float]) -> list[float]:
    return [(1 - TIE_BREAK_SHARE) * interpolate(float(value), xs, ys) + TIE_BREAK_SHARE * float(value)
            for value in raw]


def nested_report(x: np.ndarray, y: np.ndarray, groups: np.ndarray, candidate: Candidate) -> dict[str, Any]:
    """Calibrated confidence of each outer fold, its model and calibration fitted on the rest."""
    confidence = np.zeros(len(y))
    for train, test in folds(groups):
        inner_raw = out_of_fold(x[train], y[train], groups[train], candidate)
        xs, ys = calibrate(inner_raw, y[train])
        raw = fit(x[train], y[train], candidate).predict(x[test])
        confidence[test] = calibrated(raw, xs, ys)
    return calibration_summary([(float(c), bool(r)) for c, r in zip(confidence, y, strict=True)])


def train(shared: Path) -> dict[str, Any]:
    table = build_table(shared)
    names = feature_names(table.features)
    x, y = matrix(table.features, names), np.array(table.right, dtype=int)
    groups = np.array(table.outlets)
    choice = {}
    for candidate in CANDIDATES:
        raw = out_of_fold(x, y, groups, candidate)
        choice[candidate] = auroc([(float(p), bool(r)) for p, r in zip(raw, y, strict=True)]) or 0.0
    best = max(CANDIDATES, key=lambda c: (round(choice[c], 4), c.kind == "logistic", -c.value))
    xs, ys = calibrate(out_of_fold(x, y, groups, best), y)
    final = fit(x, y, best)
    rules = calibration_summary([(c, bool(r)) for c, r in zip(table.rule_confidence, y, strict=True)])
    version = f"{VERSION_PREFIX}-{table.digest()[:8]}"
    return {
        "version": version,
        "data": {"sets": list(TRAINING_SETS), "rows": len(y), "right": int(y.sum()),
                 "outlets": len(set(table.outlets)), "table_sha256_16": table.digest(),
                 "terms": "gold annotations of ../shared/eval made for this project over publishers' "
                          "texts (evaluation and development use); only numeric features and weights ship"},
        "parameters": {"model": best.kind, "value": best.value,
                       "candidates_auroc": {str(c): round(v, 4) for c, v in choice.items()},
                       "min_feature_rows": MIN_FEATURE_ROWS, "folds": FOLDS, "tie_break_share": TIE_BREAK_SHARE},
        "cross_validation": {"grouped_by": "outlet", "rules": rules,
                             "model": nested_report(x, y, groups, best)},
        "model": final.export(names),
        "calibration": {"x": [round(v, 8) for v in xs], "y": [round(v, 8) for v in ys]},
    }


CARD = """# Quote confidence model ({version})

What it is: `confidence` of every quote kutip returns, the probability that the row is right
(its span is a quotation and its speaker the person who said it, by the reference scorer's
rule). {family} over {features} named features that the
pipeline computes (`service/extraction/confidence.py`: rule id, type, how the speaker was found,
distances between mention, cue and quote, people competing nearby, how often the speaker is
quoted, …), then isotonic calibration fitted on out-of-fold predictions. Plain JSON
(`confidence.json`), applied without scikit-learn. Rebuild: `make train-confidence`
(deterministic; `tests/test_confidence.py` checks that the shipped model is what it builds).

## Data and terms
- Trained on the gold annotations of {sets} in `../shared/eval/` ({rows} predicted spans,
  {right} right, {outlets} outlets). The annotations were made for this project; the article
  texts are the publishers' copyright, used for development only and never shipped: the
  model holds only feature names, means, scales, weights and the calibration map.
- Never trained on `holdout3_articles.jsonl` (kept for the final score) or `pfsa_dev.jsonl`
  (CC BY-NC-SA, evaluation only).

## How well it ranks (grouped 5-fold cross-validation by outlet, nested calibration)

| confidence | rows | AUROC | ECE | accuracy of the most confident 70 % |
|---|---|---|---|---|
| the rules' (by how the speaker was found) | {n} | {rules_auroc} | {rules_ece} | {rules_top70} |
| this model | {n} | {model_auroc} | {model_ece} | {model_top70} |

Limits: the features describe the rules' decision, so the model can tell a doubtful row
from a sure one but cannot fix it; it was fitted on news of 2007–2025 from the outlets of the
training sets, and a very different kind of text will be less well calibrated.
"""


FAMILY = {"logistic": "Logistic regression (C={})", "boosting": "Gradient-boosted trees (scikit-learn's "
           f"HistGradientBoostingClassifier, {BOOSTING_TREES} trees of depth {BOOSTING_DEPTH}, learning rate {{}})"}


def write_card(result: dict[str, Any], path: Path) -> None:
    cv = result["cross_validation"]
    path.write_text(CARD.format(
        version=result["version"], family=FAMILY[result["parameters"]["model"]].format(result["parameters"]["value"]),
        features=len(result["model"]["features"]), sets=", ".join(f"`{s}`" for s in result["data"]["sets"]),
        rows=result["data"]["rows"], right=result["data"]["right"], outlets=result["data"]["outlets"],
        n=cv["model"]["n"], rules_auroc=cv["rules"]["auroc"], rules_ece=cv["rules"]["ece"],
        rules_top70=cv["rules"]["acc_top70"], model_auroc=cv["model"]["auroc"], model_ece=cv["model"]["ece"],
        model_top70=cv["model"]["acc_top70"]), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=PROJECT_ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "models" / "confidence" / "confidence.json")
    args = parser.parse_args(argv)
    missing = [name for name in TRAINING_SETS if not (args.shared / "eval" / name).is_file()]
    if missing:
        print(f"train-confidence: missing gold files in {args.shared / 'eval'}: {', '.join(missing)}",
              file=sys.stderr)
        raise SystemExit(2)
    result = train(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    write_card(result, args.out.parent / "MODEL_CARD.md")
    cv = result["cross_validation"]
    for name in ("rules", "model"):
        row = cv[name]
        print(f"{name:<6} rows {row['n']} accuracy {row['accuracy']} AUROC {row['auroc']} ECE {row['ece']} "
              f"top-70% accuracy {row['acc_top70']}")
    print(f"wrote {args.out} ({result['version']}, {result['parameters']['model']} {result['parameters']['value']})")


if __name__ == "__main__":
    main()
