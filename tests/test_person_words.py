"""The builder of rules/names.yml `person_name_words` (training/person_words.py): heads come from
the rules, and a word is listed when a person's head precedes it often enough and no less often
than the other heads. Sentences written for this test."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from service.extraction.rules import load_rules
from training.person_words import (
    count_after,
    count_uses,
    heads_pattern,
    not_name_words,
    other_name_words,
    person_name_words,
    rule_heads,
    rule_left_out,
)

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


def test_the_words_the_rules_know_as_no_name_are_left_out() -> None:
    """Institution heads, offices before an institution and place heads (`Polres`, `Kepala`,
    `Kabupaten`) follow a person's head (`kata Kapolres`, `ujar Kepala Polres`) but are no names."""
    left_out = rule_left_out(load_rules(RULES))
    assert {"polres", "partai", "kepala", "kabupaten", "klub"} <= left_out
    assert not {"amin", "budi", "maya"} & left_out


@pytest.mark.parametrize(("text", "word", "listed"), [
    # an office written short before its place or its institution's acronym: no name
    ("Kapolrestabes Medan hadir. Kapolrestabes Medan datang. Kata Kapolrestabes Bogor. "
     "Ujar Kapolrestabes Medan Kombes Budi.", "kapolrestabes", False),
    ("Kakanwil KEMENAG hadir. Kakanwil Medan pergi. Kakanwil BPN datang.", "kakanwil", False),
    # a name before a place now and then stays a name
    ("Budi Santoso hadir. Budi datang. Budi Medan pergi. Budi Lubis pulang.", "budi", True),
    # a word news writes in lowercase as often as capitalised is a word, not a name
    ("Ia di sana. Ia di rumah. Ia di kantor. Ia di pasar. Kata Di Budi. Pak Di hadir.", "di", False),
    ("Kata Maya hadir, ujar Maya. Ia maya.", "maya", True),
])
def test_offices_before_places_and_lowercase_words_are_no_names(text: str, word: str, listed: bool) -> None:
    uses = count_uses([text])
    assert (word not in not_name_words(uses, frozenset({"medan", "bogor"}), min_uses=1)) is listed


def test_an_office_before_an_office_is_no_name() -> None:
    text = "Kanit Reskrim hadir. Kasat Reskrim datang. Reskrim Bogor. Reskrim Medan. Reskrim Polda Jambi. Kanit Reskrim pergi."
    assert {"kanit", "reskrim"} <= not_name_words(count_uses([text]), frozenset({"medan", "bogor", "polda"}), min_uses=2)


def test_the_mirror_list_takes_the_words_after_other_heads_more_often() -> None:
    person, other = Counter({"amin": 4, "bima": 3}), Counter({"adha": 5, "bima": 4, "amin": 4, "langka": 1})
    assert other_name_words(person, other, frozenset()) == ["adha", "bima"]
    assert other_name_words(person, other, frozenset({"adha"})) == ["bima"]
