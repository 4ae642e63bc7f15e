"""Train the speaker ranker (`make train-ranker`) and report whether it beats the rules.

Data: the gold articles of `../shared/eval/dev_articles.jsonl`, `dev2_articles.jsonl` and
`train3_articles.jsonl` (with `--with-annotated-news` also the news articles annotated in
`training/annotations/`; never
`holdout3_articles.jsonl`, kept for the final score, nor
`pfsa_dev.jsonl`, licensed for evaluation only). Each article goes through the extractor with
the rules' ranker and every candidate kept (`keep_candidates`). Each gold quote with a speaker
that the reference matching pairs with a predicted quote (`service/evaluation/quotes.py`, the
same pairing as score.py) is a group; each of its candidates is a row, positive when its name
is the gold speaker by score.py's lenient rule (itself or the person the names stage makes of it:
an alias such as "JK" is Jusuf Kalla). Features: `candidate_features` (the slot's
signals, generator one-hot, the rules' choice, agreement between candidates).

Model: pointwise, L2 logistic regression over standardised features or gradient-boosted
trees, with the scope of rules' resolutions it may override (`SCOPES`), chosen by grouped 5-fold
cross-validation by outlet on speaker accuracy of the argmax candidate per quote (the report has
the rules and the model per resolution too). The report compares, on the same quotes and folds, the rules' choice,
the model's choice and the oracle (a right candidate exists). The candidates were generated
with the rules choosing earlier quotes' speakers (the model's choices would change later
quotes' history a little): the CV figures are per quote, `score.py` on a set is the check.
Deterministic: articles sorted by id, features sorted by name, fixed folds and random_state.

Usage: python -m training.ranker [--shared ../shared] [--out models/ranker/ranker.json]
                                 [--table CACHE.json]   (reuse or write the candidate table)
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from service.evaluation.quotes import ScoringRule, pair_spans, predicted_spans, same_person
from service.extraction.pipeline import Extractor, to_response
from service.extraction.speaker_ranker import GENERATOR_PREFIX, candidate_features, in_scope, names_the_rules_person
from service.extraction.speakers import NO_SPEAKER, PRECEDING_SUBJECT, PREVIOUS_QUOTE, ROLE_IN_FOCUS
from service.settings import Settings
from training.confidence import Candidate, Fitted, feature_names, fit, folds, matrix
from training.model_files import (
    cached_table,
    gold_articles,
    model_arguments,
    require_gold,
    training_data_markdown,
    training_data_names,
    write_model,
)

MATCH_THRESHOLD = 0.5  # score.py --threshold 0.5
CANDIDATES = tuple([Candidate("logistic", c) for c in (0.01, 0.1, 1.0)]
                   + [Candidate("boosting", rate) for rate in (0.03, 0.1)])
VERSION_PREFIX = "ranker"
# Where the model may override the rules (the generator of the rules' choice), chosen with the
# model by cross-validation. "weakest": the resolutions without a speaker read in the quote's
# clause (a person in focus for a role, the subject before, the previous quote's speaker, none),
# where the rules are least often right; out-of-fold the model lost quotes where it overrode a
# named cue or a resolved pronoun (it preferred the previous speaker, backed by more candidates).
SCOPES: dict[str, tuple[str, ...] | None] = {
    "every": None,
    "weakest": (ROLE_IN_FOCUS, PRECEDING_SUBJECT, PREVIOUS_QUOTE, NO_SPEAKER),
}


@dataclass
class Group:
    """One matched gold quote: its predicted quote's candidates, their labels, the rules' pick."""

    article: str
    outlet: str
    gold: str
    names: list[str | None]
    features: list[dict[str, float]]
    right: list[bool]
    rules_choice: int
    rules_output_right: bool  # the response's speaker (after the names stage) is the gold one


@dataclass
class Table:
    groups: list[Group]

    def digest(self) -> str:
        payload = json.dumps([[g.outlet, g.features, g.right, g.rules_choice] for g in self.groups], sort_keys=True)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]



def article_groups(extractor: Extractor, article: dict[str, Any], rule: ScoringRule) -> list[Group]:
    document = extractor.analyse(article["text"], keep_candidates=True)
    extractor.quote_scorer.score(document)
    response = to_response(document, article["id"], "", "", 0.0).model_dump(mode="json")
    spans = predicted_spans(response)
    quote_of_span = [number for number, quote in enumerate(document.quotes) for _ in quote.spans]
    # a candidate written as an alias ("JK") is the person the names stage makes of it
    person_of = {variant.name: person.name for person in document.people for variant in person.variants}
    groups = []
    for gold_index, span_index in sorted(pair_spans(article["quotes"], spans, MATCH_THRESHOLD).items()):
        gold = article["quotes"][gold_index].get("speaker")
        if not gold:
            continue
        quote = document.quotes[quote_of_span[span_index]]
        chosen = quote.speaker.candidate
        assert chosen is not None
        rules_choice = next(i for i, c in enumerate(quote.candidates) if c is chosen)
        groups.append(Group(article["id"], article.get("outlet") or article["id"].split("-")[-1], gold,
                            [c.name for c in quote.candidates], candidate_features(quote.candidates, chosen),
                            [same_person(c.name, gold, rule) or same_person(person_of.get(c.name or ""), gold, rule)
                             for c in quote.candidates], rules_choice,
                            same_person(spans[span_index].speaker, gold, rule)))
    return groups


def build_table(shared: Path, annotated_news: bool = False) -> Table:
    # the candidates and the rules' choice come from the rules' ranker, whatever the default
    settings = Settings(confidence_model_path=None, speaker_ranker="rules")
    extractor = Extractor.from_settings(settings)
    rule = ScoringRule.load(Path(settings.rules_dir) / "scoring.yml")
    articles = gold_articles(shared, annotated_news)
    return Table([group for article in articles for group in article_groups(extractor, article, rule)])


def load_or_build(shared: Path, cache: Path | None, annotated_news: bool = False) -> Table:
    return cached_table(cache, lambda: build_table(shared, annotated_news),
                        lambda table: [asdict(group) for group in table.groups],
                        lambda data: Table([Group(**group) for group in data]))


def flat(table: Table, names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidate rows, labels and each row's group number."""
    rows = [features for group in table.groups for features in group.features]
    labels = np.array([right for group in table.groups for right in group.right], dtype=int)
    owner = np.array([number for number, group in enumerate(table.groups) for _ in group.features])
    return matrix(rows, names), labels, owner


