"""Text hygiene (issue 19): scraped damage is read through, and the text is never changed.

Tables over the markup tagger (tests/markup.py) with invented sentences, then the property:
damage inserted into a clean text gives the same quotes and speakers at shifted offsets.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extraction.document import Document
from service.extraction.hygiene import find_repairs
from service.extraction.rules import RuleSet
from tests.markup import MarkupExtractor, assert_offsets_point_into

# (case id, marked text, [(quote fragment, speaker, rule, resolution)], people of kind person)
HygieneCase = tuple[str, str, list[tuple[str, str | None, str, str]], list[str]]

HYGIENE: list[HygieneCase] = [
    ("sentence_end_glued_after_a_date",
     "[Rina Marlina|PER] meninjau gudang beras pada Senin (3/2).Ia menjelaskan bahwa stok cukup sampai Lebaran.",
     [("stok cukup sampai Lebaran", "Rina Marlina", "indirect.verb.say", "pronoun")], ["Rina Marlina"]),
    ("sentence_end_glued_after_a_year",
     "[Dedi Kurniawan|PER] menjabat sejak 2021.Dia mengatakan bahwa anggaran desa naik setiap tahun.",
     [("anggaran desa naik", "Dedi Kurniawan", "indirect.verb.say", "pronoun")], ["Dedi Kurniawan"]),
    ("trailing_credits_are_not_people",
     "[Rina Marlina|PER] meninjau gudang beras. “Stok cukup sampai Lebaran,” kata [Rina Marlina|PER].\n"
     "([Fajar Nugroho|PER])\n([Fajar Nugroho|PER])",
     [("Stok cukup sampai Lebaran", "Rina Marlina", "direct.cue.postposed", "name")], ["Rina Marlina"]),
    ("credit_glued_to_the_last_sentence",
     "“Stok cukup sampai Lebaran,” kata [Rina Marlina|PER].([Fajar Nugroho|PER])",
     [("Stok cukup sampai Lebaran", "Rina Marlina", "direct.cue.postposed", "name")], ["Rina Marlina"]),
    ("agency_code_credit",
     "[Rina Marlina|PER] mengatakan bahwa stok beras cukup sampai Lebaran. (ant/rzk)",
     [("stok beras cukup", "Rina Marlina", "indirect.verb.say", "name")], ["Rina Marlina"]),
    ("list_number_glued_to_a_name",
     "Pemeran film itu antara lain [Zhao Ming|PER]4 dan [Lin Hai|PER]5. [Lin Hai|PER] mengatakan bahwa syuting "
     "berlangsung tiga bulan.",
     [("syuting berlangsung", "Lin Hai", "indirect.verb.say", "name")], ["Zhao Ming", "Lin Hai"]),
    ("duplicated_paragraph_is_quoted_twice",
     "“Stok beras cukup sampai Lebaran tahun ini,” kata [Rina Marlina|PER].\n"
     "“Stok beras cukup sampai Lebaran tahun ini,” kata [Rina Marlina|PER].",
     [("Stok beras cukup", "Rina Marlina", "direct.cue.postposed", "name"),
      ("Stok beras cukup", "Rina Marlina", "direct.cue.postposed", "name")], ["Rina Marlina"]),
]


@pytest.mark.parametrize(("marked", "expected", "people"), [case[1:] for case in HYGIENE],
                         ids=[case[0] for case in HYGIENE])
def test_hygiene(marked: str, expected: list[tuple[str, str | None, str, str]], people: list[str],
                 markup_extractor: MarkupExtractor) -> None:
    text, result = markup_extractor.extract(marked)
    found = [(q.text, q.speaker.name, q.rule, q.speaker.resolution) for q in result.quotes]
    assert len(found) == len(expected), found
    for (fragment, speaker, rule, resolution), got in zip(expected, found, strict=True):
        assert fragment in got[0] and got[1:] == (speaker, rule, resolution), got
    assert [person.name for person in result.people if person.kind == "person"] == people
    assert_offsets_point_into(text, result)


def test_repairs_never_change_the_text(rules: RuleSet) -> None:
    text = "Ia hadir pada Senin (3/2).Ia pulang.\nIa pulang ke rumah dengan selamat sore itu.\n" \
           "Ia pulang ke rumah dengan selamat sore itu.\n(Fajar Nugroho)"
    document = Document(text)
    find_repairs(document, rules.hygiene)
    assert document.text == text
    assert [(repair.kind, text[repair.start:repair.end]) for repair in document.repairs] == [
        ("sentence_break", "."), ("duplicate", "Ia pulang ke rumah dengan selamat sore itu."),
        ("credit", "(Fajar Nugroho)")]


# Clean invented sentences, each with a quote; damage is inserted between or after them.
CLEAN = [
    "[Rina Marlina|PER] meninjau gudang beras pada Senin (3/2).",
    "Ia menjelaskan bahwa stok beras cukup sampai Lebaran.",
    "“Harga gabah di tingkat petani masih stabil,” kata [Rina Marlina|PER].",
    "[Dedi Kurniawan|PER] mengatakan bahwa distribusi ke pasar berjalan lancar.",
]
GLUE = ["", " ", "\n"]  # a sentence glued to the last, a space, a paragraph break
CREDITS = ["", "\n([Fajar Nugroho|PER])", "([Fajar Nugroho|PER])\n([Fajar Nugroho|PER])", " (ant/rzk)"]


def _joined(separators: list[str], credit: str) -> str:
    parts = [CLEAN[0]]
    for separator, sentence in zip(separators, CLEAN[1:], strict=True):
        parts.append(separator + sentence)
    return "".join(parts) + credit


def _quotes(markup_extractor: MarkupExtractor, marked: str) -> list[tuple[str, str | None, str]]:
    text, result = markup_extractor.extract(marked)
    assert_offsets_point_into(text, result)
    assert [person.name for person in result.people if person.kind == "person"] == ["Rina Marlina", "Dedi Kurniawan"]
    return [(q.text.strip(" ,."), q.speaker.name, q.rule) for q in result.quotes]


@pytest.mark.parametrize("glue", GLUE, ids=["glued", "space", "newline"])
@pytest.mark.parametrize("credit", CREDITS, ids=["none", "byline", "repeated_byline", "agency_code"])
def test_damage_gives_the_same_quotes_at_shifted_offsets(glue: str, credit: str,
                                                          markup_extractor: MarkupExtractor) -> None:
    clean = _quotes(markup_extractor, _joined([" "] * (len(CLEAN) - 1), ""))
    assert len(clean) == 3
    assert _quotes(markup_extractor, _joined([glue] * (len(CLEAN) - 1), credit)) == clean


def test_a_line_broken_at_a_stripped_link_keeps_the_quote(markup_extractor: MarkupExtractor) -> None:
    clean = _quotes(markup_extractor, _joined([" "] * (len(CLEAN) - 1), ""))
    broken = _joined([" "] * (len(CLEAN) - 1), "").replace("distribusi ke pasar", "distribusi ke\npasar")
    assert _quotes(markup_extractor, broken) == [(text.replace("ke pasar", "ke\npasar"), speaker, rule)
                                                 for text, speaker, rule in clean]


# Words of the clean sentences, outside quotation marks and names, where a scraper that strips
# a link leaves a line break ("distribusi ke\npasar"); the quote keeps its words.
LINK_BREAK_WORDS = ["gudang beras", "stok beras", "ke pasar", "berjalan lancar"]


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, list[str]]:
    """The clean sentences with a separator drawn for each gap, a trailing credit drawn, and a
    line break put where a link was stripped inside some sentences."""
    separators = [draw(st.sampled_from(GLUE)) for _ in CLEAN[1:]]
    credit = draw(st.sampled_from(CREDITS))
    broken = draw(st.lists(st.sampled_from(LINK_BREAK_WORDS), unique=True, max_size=len(LINK_BREAK_WORDS)))
    marked = _joined(separators, credit)
    for words in broken:
        marked = marked.replace(words, words.replace(" ", "\n", 1))
    return marked, broken


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=damaged())
def test_any_mix_of_damage_gives_the_same_quotes_at_shifted_offsets(case: tuple[str, list[str]],
                                                                   markup_extractor: MarkupExtractor) -> None:
    """Property form of the table above: every combination of glue, stripped-link line breaks
    and trailing credits gives the clean text's quotes (same words, speakers and rules), each
    at offsets that point into the damaged text."""
    marked, broken = case
    clean = _quotes(markup_extractor, _joined([" "] * (len(CLEAN) - 1), ""))
    expected = []
    for text, speaker, rule in clean:
        for words in broken:
            text = text.replace(words, words.replace(" ", "\n", 1))
        expected.append((text, speaker, rule))
    assert _quotes(markup_extractor, marked) == expected
