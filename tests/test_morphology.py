"""Indonesian verb morphology (service/extraction/morphology.py): root + affix -> verb, as a
table, and the loader's use of it for reporting verbs listed by root."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extraction.morphology import MorphologyError
from service.extraction.rules import RuleError, RuleSet, load_rules
from tests.conftest import copy_rules

# (root, affix, verb)
FORMS = [
    ("tutur", "meN-kan", "menuturkan"),   # t drops before a vowel
    ("sampai", "meN-kan", "menyampaikan"),  # s -> ny
    ("kata", "meN-kan", "mengatakan"),    # k drops
    ("ungkap", "meN-kan", "mengungkapkan"),  # vowel: meng-
    ("papar", "meN-kan", "memaparkan"),   # p drops
    ("bantah", "meN", "membantah"),       # b: mem-
    ("jelas", "meN-kan", "menjelaskan"),  # j: men-
    ("lapor", "meN-kan", "melaporkan"),   # l: me-
    ("nilai", "meN", "menilai"),          # n: me-
    ("kritik", "meN", "mengkritik"),      # a cluster keeps its k
    ("prediksi", "meN", "memprediksi"),   # a cluster keeps its p
    ("cek", "meN", "mengecek"),           # one syllable: menge-
    ("aku", "meN-i", "mengakui"),
    ("anggap", "ber-an", "beranggapan"),
    ("tutur", "ber", "bertutur"),
    ("renang", "ber", "berenang"),        # ber- loses its r before r
    ("sebut", "di-kan", "disebutkan"),
    ("ikut", "di-i", "diikuti"),          # a vowel never drops
    ("rasa", "ter", "terasa"),
]


@pytest.mark.parametrize(("root", "affix", "verb"), FORMS, ids=[f"{root}+{affix}" for root, affix, _ in FORMS])
def test_derive(root: str, affix: str, verb: str, rules: RuleSet) -> None:
    assert rules.cues.morphology.morphology().derive(root, affix) == verb


@pytest.mark.parametrize(("root", "affix"), [("kata", "peN-an"), ("kata", "meN-nya"), ("ka ta", "meN")])
def test_unknown_affix_or_root_is_refused(root: str, affix: str, rules: RuleSet) -> None:
    with pytest.raises(MorphologyError):
        rules.cues.morphology.morphology().derive(root, affix)


def test_roots_join_their_group(rules: RuleSet) -> None:
    assert rules.reporting_verbs["beranggapan"].id == "verb.say"
    assert rules.reporting_verbs["bertutur"].id == "verb.say"


def test_a_derived_mental_state_is_refused(tmp_path: Path) -> None:
    directory = copy_rules(tmp_path)
    cues = directory / "cues.yml"
    cues.write_text(cues.read_text().replace("      anggap: [ber-an]\n", "      anggap: [ber-an]\n      duga: [meN]\n"))
    with pytest.raises(RuleError, match="menduga"):
        load_rules(directory)


def test_a_derived_form_already_listed_is_refused(tmp_path: Path) -> None:
    directory = copy_rules(tmp_path)
    cues = directory / "cues.yml"
    cues.write_text(cues.read_text().replace("      anggap: [ber-an]\n", "      anggap: [ber-an, meN]\n"))
    with pytest.raises(RuleError, match="menganggap"):
        load_rules(directory)


def test_a_bad_affix_in_the_rules_is_refused(tmp_path: Path) -> None:
    directory = copy_rules(tmp_path)
    cues = directory / "cues.yml"
    cues.write_text(cues.read_text().replace("      anggap: [ber-an]\n", "      anggap: [peN-an]\n"))
    with pytest.raises(RuleError):
        load_rules(directory)