def rules_resolution(group: Group) -> str:
    """The generator of the rules' choice (its one-hot feature): the rule that resolved the quote."""
    features = group.features[group.rules_choice]
    return next((name[len(GENERATOR_PREFIX):] for name in features if name.startswith(GENERATOR_PREFIX)), "")


def choices(scores: np.ndarray, owner: np.ndarray, table: Table, numbers: np.ndarray,
            scope: tuple[str, ...] | None = None) -> dict[int, int]:
    """Per group: the candidate with the highest score; ties to the rules' choice, then the first.
    Outside the scope (the rules' resolutions the model may override) the rules' choice stands,
    and so it does where the model's choice names the same person, as in `TrainedRanker.choose`."""
    picked = {}
    for number in numbers:
        group = table.groups[number]
        if not in_scope(scope, rules_resolution(group)):
            picked[int(number)] = group.rules_choice
            continue
        rows = np.flatnonzero(owner == number)
        best = max(range(len(rows)), key=lambda i: (round(float(scores[rows[i]]), 10), i == group.rules_choice, -i))
        picked[int(number)] = group.rules_choice \
            if names_the_rules_person(group.names[best], group.names[group.rules_choice]) else best
    return picked


def per_resolution(groups: list[Group], picked: dict[int, int], numbers: list[int]) -> dict[str, dict[str, int]]:
    """Quotes, right by the rules, right by the model and right candidates offered, per rules' resolution."""
    table: dict[str, dict[str, int]] = {}
    for number, group in zip(numbers, groups, strict=True):
        row = table.setdefault(rules_resolution(group), {"quotes": 0, "rules": 0, "model": 0, "oracle": 0})
        row["quotes"] += 1
        row["rules"] += group.right[group.rules_choice]
        row["model"] += group.right[picked[number]]
        row["oracle"] += any(group.right)
    return dict(sorted(table.items(), key=lambda item: -item[1]["quotes"]))


