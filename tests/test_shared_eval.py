"""Checks on ../shared/eval (skipped with a reason when the data is absent)."""

from __future__ import annotations

import json

import pytest

from service.evaluation import same_speaker
from service.pipeline import Extractor
from service.rules import RuleSet
from tests.conftest import shared_path


@pytest.mark.model
@pytest.mark.shared
def test_seed_speakers(extractor: Extractor, rules: RuleSet) -> None:
    article = json.loads(shared_path("eval", "seed.json").read_text())
    text = article["text"]
    result = extractor.extract(text)

    def speaker_of(fragment: str) -> list[str | None]:
        return [q.speaker.name for q in result.quotes if fragment in q.text]

    direct = {"Kami memiliki pertukaran": "Stoltenberg", "Ada risiko nyata": "Stoltenberg",
              "situasi yang semakin memburuk": "Grushko", "Sangat penting untuk mengakhiri": "Grushko",
              "Kebebasan untuk memilih": "Grushko"}
    for fragment, speaker in direct.items():
        assert any(same_speaker(speaker, name, rules) for name in speaker_of(fragment)), (fragment, speaker_of(fragment))
    assert any(same_speaker("Sergei Ryabkov", n, rules) for n in speaker_of("pandangan yang berlawanan"))
    assert any(same_speaker("Wendy Sherman", n, rules) for n in speaker_of("tidak menjadi permulaan"))
    names = {p.name for p in result.people}
    assert {"Alexander Grushko", "Sergei Ryabkov", "Wendy Sherman"} <= names
