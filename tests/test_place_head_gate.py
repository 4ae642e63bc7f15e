"""The place-head gate of rule names.place_named_after_head reads the word before a name
backwards (issue 22: searching the pattern `(\\w+)[ \\t]+\\Z` tried it at each of the 80
positions before every occurrence of every PER name): it finds exactly what that search finds,
on a table of Indonesian sentences and on any text over the characters the pattern tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.extraction.entity_repairs import _word_before_blanks

REFERENCE = re.compile(r"(\w+)[ \t]+\Z")  # the pattern as searched before the rewrite

# (text, the name whose first occurrence is read back from, reach)
CASES = [
    ("Warga Kelurahan Titi Papan mengeluh.", "Titi Papan", 0, (6, "Kelurahan")),
    ("Lurah\tBudi hadir.", "Budi", 0, (0, "Lurah")),
    ("Kata Budi.", "Kata", 0, None),  # nothing before the name
    ("(Budi) hadir.", "Budi", 0, None),  # a bracket, no blank
    ("Ibu kota  \t Zimbabwe ramai.", "Zimbabwe", 0, (4, "kota")),
    ("Di Jalan_Baru Budi lewat.", "Budi", 0, (3, "Jalan_Baru")),
    ("Nomor 12 Budi.", "Budi", 0, (6, "12")),
    ("Kelurahan Titi Papan.", "Titi Papan", 4, (4, "rahan")),  # cut by the reach
    ("Desa Ñandú Budi.", "Budi", 0, (5, "Ñandú")),
    ("   Budi", "Budi", 0, None),  # blanks only
    ("Kota, Budi", "Budi", 0, None),  # a comma before the blank
]


def _reference(text: str, reach: int, at: int) -> tuple[int, str] | None:
    found = REFERENCE.search(text, reach, at)
    return None if found is None else (found.start(), found.group(1))


@pytest.mark.parametrize(("text", "name", "reach", "expected"), CASES)
def test_word_before_a_name(text: str, name: str, reach: int, expected: tuple[int, str] | None) -> None:
    at = text.index(name)
    assert _word_before_blanks(text, reach, at) == expected
    assert _reference(text, reach, at) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZ9_ñ½٣ \t\n.,-", max_size=30), st.data())
def test_same_as_the_pattern_on_any_text(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    reach = data.draw(st.integers(0, at))
    assert _word_before_blanks(text, reach, at) == _reference(text, reach, at)