def label(candidate: Candidate, scope: str = "every") -> str:
    """The family, its value and the scope (the ranker tunes nothing else)."""
    return f"{candidate.kind}:{candidate.value}" + ("" if scope == "every" else f"@{scope}")


def cross_validate(table: Table, names: list[str], candidate: Candidate) -> dict[str, dict[str, Any]]:
    """Per scope, the grouped-by-outlet report of one model family: each fold is fitted once and
    its scores serve every scope (the scope changes which quotes the model decides, not the fit)."""
    x, y, owner = flat(table, names)
    outlets = np.array([group.outlet for group in table.groups])
    per_fold: dict[str, list[dict[str, Any]]] = {scope: [] for scope in SCOPES}
    picked_all: dict[str, dict[int, int]] = {scope: {} for scope in SCOPES}
    for fold, (train_groups, test_groups) in enumerate(folds(outlets)):
        train_rows = np.isin(owner, train_groups)
        scores = fit(x[train_rows], y[train_rows], candidate).predict(x)
        for scope, resolutions in SCOPES.items():
            picked = choices(scores, owner, table, test_groups, resolutions)
            picked_all[scope].update(picked)
            per_fold[scope].append(fold_report(table, fold, test_groups, picked))
    return {scope: scope_report(table, per_fold[scope], picked_all[scope]) for scope in SCOPES}


def fold_report(table: Table, fold: int, test_groups: np.ndarray, picked: dict[int, int]) -> dict[str, Any]:
    groups = [table.groups[n] for n in test_groups]
    return {"fold": fold, "quotes": len(groups), "outlets": sorted({g.outlet for g in groups}),
            "rules": sum(g.right[g.rules_choice] for g in groups),
            "model": sum(table.groups[n].right[picked[int(n)]] for n in test_groups),
            "oracle": sum(any(g.right) for g in groups),
            "rules_output": sum(g.rules_output_right for g in groups)}


def scope_report(table: Table, per_fold: list[dict[str, Any]], picked_all: dict[int, int]) -> dict[str, Any]:
    total = {key: sum(f[key] for f in per_fold) for key in ("quotes", "rules", "model", "oracle", "rules_output")}
    shares = {key: round(total[key] / total["quotes"], 4) for key in ("rules", "model", "oracle", "rules_output")}
    numbers = sorted(picked_all)
    return {"folds": per_fold, "total": total, "accuracy": shares,
            "per_resolution": per_resolution([table.groups[n] for n in numbers], picked_all, numbers)}


