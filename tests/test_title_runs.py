"""The titles before a name (`mentions.leading_titles`): one count that the canonical name,
the entity repairs, the aliases and the `menurut` appositions read, each with its own kind of
title. The words are invented."""

from __future__ import annotations

import pytest

from service.extraction.mentions import leading_titles, strip_titles
from service.extraction.rules import RuleSet

CASES = [
    # words, titles by RuleSet.is_title, titles by RuleSet.is_person_title
    ("Irjen Pol. Budi Santoso", 2, 2),
    ("Prof. Dr. Sinta Maharani", 2, 2),
    ("Bupati Rudi Hartono", 0, 1),  # an office is a person's title, not a rank dropped from the name
    ("Pak Kapolri Andi", 1, 2),
    ("Putri Kanesia", 0, 0),  # a role word that is also a given name stays
    ("Kapolri", 0, 0),  # a lone title is never counted: the caller judges the one word
    ("Irjen Pol.", 1, 1),
    ("", 0, 0),
]


@pytest.mark.parametrize(("text", "ranks", "person_titles"), CASES)
def test_leading_titles_counts_the_titles_before_the_name(rules: RuleSet, text: str, ranks: int,
                                                          person_titles: int) -> None:
    words = text.split()
    assert leading_titles(words, rules.is_title) == ranks
    assert leading_titles(words, rules.is_person_title) == person_titles
    assert strip_titles(words, rules) == words[ranks:]
