"""Cross-article speaker keys (service/store/speakers.py): tables of names as they arrive in
successive articles, and the key each must get. No model, no database."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extraction.known_names import AliasBook, load_alias_book, name_tokens
from service.extraction.rules import RuleError, RuleSet
from service.store.speakers import SpeakerDirectory

ALIASES = """
version: 1
people:
  - name: Joko Widodo
    aliases: [Jokowi]
  - name: Komisi Pemberantasan Korupsi
    kind: organization
    aliases: [KPK]
keep_apart:
  - [Susilo Bambang Yudhoyono, Agus Harimurti Yudhoyono]
"""

ORGANISATION = "org:"  # prefix in the tables below: the name is an organisation's
# (names in the order articles bring them, kind) -> the key each one gets
ARRIVALS = [
    ("full name, then its surname-only form",
     [("Purbaya Yudhi Sadewa", "purbaya-yudhi-sadewa"), ("Purbaya", "purbaya-yudhi-sadewa")]),
    ("shortened two-word form",
     [("Sri Mulyani Indrawati", "sri-mulyani-indrawati"), ("Sri Mulyani", "sri-mulyani-indrawati")]),
    ("case, diacritics, honorifics and ranks do not make a new person",
     [("Sri Mulyani Indrawati", "sri-mulyani-indrawati"), ("Dr. SRI MULYANI Indráwati", "sri-mulyani-indrawati"),
      ("Irjen Pol Karyoto", "karyoto"), ("Karyoto", "karyoto")]),
    ("an office before the name is a role, not part of it",
     [("Presiden Prabowo Subianto", "prabowo-subianto"), ("Prabowo Subianto", "prabowo-subianto")]),
    ("a one-letter slip in a long name",
     [("Sri Mulyani Indrawati", "sri-mulyani-indrawati"), ("Sri Mulyani Indrawatti", "sri-mulyani-indrawati")]),
    ("short names are too short for a fuzzy match",
     [("Budi Arie", "budi-arie"), ("Budi Aria", "budi-aria")]),
    ("two full names contain the short form: no merge",
     [("Budi Gunadi Sadikin", "budi-gunadi-sadikin"), ("Budi Arie Setiadi", "budi-arie-setiadi"),
      ("Budi", "budi")]),
    ("the aliases file joins names that share no word",
     [("Jokowi", "joko-widodo"), ("Joko Widodo", "joko-widodo"), ("Widodo", "joko-widodo")]),
    ("keep_apart: two people who share a surname stay two",
     [("Susilo Bambang Yudhoyono", "susilo-bambang-yudhoyono"),
      ("Agus Harimurti Yudhoyono", "agus-harimurti-yudhoyono"), ("Yudhoyono", "yudhoyono")]),
    ("an organisation never joins a person",
     [("org:Universitas Gadjah Mada", "universitas-gadjah-mada"), ("Gadjah Mada", "gadjah-mada")]),
    ("organisations merge among themselves, and the aliases file names them too",
     [("org:KPK", "komisi-pemberantasan-korupsi"), ("org:Komisi Pemberantasan Korupsi", "komisi-pemberantasan-korupsi"),
      ("org:Universitas Gadjah Mada", "universitas-gadjah-mada"), ("org:Gadjah Mada", "universitas-gadjah-mada")]),
]


@pytest.fixture
def aliases(tmp_path: Path, rules: RuleSet) -> AliasBook:
    path = tmp_path / "aliases.yml"
    path.write_text(ALIASES, encoding="utf-8")
    return load_alias_book(path, rules)


@pytest.mark.parametrize(("case", "arrivals"), ARRIVALS, ids=[case for case, _ in ARRIVALS])
def test_keys_across_articles(rules: RuleSet, aliases: AliasBook, case: str,
                              arrivals: list[tuple[str, str]]) -> None:
    directory = SpeakerDirectory(rules, aliases)
    for written, expected in arrivals:
        kind, name = ("organization", written[len(ORGANISATION):]) if written.startswith(ORGANISATION) \
            else ("person", written)
        assert directory.key_for(name, kind).key == expected, (case, name)


def test_a_short_form_seen_first_is_absorbed_by_the_full_name(rules: RuleSet, aliases: AliasBook) -> None:
    directory = SpeakerDirectory(rules, aliases)
    assert directory.key_for("Purbaya", "person").key == "purbaya"
    full = directory.key_for("Purbaya Yudhi Sadewa", "person")
    assert (full.key, full.absorbed) == ("purbaya-yudhi-sadewa", ["purbaya"])
    assert directory.key_for("Purbaya", "person").key == "purbaya-yudhi-sadewa"


def test_a_short_form_matching_two_full_names_is_not_absorbed(rules: RuleSet, aliases: AliasBook) -> None:
    directory = SpeakerDirectory(rules, aliases)
    directory.key_for("Budi Gunadi Sadikin", "person")
    directory.key_for("Budi Arie Setiadi", "person")
    assert directory.key_for("Budi", "person").key == "budi"
    assert directory.key_for("Budi Santoso", "person").absorbed == []


def test_name_tokens_keep_organisation_words(rules: RuleSet) -> None:
    assert name_tokens("Kementerian Luar Negeri", rules, "organization") == ("kementerian", "luar", "negeri")
    assert name_tokens("Menteri Sugiono", rules, "person") == ("sugiono",)
    assert name_tokens("Menteri", rules, "person") == ("menteri",)  # a lone office is kept, not emptied


@pytest.mark.parametrize(("text", "message"), [
    ("version: 1\npeople:\n  - name: A Satu\n    aliases: [Ace]\n  - name: B Dua\n    aliases: [Ace]\n",
     "'Ace' is listed for A Satu and for B Dua"),
    ("version: 1\npeople:\n  - name: Joko Widodo\n    aliases: [Jokowi]\nkeep_apart:\n  - [Jokowi, Joko Widodo]\n",
     "are aliases of one person"),
    ("version: 1\nkeep_apart:\n  - [Budi, budi]\n", "names one form twice"),
    ("version: 1\npeople:\n  - name: Joko Widodo\n    nickname: Jokowi\n", "Extra inputs are not permitted"),
    ("version: 1\npeople:\n  - name: Dr.\n", "has no name words"),
])
def test_alias_file_contradictions_stop_with_a_clear_message(tmp_path: Path, rules: RuleSet, text: str,
                                                              message: str) -> None:
    path = tmp_path / "aliases.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError, match=message):
        load_alias_book(path, rules)


def test_shipped_alias_file_loads(rules: RuleSet) -> None:
    book = load_alias_book(Path(__file__).resolve().parent.parent / "rules" / "aliases.yml", rules)
    assert book.canonical["jokowi"][0] == "joko-widodo"
    assert book.canonical["kpk"][2] == "organization"
