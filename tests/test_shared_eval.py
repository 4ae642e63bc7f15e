"""Checks on ../shared/eval (skipped with a reason when the data is absent)."""

from __future__ import annotations

import json

import pytest

from service.evaluation.quotes import ScoringRule, same_speaker
from service.extraction.pipeline import Extractor
from tests.conftest import shared_path


@pytest.mark.model
@pytest.mark.shared
def test_seed_speakers(extractor: Extractor, scoring_rule: ScoringRule) -> None:
    article = json.loads(shared_path("eval", "seed.json").read_text())
    text = article["text"]
    result = extractor.extract(text)

    def speaker_of(fragment: str) -> list[str | None]:
        return [q.speaker.name for q in result.quotes if fragment in q.text]

    direct = {"Kami memiliki pertukaran": "Stoltenberg", "Ada risiko nyata": "Stoltenberg",
              "situasi yang semakin memburuk": "Grushko", "Sangat penting untuk mengakhiri": "Grushko",
              "Kebebasan untuk memilih": "Grushko"}
    for fragment, speaker in direct.items():
        assert any(same_speaker(speaker, name, scoring_rule) for name in speaker_of(fragment)), (fragment, speaker_of(fragment))
    assert any(same_speaker("Sergei Ryabkov", n, scoring_rule) for n in speaker_of("pandangan yang berlawanan"))
    assert any(same_speaker("Wendy Sherman", n, scoring_rule) for n in speaker_of("tidak menjadi permulaan"))
    names = {p.name for p in result.people}
    assert {"Alexander Grushko", "Sergei Ryabkov", "Wendy Sherman"} <= names


def seed_entities(extractor: Extractor, label: str) -> list[str]:
    """Entities of the seed article as the NER stage reports them (issue 3's seed check)."""
    text = json.loads(shared_path("eval", "seed.json").read_text())["text"]
    return [entity.text for entity in extractor.extract(text).entities if entity.label == label]


@pytest.mark.model
@pytest.mark.shared
def test_seed_people_are_found_as_per(extractor: Extractor) -> None:
    people = set(seed_entities(extractor, "PER"))
    assert {"Stoltenberg", "Alexander Grushko", "Sergei Ryabkov", "Wendy Sherman"} <= people, people


SEED_NOT_PEOPLE = ("NATO", "Rusia", "Ukraina", "Eropa")


@pytest.mark.model
@pytest.mark.shared
def test_seed_has_no_false_per(extractor: Extractor) -> None:
    false_people = [name for name in seed_entities(extractor, "PER") if name in SEED_NOT_PEOPLE]
    assert false_people == []


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.xfail(strict=True, reason="known gap of the shipped model alone (MODEL_CARD.md): it tags NATO PER "
                                       "once; the NER stage relabels institution-only PER entities")
def test_seed_has_no_false_per_from_the_model_alone(extractor: Extractor) -> None:
    from service.extraction.document import Document
    from service.extraction.ner import find_entities
    from service.extraction.tokenization import tokenize

    text = json.loads(shared_path("eval", "seed.json").read_text())["text"]
    document = Document(text)
    tokenize(document, extractor.tokenizer)
    find_entities(document, extractor.tagger)  # no rules: the model's own entities
    people = [text[entity.start:entity.end] for entity in document.entities if entity.label == "PER"]
    assert [name for name in people if name in SEED_NOT_PEOPLE] == []
