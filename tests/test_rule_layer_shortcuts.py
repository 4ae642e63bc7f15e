"""The rule layer's cheaper paths give what their plain definitions give (issue 22).

`coreference.abbreviates` asks `is_title_or_role` once per word, not again for each opening
word and its neighbours; `entity_repairs._token_before` finds the token before an offset with
one binary search, not by slicing out every token over its reach. The tables hold Indonesian
offices and sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from service.extraction import entity_repairs
from service.extraction.coreference import abbreviates
from service.extraction.document import Document
from service.extraction.rules import RuleSet
from service.extraction.tokenization import build_tokenizer, tokenize

ABBREVIATIONS = [
    ("Menkeu", ["Menteri", "Keuangan"], True),
    ("Menkeu", ["Wakil", "Menteri", "Keuangan"], False),  # part of a longer office
    ("Wamenkeu", ["Wakil", "Menteri", "Keuangan"], True),
    ("GM", ["General", "Manager"], True),  # the modifier opens the office it spells
    ("Kapolda", ["Kepala", "Polda"], True),
    ("Kapolda", ["Wakil", "Kepala", "Polda"], False),
    ("Menkeu", ["Menteri", "Pertahanan"], False),
]


@pytest.mark.parametrize(("short", "words", "expected"), ABBREVIATIONS)
def test_abbreviates(short: str, words: list[str], expected: bool, rules: RuleSet) -> None:
    assert abbreviates(short, words, rules) is expected


def test_abbreviates_asks_each_word_once(rules: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each word's answer is read by its own opening and by its neighbours': asked once."""
    asked: list[str] = []
    listed = type(rules).is_title_or_role

    def counted(self: Any, word: str) -> bool:
        asked.append(word)
        return listed(self, word)

    monkeypatch.setattr(type(rules), "is_title_or_role", counted)
    words = ["Kepala", "Dinas", "Pekerjaan", "Umum", "Kota", "Bogor"]
    abbreviates("Kadispu", words, rules)
    assert sorted(asked) == sorted(words)


TEXTS = [
    "Kapolres Bogor, AKBP Siti Rahma, mengatakan rapat ditunda.",
    "“Kami siap,” ujar Kepala Dinas Pendidikan   Budi Hartono (45) di Bogor.",
    "PT Sinar Jaya Tbk.  (SNJY) mencatat laba.\n\nDirektur Utama Andi Wijaya menolak berkomentar.",
    "Ia  datang" + " " * 60 + "sendiri, katanya.",
]


def _plain_token_before(document: Document, offset: int) -> Any:
    """The definition: the last token starting over the reach before `offset`, if it ends by it."""
    tokens = document.tokens_between(max(0, offset - entity_repairs.TOKEN_BEFORE_REACH_CHARS), offset)
    return tokens[-1] if tokens and tokens[-1].end <= offset else None


@pytest.mark.parametrize("text", TEXTS)
def test_token_before_is_the_last_token_over_its_reach(text: str) -> None:
    document = Document(text)
    tokenize(document, build_tokenizer())
    for offset in range(len(text) + 1):
        assert entity_repairs._token_before(document, offset) == _plain_token_before(document, offset), offset
