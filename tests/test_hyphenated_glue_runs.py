"""The glued-verb search on hyphenated names tries its pattern only on the runs of word
characters and hyphens that hold a hyphen (issue 22: searched over the whole text it
backtracked through every capitalised word): it finds exactly what the whole-text search
finds, on a table of Indonesian sentences and on any text over the characters it tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.extraction import hygiene
from service.extraction.rules import RuleSet

PREFIXES = ("ber", "ter", "me", "di")
MIN_TAIL_CHARS = 7

SENTENCES = [
    "Aktris Lee Seo-yimeninggal dunia, kata agensi Lee Seo-yi.",
    "Kim Ji-wonmengatakan Kim Ji-won siap; Park Min-Jiditemui di Seoul.",
    "Harga naik 2015-2016, sehari-hari warga ber-KTP. Anti-korupsiberjalan.",
    "Seo-yimeninggal-dunia, -Seo-yimeninggal, Seo-yi_meninggal, 9Seo-yimeninggal.",
    "Jae-inmenjelaskan -- Jae-in",
    "Tanpa tanda hubung sama sekali.",
    "",
]

ALPHABET = "SeoyimngalYdtr-_ 9.\n"


def _reference(text: str) -> list[tuple[int, str]]:
    pattern = hygiene._hyphenated_glue_pattern(PREFIXES, MIN_TAIL_CHARS)
    return [(match.start("tail"), match.group("stem")) for match in pattern.finditer(text)]


def _by_runs(text: str) -> list[tuple[int, str]]:
    pattern = hygiene._hyphenated_glue_pattern(PREFIXES, MIN_TAIL_CHARS)
    matches = (pattern.fullmatch(text, start, end) for start, end in hygiene._hyphenated_runs(text))
    return [(match.start("tail"), match.group("stem")) for match in matches if match is not None]


@pytest.mark.parametrize("text", SENTENCES)
def test_runs_find_what_the_whole_text_search_finds(text: str) -> None:
    assert _by_runs(text) == _reference(text)


def test_the_table_has_glued_names() -> None:
    assert sum(len(_reference(text)) for text in SENTENCES) >= 4


def test_a_glued_name_written_alone_is_cut(rules: RuleSet) -> None:
    text = SENTENCES[0]
    cuts = hygiene._hyphenated_glued_verbs(text, tuple(rules.hygiene.glued_verb.prefixes), rules.hygiene.glued_verb)
    assert [(repair.start, repair.rule) for repair in cuts] == [(text.index("meninggal"), rules.hygiene.glued_verb.id)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_same_as_the_whole_text_search_on_any_text(text: str) -> None:
    assert _by_runs(text) == _reference(text)
