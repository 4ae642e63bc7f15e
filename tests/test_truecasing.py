"""Truecasing of the lowercased NERP corpus (training/corpora.py), on sentences written here."""

from __future__ import annotations

import pytest

from training.corpora import CaseModel

CASED_TEXT = [
    "Hari ini Presiden Joko Widodo tiba di Bandung .",
    "Kemarin Presiden Joko Widodo bertemu KPK di Jakarta .",
    "Lalu Presiden Prabowo Subianto berbicara .",
    "Kata Presiden Prabowo kepada wartawan .",
    "Menurut Presiden Jokowi ekonomi membaik .",
    # a line counts only if it has a capital after its first word (IndoNLU lowercases some corpora)
    "Para calon presiden berdebat di Jakarta .",
    "Semua calon presiden hadir di Surabaya .",
    "Dua calon presiden menolak usul KPU .",
    "Tiga calon presiden setuju dengan KPU .",
    "Empat calon presiden datang ke Medan .",
    "Lima calon presiden pulang ke Bogor .",
    "Bank of Indonesia dan bank lain .",
]


@pytest.fixture(scope="module")
def case_model() -> CaseModel:
    return CaseModel.learn([line.split() for line in CASED_TEXT])


CASES = [
    # (id, lowercased words with labels, use_context, expected words)
    ("entity_words_capitalised", "joko/B-PER widodo/I-PER datang", False, "Joko Widodo datang"),
    ("acronym_restored", "kpk/B-ORG memanggil saksi", False, "KPK memanggil saksi"),
    ("sentence_start_capitalised", "kemarin joko/B-PER datang", False, "Kemarin Joko datang"),
    ("title_stays_lowercase_without_context", "lalu presiden joko/B-PER widodo/I-PER", False,
     "Lalu presiden Joko Widodo"),
    ("title_capitalised_before_a_name", "lalu presiden joko/B-PER widodo/I-PER", True,
     "Lalu Presiden Joko Widodo"),
    ("common_noun_stays_lowercase", "para calon presiden hadir", True, "Para calon presiden hadir"),
]


@pytest.mark.parametrize(("words", "use_context", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_truecase(case_model: CaseModel, words: str, use_context: bool, expected: str) -> None:
    sentence = [(part.split("/")[0], part.split("/")[1] if "/" in part else "O") for part in words.split()]
    restored = case_model.truecase(sentence, use_context)
    assert " ".join(word for word, _ in restored) == expected
    assert [label for _, label in restored] == [label for _, label in sentence]


def test_held_out_sentences_are_dropped_from_the_raw_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from training.corpora import held_out_sentences, without_held_out

    nergrit = tmp_path / "indonlu-nergrit"
    nergrit.mkdir()
    (nergrit / "valid.txt").write_text("Joko\tB-PERSON\ndatang\tO\n\nIa\tO\npulang\tO\n", encoding="utf-8")
    held_out = held_out_sentences(tmp_path)
    assert held_out == {"joko datang", "ia pulang"}
    lines = [["Joko", "datang"], ["joko", "datang"], ["Joko", "datang", "lagi"], ["Ia", "pulang"]]
    assert list(without_held_out(lines, held_out)) == [["Joko", "datang", "lagi"]]
