"""The builder of rules/names.yml `person_name_words` (training/person_words.py): heads come from
the rules, and a word is listed when a person's head precedes it often enough and no less often
than the other heads. Sentences written for this test."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from service.extraction.rules import load_rules
from training.person_words import count_after, heads_pattern, person_name_words, rule_heads

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def heads() -> tuple[list[str], list[str]]:
    return rule_heads(load_rules(RULES))


@pytest.mark.parametrize(("word", "side"), [
    ("pak", "person"), ("kata", "person"), ("bupati", "person"),
    ("klub", "other"), ("di", "other"), ("dari", "other"),
])
def test_heads_are_read_off_the_rules(heads: tuple[list[str], list[str]], word: str, side: str) -> None:
    person, other = heads
    assert word in (person if side == "person" else other)
    assert not set(person) & set(other)


def test_a_word_after_person_heads_more_often_than_other_heads_is_listed(
        heads: tuple[list[str], list[str]]) -> None:
    person_heads, other_heads = heads
    texts = ["Menurut Pak Amin, harga naik. Kata Amin pasar ramai. Bupati Amin Lubis hadir.",
             "Warga di Bima dan di Bima Sakti menunggu. Pak Bima datang.",
             "Amin (38) ditangkap."]
    person = count_after(texts, heads_pattern(person_heads), with_age=True)
    other = count_after(texts, heads_pattern(other_heads))
    assert person["amin"] == 4 and person["lubis"] == 1
    assert other["bima"] == 2
    assert person_name_words(person, other, frozenset()) == ["amin"]
    assert person_name_words(Counter({"bima": 3}), Counter({"bima": 4}), frozenset()) == []
    assert person_name_words(person, other, frozenset({"amin"})) == []
