"""names.person_named_alike (issues 19/21): a name the article tags PER more often than anything
else is a person where the tagger read it as a place, a firm or nothing.

The markup tagger gives one label per name text, so these cases state each occurrence's tag
(`[Sugiarto|LOC]` here, `[Sugiarto|PER]` there) and run the repair on them directly. The
sentences are invented.
"""

from __future__ import annotations

import re

import pytest

from service.extraction.document import Document, Entity
from service.extraction.entity_repairs import (
    full_names_opened_by_people,
    names_the_article_gives_people,
    places_in_speaker_slots,
)
from service.extraction.rules import RuleSet
from service.extraction.tokenization import build_tokenizer, tokenize

OCCURRENCE = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC)\]")

# (case id, text with each occurrence's tag, the entities after the repair as "name|LABEL")
AlikeCase = tuple[str, str, list[str]]

CASES: list[AlikeCase] = [
    # A one-word name after an office, tagged a place once and a person twice, is the person.
    ("one_word_name_after_office_tagged_place",
     "Menteri Luar Negeri [Sugiarto|LOC] mengakui kesalahan itu. Ia meminta maaf. “Kami segera "
     "mengirim surat,” kata [Sugiarto|PER]. [Sugiarto|PER] tiba di [Senayan|LOC] pukul sembilan.",
     ["Sugiarto|PER", "Sugiarto|PER", "Sugiarto|PER", "Senayan|LOC"]),
    # A surname the tagger read as an organisation once is the person the article names twice.
    ("surname_tagged_organisation_once",
     "Pelatih [Brendan Rodgers|PER] memuji timnya. “Kami siap,” kata [Rodgers|PER]. "
     "“Semua pemain sehat,” ujar [Rodgers|PER]. Lanjut [Rodgers|ORG], latihan dimulai pagi.",
     ["Brendan Rodgers|PER", "Rodgers|PER", "Rodgers|PER", "Rodgers|PER"]),
    # An untagged occurrence after "Menurut", capitalised for opening its sentence, is tagged.
    ("untagged_after_menurut",
     "Pelatih [Brendan Rodgers|PER] memuji timnya. “Kami siap,” kata [Rodgers|PER]. "
     "“Semua pemain sehat,” ujar [Rodgers|PER]. Menurut Rodgers satu hal penting adalah disiplin.",
     ["Brendan Rodgers|PER", "Rodgers|PER", "Rodgers|PER", "Rodgers|PER"]),
    # An untagged occurrence right after an office is tagged too.
    ("untagged_after_an_office",
     "[Sugiarto|PER] tiba pagi. “Kami siap,” kata [Sugiarto|PER]. Menteri Luar Negeri Sugiarto "
     "menambahkan bahwa surat sudah dikirim.",
     ["Sugiarto|PER", "Sugiarto|PER", "Sugiarto|PER"]),
    # A name the article also writes after a place preposition stays a place where tagged one.
    ("name_written_after_a_place_preposition_is_left",
     "[Kendal|PER] tiba pagi. “Kami siap,” kata [Kendal|PER]. Warga di [Kendal|LOC] menyambut.",
     ["Kendal|PER", "Kendal|PER", "Kendal|LOC"]),
    # One PER is as often the tagger's slip: an untagged "petugas Damkar" is not made a person.
    ("one_person_tag_is_not_enough",
     "[Damkar|PER] datang. Petugas Damkar tiba pukul dua.",
     ["Damkar|PER"]),
    # A name run into a capitalised word that is no title or role is part of a longer name.
    ("untagged_inside_a_longer_name_is_left",
     "[Sugiarto|PER] tiba pagi. “Kami siap,” kata [Sugiarto|PER]. Ia menginap di Wisma Sugiarto.",
     ["Sugiarto|PER", "Sugiarto|PER"]),
    # A word of a one-word place (names.yml place_words) is not made a person.
    ("place_word_is_not_made_a_person",
     "[Jepara|PER] menang. “Kami siap,” kata [Jepara|PER]. [Jepara|LOC] cerah.",
     ["Jepara|PER", "Jepara|PER", "Jepara|LOC"]),
]


def _document(marked: str) -> tuple[Document, list[Entity]]:
    """The plain text, tokenized, and each marked occurrence as an entity."""
    entities: list[Entity] = []
    pieces: list[str] = []
    at = 0
    length = 0
    for match in OCCURRENCE.finditer(marked):
        pieces.append(marked[at:match.start()])
        length += match.start() - at
        entities.append(Entity(length, length + len(match.group(1)), match.group(2)))
        pieces.append(match.group(1))
        length += len(match.group(1))
        at = match.end()
    pieces.append(marked[at:])
    document = Document("".join(pieces))
    tokenize(document, build_tokenizer())
    return document, entities