def train(table: Table, annotated_news: bool = False) -> dict[str, Any]:
    rows = [features for group in table.groups for features in group.features]
    names = feature_names(rows)
    settings = [(c, scope) for c in CANDIDATES for scope in SCOPES]
    reports = {label(c, scope): report for c in CANDIDATES
               for scope, report in cross_validate(table, names, c).items()}
    # ties: the narrower scope (closer to the rules), then logistic, then the smaller value
    best, scope = max(settings, key=lambda s: (reports[label(*s)]["total"]["model"], s[1] != "every",
                                                s[0].kind == "logistic", -s[0].value))
    x, y, _ = flat(table, names)
    final: Fitted = fit(x, y, best)
    report = reports[label(best, scope)]
    return {
        "version": f"{VERSION_PREFIX}-{table.digest()[:8]}",
        "data": {"sets": training_data_names(annotated_news), "quotes": len(table.groups), "candidates": len(rows),
                 "right_candidates": int(y.sum()), "outlets": len({g.outlet for g in table.groups}),
                 "table_sha256_16": table.digest(),
                 "terms": "gold annotations of ../shared/eval made for this project over publishers' "
                          "texts (evaluation and development use); only numeric features and weights ship"},
        "scope": SCOPES[scope],
        "parameters": {"model": best.kind, "value": best.value, "scope": scope, "folds": len(report["folds"]),
                       "candidates_cv_accuracy": {k: v["accuracy"]["model"] for k, v in reports.items()}},
        "cross_validation": {"grouped_by": "outlet", **report},
        "model": final.export(names),
    }


CARD = """# Speaker ranker ({version})

What it is: an optional ranker for the speaker slot (`service/extraction/speakers.py`): for
each quote it scores every candidate the generators propose (`service/extraction/speaker_ranker.py`:
the slot's signals, the generator, whether the rules choose it, how many candidates agree)
and chooses the highest where the rules' resolution is in its scope ({scope}; elsewhere the rules'
choice stands). {family} over {features} named features, plain JSON (`ranker.json`),
applied without scikit-learn. Opt in with `KUTIP_SPEAKER_RANKER=trained`; the default is the
rules' ranker ({default_note}). Rebuild: `make train-ranker` (deterministic;
`tests/test_speaker_ranker.py` checks that the shipped model is what it builds).

## Data and terms
- Trained on the gold annotations of {sets} ({quotes} matched gold quotes
  with a speaker, {candidates} candidates, {right} of them naming the gold speaker; {outlets}
  outlets). The annotations were made for this project; the article texts are the publishers'
  copyright, used for development only and never shipped: the model holds only feature names
  and weights.
- Never trained on `holdout3_articles.jsonl` (kept for the final score) or `pfsa_dev.jsonl`
  (CC BY-NC-SA, evaluation only).

## Speaker accuracy on matched quotes (grouped 5-fold cross-validation by outlet)

| fold | quotes | rules | this model | oracle (a right candidate exists) |
|---|---|---|---|---|
{fold_rows}
| all | {n} | {rules} | {model} | {oracle} |

{verdict}
"""

# Recorded by hand after each retraining (score.py on holdout3, aggregate figures only): the
# held-out set is never read by this module.
DEFAULT_NOTE = ("it loses in cross-validation to the rules (0.9521 against 0.9589, eleventh round; 0.9295 against "
                "0.9353 trained with the annotated news too), and in the tenth round tied on holdout3 (0.884), "
                "lost on news3 (0.908 against 0.918) and won a little on news6 (0.884 against 0.882): the rules "
                "stay")
