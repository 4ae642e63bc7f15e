"""Where an article writes a name as whole words (`document.whole_words`, `written_whole`): the
one pattern the entity repairs, the people stage and the hygiene stage build on. A table of
Indonesian sentences, then any text over the characters the boundaries test, against the
patterns the stages wrote out before they shared it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.extraction.document import whole_words, written_whole

CASES = [
    # text, phrase, joiners, the starts where it is written whole
    ("Budi datang. Budiman pergi, lalu Budi pulang.", "Budi", "", [0, 33]),
    ("Kata Ali: Alibaba milik Ali-Ali.", "Ali", "", [5, 24, 28]),
    ("Kata Ali: Alibaba milik Ali-Ali.", "Ali", "-", [5]),
    ("Lee Seo-yimeninggal dunia; Lee Seo-yi dikenang.", "Lee Seo-yi", "-", [27]),
    ("Ketua Rina Marlina hadir, Rina Marlina2 tidak.", "Rina Marlina", "", [6]),
    ("(Andi) dan \"Andi\" datang.", "Andi", "", [1, 12]),
]


@pytest.mark.parametrize(("text", "phrase", "joiners", "starts"), CASES)
def test_whole_words_finds_only_whole_writings(text: str, phrase: str, joiners: str, starts: list[int]) -> None:
    assert [match.start() for match in re.finditer(whole_words(phrase, joiners), text)] == starts
    if not joiners:
        assert [start for start, _ in written_whole(text, phrase)] == starts


ALPHABET = "aAbB9 -_.,é²\u0663"  # a superscript and an Arabic-Indic digit: \w matches both


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=30), st.text(ALPHABET, min_size=1, max_size=4))
def test_whole_words_is_the_patterns_the_stages_wrote(text: str, phrase: str) -> None:
    escaped = re.escape(phrase)
    plain = [match.span() for match in re.finditer(rf"(?<!\w){escaped}(?!\w)", text)]
    hyphened = [match.span() for match in re.finditer(rf"(?<![\w-]){escaped}(?![\w-])", text)]
    assert list(written_whole(text, phrase)) == plain
    assert [match.span() for match in re.finditer(whole_words(phrase, "-"), text)] == hyphened
