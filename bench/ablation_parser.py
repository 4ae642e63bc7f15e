"""Ablation: the salience model's subjects from a dependency parse instead of position.

Needs the parser trained by training/parser.sh (not shipped). Prints speaker accuracy and
attribution F1 on dev and dev2 with kutip's subject heuristics and with parse subjects
(nsubj, nsubj:pass), and how many person mentions change their subject flag.
Usage: python bench/ablation_parser.py [training/work/parser/out/model-best]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from service.evaluation.quotes import ScoringRule, evaluate_predictions, extract_predictions  # noqa: E402
from service.extraction import coreference  # noqa: E402
from service.extraction.document import Document  # noqa: E402
from service.extraction.mentions import TextIndex  # noqa: E402
from service.extraction.pipeline import Extractor  # noqa: E402
from service.extraction.rules import RuleSet  # noqa: E402
from service.extraction.salience import FocusMention  # noqa: E402
from service.settings import PROJECT_ROOT, Settings  # noqa: E402

SUBJECT_RELATIONS = ("nsubj", "nsubj:pass")


def main() -> None:
    model = sys.argv[1] if len(sys.argv) > 1 else str(PROJECT_ROOT / "training/work/parser/out/model-best")
    parser = spacy.load(model)
    extractor = Extractor.from_settings(Settings())
    scoring_rule = ScoringRule.load(PROJECT_ROOT / "rules" / "scoring.yml")
    heuristic = coreference.person_mentions
    changed = [0, 0]

    def parsed_subjects(document: Document, index: TextIndex, rules: RuleSet) -> list[FocusMention]:
        mentions = heuristic(document, index, rules)
        tokens = document.tokens
        spaces = [index + 1 < len(tokens) and tokens[index + 1].start > token.end for index, token in enumerate(tokens)]
        doc = Doc(parser.vocab, words=[token.text for token in tokens], spaces=spaces)
        for _, component in parser.pipeline:
            doc = component(doc)
        subjects = {token.i for token in doc if token.dep_ in SUBJECT_RELATIONS}
        result = []
        for mention in mentions:
            in_span = {token.index for token in index.tokens_in(mention.start, mention.end)}
            is_subject = mention.is_speaker or bool(in_span & subjects)
            changed[0] += is_subject != mention.is_subject
            changed[1] += 1
            result.append(FocusMention(mention.start, mention.end, mention.name, mention.role_words, is_subject,
                                       mention.is_speaker))
        return result

    for variant in ("heuristic", "parser"):
        coreference.person_mentions = parsed_subjects if variant == "parser" else heuristic  # type: ignore[assignment]
        for name in ("dev_articles", "dev2_articles"):
            articles = [json.loads(line) for line in (PROJECT_ROOT.parent / "shared/eval" / f"{name}.jsonl")
                        .read_text(encoding="utf-8").splitlines() if line.strip()]
            predictions = extract_predictions(articles, extractor.extract)
            report, _ = evaluate_predictions(articles, predictions, scoring_rule, extractor.rules, [0.5], False)
            scores = report["results"][0]
            print(f"{variant:<10} {name:<14} speaker accuracy {scores['speaker_acc_on_matched']:.4f} "
                  f"attribution F1 {scores['attribution']['f1']:.4f}")
    print(f"mentions whose subject flag the parse changes: {changed[0]} of {changed[1]}")


if __name__ == "__main__":
    main()