HELD_OUT_NOTE = """## Why it is not the default

The rule for making it the default: win in grouped cross-validation and on `holdout3` speaker
accuracy and attribution F1, with no loss in people recall beyond noise and no loss in the
rows' AUROC and ECE. Scored with the shipped confidence model, score.py at threshold 0.5 and
calibration.py (fifth round of 2026-12-06, models of `make train-models`). `news3` is articles
251–400 of the project's annotated news, which no training reads; `news4` is articles 401–600,
scored before any rule work read them (`training/annotations/README.md`):

| unseen set | rules' ranker | trained ranker |
|---|---|---|
| `holdout3_articles.jsonl` (83 articles): speaker accuracy on matched quotes (314) | 0.8917 | 0.8949 |
| holdout3 attribution F1 | 0.8092 | 0.8121 |
| holdout3 people recall / precision | 0.8333 / 0.7787 | 0.8333 / 0.7754 |
| holdout3 row AUROC / ECE | 0.7725 / 0.0745 | 0.7784 / 0.0684 |
| news3 (150 articles): speaker accuracy on matched quotes (711) | 0.9058 | 0.9072 |
| news3 attribution F1 | 0.8463 | 0.8476 |
| news3 row AUROC / ECE | 0.8293 / 0.0304 | 0.8097 / 0.0392 |
| news4 (200 articles): speaker accuracy on matched quotes (1,056) | 0.9100 | 0.9100 |

It wins by a quote on holdout3 and on news3, ties on news4, and loses 7 of 1,720 matched quotes
in cross-validation (0.9378 vs 0.9419); the news3 rows' calibration is worse with it. The
evidence points both ways, within a handful of quotes, so the rule above is not met and the
rules stay the default. Trained with the first 250 annotated news articles too
(`--with-annotated-news`, on this round's pipeline before its merges) it did no better in
cross-validation (0.9208 vs the rules' 0.9255 over 2,979 quotes). The rules it was trained to
beat read the clause structure, epithets, appositions and role holders it has to learn from
candidates' signals, and the oracle (0.9686: the gold speaker among the candidates) is where the
headroom is.

Sixth round of 2026-12-06 (ranker-4483cccb, the pipeline of that round with its new focus
signals; `news5` is articles 601–840 of the annotated news, held out of every training):

| unseen set | rules' ranker | trained ranker |
|---|---|---|
| holdout3: speaker accuracy on matched quotes (317) / attribution F1 | 0.8864 / 0.8098 | 0.8864 / 0.8098 |
| news3: the same (713) | 0.9074 / 0.8502 | 0.8990 / 0.8423 |
| news5: the same (1,204) | 0.8920 / 0.8177 | 0.8912 / 0.8169 |
| rows AUROC / ECE, holdout3 | 0.781 / 0.070 | 0.793 / 0.070 |
| rows AUROC / ECE, news3 | 0.832 / 0.032 | 0.811 / 0.044 |
| rows AUROC / ECE, news5 | 0.847 / 0.048 | 0.830 / 0.058 |

It ties on holdout3, loses 6 quotes on news3 and 1 on news5, and loses 9 of 1,741 in
cross-validation (0.9391 vs the rules' 0.9443): the rules stay the default.

Seventh round of 2026-12-06 (the pipeline of that round; `news6` is articles 841–1040 of the
annotated news, held out of every training; news5 no longer is):

| unseen set | rules' ranker | trained ranker |
|---|---|---|
| holdout3: speaker accuracy on matched quotes / attribution F1 | 0.8840 / 0.8103 | 0.8840 / 0.8103 |
| news3: the same | 0.9077 / 0.8517 | 0.9063 / 0.8504 |
| news6: the same | 0.8704 / 0.8096 | 0.8752 / 0.8141 |
| rows AUROC / ECE, holdout3 | 0.783 / 0.051 | 0.796 / 0.053 |
| rows AUROC / ECE, news3 | 0.839 / 0.027 | 0.819 / 0.028 |
| rows AUROC / ECE, news6 | 0.852 / 0.040 | 0.834 / 0.039 |

It ties on holdout3, loses a quote on news3, wins 5 on news6 (the closest it has come), and loses
in cross-validation over 1,744 quotes (0.9415 vs 0.9467), where it is chosen; the rows' ranking
is worse with it on news3 and news6. The rule above is not met: the rules stay the default.

Eighth round of 2026-12-06 (the pipeline of that round):

| unseen set | rules' ranker | trained ranker |
|---|---|---|
| holdout3: speaker accuracy on matched quotes / attribution F1 | 0.884 / 0.810 | 0.878 / 0.805 |
| news3: the same | 0.909 / 0.854 | 0.902 / 0.848 |
| news6: the same | 0.870 / 0.810 | 0.870 / 0.810 |
| rows AUROC / ECE, holdout3 | 0.785 / 0.062 | 0.791 / 0.066 |
| rows AUROC / ECE, news3 | 0.829 / 0.034 | 0.810 / 0.038 |
| rows AUROC / ECE, news6 | 0.845 / 0.035 | 0.831 / 0.041 |

It loses on holdout3 and news3, ties on news6 and loses in cross-validation (0.9428 vs the rules'
0.9473 over 1,747 quotes): the rules stay the default.

Ninth round of 2026-12-06 (the pipeline of that round):

| unseen set | rules' ranker | trained ranker |
|---|---|---|
| holdout3: speaker accuracy on matched quotes / attribution F1 | 0.887 / 0.813 | 0.878 / 0.805 |
| news3: the same | 0.913 / 0.860 | 0.904 / 0.851 |
| news6: the same | 0.883 / 0.827 | 0.882 / 0.825 |
| rows AUROC / ECE, holdout3 | 0.769 / 0.052 | 0.781 / 0.063 |
| rows AUROC / ECE, news3 | 0.835 / 0.027 | 0.791 / 0.032 |
| rows AUROC / ECE, news6 | 0.843 / 0.026 | 0.825 / 0.037 |

It loses on all three and in cross-validation (0.9435 vs the rules' 0.9486 over 1,751 quotes):
the rules stay the default.

Tenth round (2026-12-07, the pipeline of that round):

| unseen set | rules' ranker | trained ranker |
|---|---|---|
| holdout3: speaker accuracy on matched quotes / attribution F1 | 0.884 / 0.813 | 0.884 / 0.813 |
| news3: the same | 0.918 / 0.864 | 0.908 / 0.855 |
| news6: the same | 0.882 / 0.825 | 0.884 / 0.827 |
| rows AUROC / ECE, holdout3 | 0.778 / 0.062 | 0.787 / 0.060 |
| rows AUROC / ECE, news3 | 0.820 / 0.034 | 0.777 / 0.039 |
| rows AUROC / ECE, news6 | 0.842 / 0.037 | 0.823 / 0.037 |

It ties on holdout3, loses 7 quotes on news3, wins 3 on news6 and loses in cross-validation (0.9509
vs the rules' 0.9584 over 1,753 quotes): the rules stay the default.

Eleventh round (2026-12-07): the same data question the people check answered yes to. Trained
with the 690 annotated news articles the trainings may read (`--with-annotated-news`, 5,334
matched quotes, the candidates generated with the people check of the tenth round), the ranker
still loses in grouped cross-validation by outlet: the rules 0.9353, the best model 0.9295
(boosting, learning rate 0.1; logistic regression 0.9286 to 0.9293), 31 quotes fewer. With
three times the quotes the gap is no smaller than on the gold sets alone (0.9521 against 0.9589
over 1,753 quotes, rebuilt on this round's people check), so the held-out sets were not scored
for it and the rules stay the default; `make train-ranker` keeps training on the gold sets.

Fourteenth round (2026-12-07): why it loses, and a scope. Out of fold (5,378 matched quotes of
the gold sets and the training news) the model never overrode a named cue; its losses were where
the rules resolved a pronoun or a clitic (-32 of 1,607): it chose the previous speaker, whose
fallback candidate has no mention but agrees with the salience candidate of the same person (two
agreeing candidates against the antecedent's one). Counting only agreeing candidates with a
mention, dropping the agreement, a margin before overriding, models trained only on the quotes of the
antecedents or of role_in_focus: none won. The scope does: the model decides only the quotes the
rules resolve without a speaker in the clause (role_in_focus, preceding_subject, previous_quote,
none), and a choice naming the rules' person keeps the rules' record. Trained with the annotated
news (`--with-annotated-news`), grouped CV by outlet: rules 0.9433, the scoped model 0.9438 (+3,
all three on speaker.none: 3 of 30 quotes the rules leave without a speaker, 5 have a right
candidate), the unscoped best 0.9372. On the gold sets alone it still loses a quote (0.9672 vs
0.9677). Scored twice, the second with the same-person record (logistic C=0.1, trained with the
news; news4 and news5 are training rows; the first try had the same counts, AUROC 0.759 on holdout3):

| set | rules' ranker: spk / all | scoped trained ranker: spk / all | row AUROC rules / trained |
|---|---|---|---|
| holdout3 | 0.892 / 289 of 355 | 0.895 / 290 | 0.778 / 0.767 |
| news3 | 0.919 / 662 of 776 | 0.921 / 663 | 0.826 / 0.820 |
| news6 | 0.888 / 918 of 1,119 | 0.888 / 918 | 0.850 / 0.849 |
| news4 (trained on) | 0.926 / 991 of 1,150 | 0.928 / 993 | 0.940 / 0.937 |
| news5 (trained on) | 0.901 / 1,099 of 1,340 | 0.902 / 1,100 | 0.922 / 0.919 |

It wins 2 quotes on the never-trained sets (1,871 against 1,869 of 2,250) and 5 on all five, and
the rows' ranking is a little worse (pooled holdout3+news3+news6 AUROC 0.828 against 0.831, ECE
0.017 against 0.015): the confidence model has never seen a speaker.salience record. A win of a
few quotes, not the rule above; whether to adopt it is the lead's call.

Cost: its trees and the confidence model's are walked for all candidates at once
(`BoostedTreesScore.log_odds_many`; the logistic model chosen now is one dot product per
candidate); the paired cost against the rules was 1.010 (`bench/bench_ner.py`, fifth round of
2026-12-06, load 0.8); the model loads in under 1 ms.
"""

