"""The two tests of a word in capitals (`mentions.is_acronym`, `mentions.is_short_form`) side by
side: a word beside a name is an acronym of letters only; a form defined in brackets after a
long name may hold digits and hyphens. The words are invented."""

from __future__ import annotations

import pytest

from service.extraction.mentions import is_acronym, is_short_form

CASES = [
    # word, is_acronym, is_short_form
    ("BPOM", True, True),
    ("KPK", True, True),
    ("SSMS", True, True),
    ("COVID-19", False, True),
    ("PT2", False, True),
    ("B", False, False),
    ("G20", False, False),  # one capital: a code, not an organisation's letters
    ("DPRD", True, True),
    ("Flores", False, False),
    ("DKIJakarta", False, False),
    ("", False, False),
]


@pytest.mark.parametrize(("word", "acronym", "short_form"), CASES)
def test_acronym_and_short_form(word: str, acronym: bool, short_form: bool) -> None:
    assert is_acronym(word) is acronym
    assert is_short_form(word) is short_form
