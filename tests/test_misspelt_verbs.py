"""Misspelt reporting verbs (cues.yml misspelt_verbs, service/extraction/cues/spelling.py):
a word no list knows, one edit from one listed verb of saying, is read as that verb and its
quote carries `verb.misspelt`; real words one edit from a verb, and typos of a capitalised
word or with a clitic, are not."""

from __future__ import annotations

import pytest

from service.extraction.cues.spelling import intended_verb
from service.extraction.rules import RuleSet
from tests.markup import MarkupExtractor, assert_quote_rows

# (case id, marked text, [(type, fragment, speaker, rule, resolution)])
CASES: list[tuple[str, str, list[tuple[str, str, str | None, str, str]]]] = [
    ("inserted_letter",
     "[Budi Santoso|PER] menngatakan bahwa harga beras di pasar akan turun pekan depan.",
     [("indirect", "harga beras di pasar akan turun", "Budi Santoso", "indirect.verb.misspelt", "name")]),
    ("inserted_letter_in_a_long_verb",
     "Kepala dinas [Siti Rahmawati|PER] mengungkapakan bahwa stok pupuk tahun ini cukup untuk petani.",
     [("indirect", "stok pupuk tahun ini cukup", "Siti Rahmawati", "indirect.verb.misspelt", "name")]),
    ("substituted_last_letter",
     "[Andi Wijaya|PER] menyampaikam bahwa jembatan itu akan selesai dibangun bulan depan.",
     [("indirect", "jembatan itu akan selesai", "Andi Wijaya", "indirect.verb.misspelt", "name")]),
    ("transposed_letters_and_a_quote",
     "[Andi Wijaya|PER] menjealaskan, “Jembatan itu akan selesai dibangun bulan depan.”",
     [("direct", "Jembatan itu akan selesai", "Andi Wijaya", "direct.verb.misspelt", "name")]),
    ("mixed_after_a_misspelt_verb",
     "[Budi Santoso|PER] menngatakan bahwa putusan hakim itu “terlalu berat” bagi keluarga korban.",
     [("mixed", "putusan hakim itu “terlalu berat”", "Budi Santoso", "mixed.verb.misspelt", "name")]),
    ("a_real_word_one_edit_away_is_no_verb",
     "[Budi Santoso|PER] mematikan mesin kapal itu sebelum petugas datang ke dermaga.",
     []),
    ("a_listed_known_word_is_no_verb",
     "[Budi Santoso|PER] bertanda tangan di atas surat perjanjian itu pada hari Senin.",
     []),
]


@pytest.mark.parametrize(("marked", "expected"), [pytest.param(text, quotes, id=case) for case, text, quotes in CASES])
def test_misspelt_verbs(marked: str, expected: list[tuple[str, str, str | None, str, str]],
                        markup_extractor: MarkupExtractor) -> None:
    text, result = markup_extractor.extract(marked)
    assert_quote_rows(text, result, expected)


# (word, the verb it is read as, or None)
READINGS: list[tuple[str, str | None]] = [
    ("menngatakan", "mengatakan"),   # insertion
    ("mengatkan", "mengatakan"),     # deletion
    ("menyampaikam", "menyampaikan"),  # substitution
    ("menjealaskan", "menjelaskan"),  # transposition
    ("mengatakan", None),            # the verb itself
    ("mematikan", None),             # a common word one edit from "memastikan"
    ("mencatut", None),              # known_words: a real word one edit from "mencatat"
    ("beratnya", None),              # a clitic: "berat" + -nya, not "bertanya"
    ("mengatakannya", None),         # three edits away
    ("menyatakan", None),            # a listed verb one edit from another ("mengatakan")
    ("mengkatakan", "mengatakan"),   # insertion after the shared opening
    ("bilang", None),                # shorter than min_length
    ("menegakan", None),             # known_words: a typo of "menegakkan", not "menegaskan"
]


@pytest.mark.parametrize(("word", "verb"), READINGS)
def test_intended_verb(word: str, verb: str | None, rules: RuleSet) -> None:
    assert intended_verb(word, rules) == verb