@pytest.mark.parametrize(("marked", "expected"), [pytest.param(m, e, id=c) for c, m, e in CASES])
def test_person_named_alike(marked: str, expected: list[str], rules: RuleSet) -> None:
    document, entities = _document(marked)
    repaired = names_the_article_gives_people(document, entities, rules)
    assert [f"{document.text[e.start:e.end]}|{e.label}" for e in repaired] == expected


# names.place_in_speaker_slot: (case id, text with each occurrence's tag, entities after the repair)
SLOT_CASES: list[AlikeCase] = [
    # A one-word LOC right after a postposed cue, never a place in the article, is the speaker.
    ("place_after_a_postposed_cue",
     "Warga [Gambut|LOC] antre sejak pagi. “Semua senang,” kata [Rosmalinda|LOC].",
     ["Gambut|LOC", "Rosmalinda|PER"]),
    # The same right before a reporting verb, after an apposition's comma.
    ("place_before_a_reporting_verb",
     "Kepala Adat Desa [Belatung|LOC], [Tumbaga|LOC] mengatakan jalan desa rusak.",
     ["Belatung|LOC", "Tumbaga|PER"]),
    # A word the article also writes after a place preposition stays a place.
    ("written_after_a_place_preposition_stays",
     "Banjir melanda [Tumbaga|LOC]. Warga di [Tumbaga|LOC] mengungsi. “Air naik,” kata [Tumbaga|LOC].",
     ["Tumbaga|LOC", "Tumbaga|LOC", "Tumbaga|LOC"]),
    # A listed one-word place speaks for its government: it stays a place.
    ("listed_place_stays",
     "“Kami menolak,” kata [Jepara|LOC].",
     ["Jepara|LOC"]),
]


@pytest.mark.parametrize(("marked", "expected"), [pytest.param(m, e, id=c) for c, m, e in SLOT_CASES])
def test_place_in_speaker_slot(marked: str, expected: list[str], rules: RuleSet) -> None:
    document, entities = _document(marked)
    repaired = places_in_speaker_slots(document, entities, rules)
    assert [f"{document.text[e.start:e.end]}|{e.label}" for e in repaired] == expected


# names.full_name_tagged_as_place: (case id, text with each occurrence's tag, entities after the repair)
FULL_NAME_CASES: list[AlikeCase] = [
    # A full name tagged a place after an office's town, opened by a given name the article tags a
    # person alone twice, is that person; so is its writing in a title-case line ("Dekat").
    ("full_name_after_an_office_tagged_place",
     "Wali Kota Sukamaju [Raka Siregar|LOC] meninjau pasar. “Harga stabil,” kata [Raka|PER]. [Raka|PER] "
     "menambahkan stok cukup. Baca juga: Orang Dekat [Raka Siregar|LOC] Diperiksa",
     ["Raka Siregar|PER", "Raka|PER", "Raka|PER", "Raka Siregar|PER"]),
    # A place named after a person, written after a place preposition, stays a place.
    ("place_named_after_a_person_stays",
     "Warga berkumpul di [Gatot Sumantri|LOC]. “Jalan rusak,” kata [Gatot|PER]. [Gatot|PER] menambahkan "
     "warga sabar.",
     ["Gatot Sumantri|LOC", "Gatot|PER", "Gatot|PER"]),
    # A given name tagged a person only once is not yet the article's reading.
    ("given_name_tagged_once_leaves_the_place",
     "Wali Kota Sukamaju [Raka Siregar|LOC] meninjau pasar. “Harga stabil,” kata [Raka|PER].",
     ["Raka Siregar|LOC", "Raka|PER"]),
    # A firm's word among the words keeps the organisation.
    ("firm_opened_by_a_given_name_stays",
     "Pabrik [Raka Group|ORG] dibuka. “Harga stabil,” kata [Raka|PER]. [Raka|PER] menambahkan stok cukup.",
     ["Raka Group|ORG", "Raka|PER", "Raka|PER"]),
]


@pytest.mark.parametrize(("marked", "expected"), [pytest.param(m, e, id=c) for c, m, e in FULL_NAME_CASES])
def test_full_name_tagged_as_place(marked: str, expected: list[str], rules: RuleSet) -> None:
    document, entities = _document(marked)
    repaired = full_names_opened_by_people(document, entities, rules)
    assert [f"{document.text[e.start:e.end]}|{e.label}" for e in repaired] == expected
