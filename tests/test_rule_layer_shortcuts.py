"""The rule layer's cheaper paths give what their plain definitions give (issue 22).

`coreference.abbreviates` asks `is_title_or_role` once per word, not again for each opening
word and its neighbours; `entity_repairs._token_before` finds the token before an offset with
one binary search, not by slicing out every token over its reach; tokens are built column by
column (`tokens_in_bulk`); listed words are read from the document's indexes of tokens by text
(`tokens_with_texts`, `tokens_with_lowered_texts`), and the words capitalised inside sentences
per distinct word. The tables hold Indonesian offices and sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from service.extraction import entity_repairs
from service.extraction.coreference import abbreviates
from service.extraction.document import Document, Token, tokens_in_bulk
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


INDEX_TEXTS = [
    *TEXTS,
    "Ia mengaku kecewa. Namun ia tetap datang, kata IA Putri. Inisial AP dan HB ditahan.",
    "Kemenkes menyebut Kementerian Kesehatan siap. Menurut dia, KEMENKES belum menerima laporan.",
    "",
]


@pytest.mark.parametrize("text", INDEX_TEXTS)
def test_tokens_built_in_bulk_are_the_tokens_built_one_by_one(text: str) -> None:
    """`tokens_in_bulk` fills each slot column by column: the same tokens as `Token(...)`."""
    document = Document(text)
    tokenize(document, build_tokenizer())
    columns = ([token.start for token in document.tokens], [token.end for token in document.tokens],
               [token.text for token in document.tokens])
    built = tokens_in_bulk(*columns)
    assert built == [Token(start, end, word, index) for index, (start, end, word) in enumerate(zip(*columns, strict=True))]
    assert [hash(token) for token in built] == [hash(token) for token in document.tokens]
    assert all(type(token) is Token for token in built)


WORD_LISTS = [
    frozenset({"ia", "dia"}),
    frozenset({"inisial", "ap", "kemenkes"}),
    frozenset({"(", ",", "."}),
    frozenset({"tidak", "tertulis"}),
    frozenset(),
]


@pytest.mark.parametrize("text", INDEX_TEXTS)
@pytest.mark.parametrize("words", WORD_LISTS)
def test_tokens_with_listed_texts_are_the_tokens_a_scan_finds(text: str, words: frozenset[str]) -> None:
    """The listed words' tokens from the document's indexes, in text order, are the tokens a
    scan of every token finds, written exactly so or in any case."""
    document = Document(text)
    tokenize(document, build_tokenizer())
    assert document.tokens_with_lowered_texts(words) == [
        token for token in document.tokens if token.text.lower() in words]
    capitalised = {word.capitalize() for word in words} | {word.upper() for word in words}
    assert document.tokens_with_texts(capitalised) == [token for token in document.tokens if token.text in capitalised]
    for word in words:
        assert document.tokens_with_lowered_text(word) == [
            token for token in document.tokens if token.text.lower() == word]


@pytest.mark.parametrize("text", INDEX_TEXTS)
def test_words_capitalised_inside_sentences_read_per_distinct_word(text: str) -> None:
    """Decided per distinct word: the words with a capitalised token that its place does not
    capitalise, as a walk over every token gives them."""
    document = Document(text)
    tokenize(document, build_tokenizer())
    assert document.words_capitalised_inside_sentences() == frozenset(
        token.text for token in document.tokens
        if token.text[:1].isupper() and not document._capitalised_by_place(token))
