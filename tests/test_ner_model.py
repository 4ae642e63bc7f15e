"""The shipped Stanza NER model on sentences written for these tests."""

from __future__ import annotations

import pytest

from service.extraction.document import Document
from service.extraction.entity_repairs import decode_entities, entity_token_spans, tag_spans, trim_person_titles
from service.extraction.ner import NERModelError, find_entities
from service.extraction.pipeline import Extractor
from service.extraction.rules import RuleSet
from service.extraction.tokenization import tokenize

PERSON_CASES = [
    ("two_part_indonesian", "Budi Santoso datang ke kantor polisi pagi ini.", ["Budi Santoso"]),
    ("after_minister_title", "Menteri Luar Negeri Retno Marsudi bertemu duta besar Jepang.", ["Retno Marsudi"]),
    ("before_mengatakan", "Sri Mulyani mengatakan defisit anggaran masih aman.", ["Sri Mulyani"]),
    ("foreign_two_part", "Wakil Menteri Luar Negeri Rusia Alexander Grushko tiba di Brussels.", ["Alexander Grushko"]),
    ("foreign_after_kata", "“Kami siap berunding,” kata Wendy Sherman di Jenewa.", ["Wendy Sherman"]),
    ("single_surname_before_verb", "Stoltenberg mengatakan aliansi tetap bersatu.", ["Stoltenberg"]),
    ("three_part", "Luhut Binsar Pandjaitan meninjau pelabuhan di Sorong.", ["Luhut Binsar Pandjaitan"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "people"), [c[1:] for c in PERSON_CASES], ids=[c[0] for c in PERSON_CASES])
def test_finds_people(text: str, people: list[str], extractor: Extractor) -> None:
    document = Document(text)
    tokenize(document, extractor.tokenizer)
    find_entities(document, extractor.tagger, extractor.rules)
    found = [text[e.start:e.end] for e in document.entities if e.label == "PER"]
    for person in people:
        assert person in found, f"{person} not in {found}"
    for entity in document.entities:
        assert entity.label in ("PER", "ORG", "LOC")
        assert 0 <= entity.start < entity.end <= len(text)


@pytest.mark.model
def test_places_and_organisations_are_not_people(extractor: Extractor) -> None:
    text = "NATO dan Rusia bertemu di Brussels untuk membahas Ukraina dan keamanan Eropa."
    document = Document(text)
    tokenize(document, extractor.tokenizer)
    find_entities(document, extractor.tagger, extractor.rules)
    people = [text[e.start:e.end] for e in document.entities if e.label == "PER"]
    assert not set(people) & {"NATO", "Rusia", "Ukraina", "Eropa", "Brussels"}


def test_missing_model_fails_loudly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from service.extraction.ner import StanzaTagger

    with pytest.raises(NERModelError, match="no NER model configured"):
        StanzaTagger(None, None)
    with pytest.raises(NERModelError, match="not found"):
        StanzaTagger(tmp_path / "missing.pt", tmp_path / "missing_pretrain.pt")


def test_decode_bioes_and_broken_sequences() -> None:
    from service.extraction.document import Token

    tokens = [Token(i * 2, i * 2 + 1, "x", i) for i in range(6)]
    entities = decode_entities(tokens, ["B-PER", "E-PER", "O", "S-LOC", "I-ORG", "E-ORG"])
    assert [(e.start, e.end, e.label) for e in entities] == [(0, 3, "PER"), (6, 7, "LOC"), (8, 11, "ORG")]


TITLE_CASES = [
    ("minister_abbreviation", "Disampaikan Menhub Ignasius Jonan kemarin", "O B-PER I-PER E-PER O", ["Ignasius Jonan"]),
    ("honorific_with_dot", "kata Drs. Sabarani", "O B-PER E-PER", ["Sabarani"]),
    ("rank_and_office", "Kapolda Irjen Fadil Imran", "B-PER I-PER I-PER E-PER", ["Fadil Imran"]),
    ("given_name_kept", "dan Putri Ayuningtyas", "O B-PER E-PER", ["Putri Ayuningtyas"]),
    ("title_alone_kept", "kata Presiden", "O S-PER", ["Presiden"]),
    ("other_labels_untouched", "Menteri Keuangan", "B-ORG E-ORG", []),
]


@pytest.mark.parametrize(("text", "tags", "people"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES])
def test_titles_are_trimmed_from_people(text: str, tags: str, people: list[str], rules: RuleSet) -> None:
    words = text.split()
    spans = trim_person_titles(words, tag_spans(tags.split()), rules)
    assert [" ".join(words[first:end]) for first, end, label in spans if label == "PER"] == people


INSTITUTION_CASES = [
    # (id, words, model tags, entities as the NER stage reports them)
    ("acronym_tagged_person", "kata NATO kemarin", "O S-PER O", [("NATO", "ORG")]),
    ("two_institution_words", "DPR KPK bertemu", "B-PER E-PER O", [("DPR KPK", "ORG")]),
    ("person_acronym_stays", "kata SBY kemarin", "O S-PER O", [("SBY", "PER")]),
    ("name_after_institution_word_stays", "Kapolri Listyo Sigit", "B-PER I-PER E-PER", [("Listyo Sigit", "PER")]),
    ("institution_as_org_untouched", "KPK memanggil", "S-ORG O", [("KPK", "ORG")]),
    # a name never ends in a lowercase word: the words the model ran on into are the sentence's
    ("lowercase_word_after_a_name", "kata Van Gaal geram", "O B-PER I-PER E-PER", [("Van Gaal", "PER")]),
    ("lowercase_words_after_a_name", "Mona Astuti woro-woro kemarin", "B-PER I-PER E-PER O",
     [("Mona Astuti", "PER")]),
    ("hyphenated_lowercase_rest_kept", "kata Song Seo - bin", "O B-PER I-PER I-PER E-PER", [("Song Seo - bin", "PER")]),
    ("particle_inside_a_name_kept", "kata Louis van Gaal", "O B-PER I-PER E-PER", [("Louis van Gaal", "PER")]),
    ("lowercase_only_person_left_alone", "kata beliau", "O S-PER", [("beliau", "PER")]),
    ("lowercase_tail_of_organisation_kept", "Bank Mandiri syariah", "B-ORG I-ORG E-ORG",
     [("Bank Mandiri syariah", "ORG")]),
]


@pytest.mark.parametrize(("text", "tags", "entities"), [c[1:] for c in INSTITUTION_CASES],
                         ids=[c[0] for c in INSTITUTION_CASES])
def test_institution_only_people_become_organisations(text: str, tags: str, entities: list[tuple[str, str]],
                                                      rules: RuleSet) -> None:
    words = text.split()
    spans = entity_token_spans(words, tags.split(), rules)
    assert [(" ".join(words[first:end]), label) for first, end, label in spans] == entities


def test_character_lm_settings_must_come_in_pairs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from service.extraction.ner import StanzaTagger
    from service.settings import Settings

    with pytest.raises(NERModelError, match="both"):
        StanzaTagger.from_settings(Settings(ner_forward_charlm_path=tmp_path / "forward.pt"))
    with pytest.raises(NERModelError, match="not found"):
        StanzaTagger.from_settings(Settings(ner_forward_charlm_path=tmp_path / "forward.pt",
                                            ner_backward_charlm_path=tmp_path / "backward.pt"))


@pytest.mark.parametrize(("tags", "spans"), [
    ("O O O", []),
    ("O", []),
    ("S-PER O B-ORG E-ORG O", [(0, 1, "PER"), (2, 4, "ORG")]),
    ("B-PER I-PER E-PER", [(0, 3, "PER")]),
    ("B-PER I-PER O O B-LOC", [(0, 2, "PER"), (4, 5, "LOC")]),
    # broken sequences still yield their pieces; an "O" closes an open entity
    ("O I-PER E-PER O", [(1, 3, "PER")]),
    ("B-PER O E-PER", [(0, 1, "PER"), (2, 3, "PER")]),
    ("B-PER I-LOC E-LOC", [(0, 1, "PER"), (1, 3, "LOC")]),
    ("B-PER I-PER", [(0, 2, "PER")]),
    ("S-PER S-PER O S-LOC", [(0, 1, "PER"), (1, 2, "PER"), (3, 4, "LOC")]),
    ("B-PER B-PER E-PER", [(0, 1, "PER"), (1, 3, "PER")]),
    ("E-PER O", [(0, 1, "PER")]),
    ("B-PER PER O", [(0, 1, "PER")]),
])
def test_tag_spans(tags: str, spans: list[tuple[int, int, str]]) -> None:
    assert tag_spans(tags.split()) == spans