FAMILY = {"logistic": "Pointwise logistic regression (C={})",
          "boosting": "Pointwise gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier, "
                      "learning rate {})"}


def write_card(result: dict[str, Any], path: Path, verdict: str, default_note: str) -> None:
    cv = result["cross_validation"]
    fold_rows = "\n".join(f"| {f['fold']} | {f['quotes']} | {f['rules'] / f['quotes']:.4f} | "
                          f"{f['model'] / f['quotes']:.4f} | {f['oracle'] / f['quotes']:.4f} |" for f in cv["folds"])
    path.write_text(CARD.format(
        version=result["version"], family=FAMILY[result["parameters"]["model"]].format(result["parameters"]["value"]),
        features=len(result["model"]["features"]), sets=training_data_markdown(result["data"]["sets"]),
        quotes=result["data"]["quotes"], candidates=result["data"]["candidates"],
        right=result["data"]["right_candidates"], outlets=result["data"]["outlets"], fold_rows=fold_rows,
        n=cv["total"]["quotes"], rules=cv["accuracy"]["rules"], model=cv["accuracy"]["model"],
        oracle=cv["accuracy"]["oracle"], verdict=verdict,
        scope=", ".join(result["scope"] or ["every resolution"]), default_note=default_note), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    args = model_arguments(__doc__.splitlines()[0], "ranker", "candidate table cache").parse_args(argv)
    require_gold(args.shared, "train-ranker", args.with_annotated_news)
    result = train(load_or_build(args.shared, args.table, args.with_annotated_news), args.with_annotated_news)
    write_model(result, args.out)
    write_card(result, args.out.parent / "MODEL_CARD.md", HELD_OUT_NOTE, DEFAULT_NOTE)
    for name, accuracy in result["parameters"]["candidates_cv_accuracy"].items():
        print(f"cv {name:<14} model {accuracy}")
    cv = result["cross_validation"]
    print(f"chosen {result['parameters']['model']} {result['parameters']['value']} scope "
          f"{result['parameters']['scope']}: quotes {cv['total']['quotes']} "
          f"rules {cv['accuracy']['rules']} model {cv['accuracy']['model']} oracle {cv['accuracy']['oracle']} "
          f"(rules' output after names {cv['accuracy']['rules_output']})")
    print(f"wrote {args.out} ({result['version']})")


if __name__ == "__main__":
    main()
