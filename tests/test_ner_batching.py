"""Sentences of several documents tagged together (issue 22): the same results as one
document at a time, each document under its own deadline; and the int8 tagger."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.deadline import NO_DEADLINE, Deadline
from service.engines.local import GROUP_CHARACTERS, extract_record, extract_records, record_groups
from service.engines.records import InputRecord, text_format_of
from service.extraction.document import Document, Token
from service.extraction.ner import (
    TOKENS_PER_DEADLINE_CHECK,
    NERModelError,
    StanzaTagger,
    quantize_int8,
    tag_documents,
    tagger_input,
    tagging_groups,
)
from service.extraction.pipeline import ExtractionJob, Extractor
from service.extraction.rules import RuleSet
from service.extraction.tokenization import build_tokenizer, tokenize
from service.http.app import create_app
from service.settings import Settings
from tests.markup import MarkupTagger

# short articles of the kind that leave the model's batches half empty when tagged alone
ARTICLES = [
    ("rapat", "“Kami akan menaikkan anggaran pendidikan tahun depan,” kata Menteri Keuangan Sri Mulyani "
              "di Jakarta, Senin. Ia menambahkan bahwa defisit tetap di bawah tiga persen."),
    ("banjir", "Banjir merendam ratusan rumah di Bekasi. Kepala BPBD Bekasi Henri Lincoln mengatakan "
               "air mulai surut pada sore hari. “Warga sudah kembali ke rumah,” ujarnya."),
    ("kosong", ""),
    ("sepak_bola", "Pelatih Shin Tae-yong menyebut timnya siap menghadapi Vietnam. “Kami sudah berlatih "
                   "keras,” kata Shin. Pertandingan digelar di Stadion Gelora Bung Karno."),
    ("ulang", "“Kami akan menaikkan anggaran pendidikan tahun depan,” kata Menteri Keuangan Sri Mulyani "
              "di Jakarta, Senin. Budi Santoso dari Universitas Indonesia menilai langkah itu tepat."),
    ("html", "<p>Gubernur Jawa Tengah Ganjar Pranowo meninjau pasar di Semarang.</p>"
             "<p>“Harga beras stabil,” katanya.</p>"),
]


def _without_timing(response: Any) -> dict[str, Any]:
    """A response as JSON, less meta.elapsed_ms (a group's time, not one document's)."""
    data: dict[str, Any] = json.loads(response.model_dump_json())
    data["meta"].pop("elapsed_ms")
    return data


def _groups(texts: list[str]) -> list[list[list[Any]]]:
    tokenizer = build_tokenizer()
    groups = []
    for text in texts:
        document = Document(text)
        tokenize(document, tokenizer)
        groups.append(tagging_groups(document))
    return groups


class CountingTagger(MarkupTagger):
    """The markup tagger, recording the sentences of each model call."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[list[str]]] = []

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        self.calls.append(sentences)
        return super().tag_sentences(sentences)


def test_a_sentence_shared_by_documents_is_tagged_once() -> None:
    tagger = CountingTagger()
    tagger.gazetteer = {"SriMulyani": "PER"}
    texts = [ARTICLES[0][1], ARTICLES[4][1]]
    tags = tag_documents(tagger, _groups(texts), [NO_DEADLINE, NO_DEADLINE])  # type: ignore[arg-type]
    tagged = [sentence for call in tagger.calls for sentence in call]
    assert len(tagged) == len({tuple(sentence) for sentence in tagged}) == 3
    assert tags[0] is not None and tags[1] is not None
    assert tags[0][0] == tags[1][0] and "B-PER" in tags[0][0]


def test_model_calls_are_bounded_by_tokens() -> None:
    tagger = CountingTagger()
    sentence = "Para pejabat daerah membahas anggaran bersama dewan pada rapat {} kemarin."
    texts = [" ".join(sentence.format(number) for number in range(start, start + 150)) for start in (0, 1000)]
    tag_documents(tagger, _groups(texts), [NO_DEADLINE, NO_DEADLINE])  # type: ignore[arg-type]
    longest = max(len(sentences) for sentences in tagger.calls)
    assert len(tagger.calls) > 1
    for call in tagger.calls:
        assert sum(len(words) for words in call[:-1]) < TOKENS_PER_DEADLINE_CHECK
    assert longest > 1


def test_sentences_of_all_documents_go_to_the_model_shortest_first() -> None:
    """fp32 (tags independent of the batch): the group's sentences in one order of length, so
    that each model batch holds sentences of about one length, whichever document they are from."""
    tagger = CountingTagger()
    texts = [text for _, text in ARTICLES] + [" ".join(["Rapat anggaran digelar di gedung dewan kemarin."] * 3)]
    tag_documents(tagger, _groups(texts), [NO_DEADLINE] * len(texts))  # type: ignore[arg-type]
    lengths = [len(words) for call in tagger.calls for words in call]
    assert lengths == sorted(lengths) and len(set(lengths)) > 3


def test_int8_keeps_each_documents_order() -> None:
    """A tagger whose tags depend on the batch (int8) reads sentences in document order."""
    tagger = CountingTagger()
    tagger.batch_invariant = False  # type: ignore[attr-defined]
    groups = _groups([ARTICLES[1][1]])
    lengths = [len(group) for group in groups[0]]
    assert lengths != sorted(lengths)
    tag_documents(tagger, groups, [NO_DEADLINE])  # type: ignore[arg-type]
    assert tagger.calls == [[[token.text for token in group] for group in groups[0]]]


def test_a_late_document_is_dropped_and_the_others_are_tagged() -> None:
    tagger = CountingTagger()
    tagger.gazetteer = {"HenriLincoln": "PER", "SriMulyani": "PER"}
    late = Deadline(0.0)
    tags = tag_documents(tagger, _groups([ARTICLES[0][1], ARTICLES[1][1]]),  # type: ignore[arg-type]
                         [late, NO_DEADLINE])
    assert tags[0] is None
    assert tags[1] is not None and any("B-PER" in sentence for sentence in tags[1])
    tagged = {" ".join(sentence) for call in tagger.calls for sentence in call}
    assert not any("Sri Mulyani" in sentence for sentence in tagged)


def test_extract_many_reports_a_late_document_in_its_place(rules: RuleSet) -> None:
    from service.deadline import DeadlineExceeded

    tagger = MarkupTagger()
    tagger.gazetteer = {"HenriLincoln": "PER"}
    extractor = Extractor(rules, tagger)  # type: ignore[arg-type]
    outcomes = extractor.extract_many([ExtractionJob(ARTICLES[0][1], "a", Deadline(0.0)),
                                       ExtractionJob(ARTICLES[1][1], "b")])
    assert isinstance(outcomes[0], DeadlineExceeded)
    assert not isinstance(outcomes[1], Exception)
    assert outcomes[1].quotes[0].speaker.name == "Henri Lincoln"


@pytest.mark.model
def test_tags_do_not_depend_on_the_other_documents(extractor: Extractor) -> None:
    """fp32: a sentence's tags are the same whatever is tagged beside it."""
    groups = _groups([text for _, text in ARTICLES])
    together = tag_documents(extractor.tagger, groups, [NO_DEADLINE] * len(groups))
    alone = [tag_documents(extractor.tagger, [document], [NO_DEADLINE])[0] for document in groups]
    assert together == alone


@pytest.mark.model
def test_extract_many_gives_the_same_json_as_one_at_a_time(extractor: Extractor) -> None:
    texts = [text for name, text in ARTICLES if name != "html"]
    together = extractor.extract_many([ExtractionJob(text, f"d{number}") for number, text in enumerate(texts)])
    alone = [extractor.extract(text, f"d{number}") for number, text in enumerate(texts)]
    assert [_without_timing(result) for result in together] == [_without_timing(result) for result in alone]
    assert any(result.quotes for result in alone)


@pytest.mark.model
def test_local_engine_groups_give_the_same_lines(extractor: Extractor) -> None:
    """`kutip extract` and Ray: a group of records, bad ones and HTML included, as one at a time."""
    records = [InputRecord(name, text, line, metadata={"format": "html" if name == "html" else "text"})
               for line, (name, text) in enumerate(ARTICLES, start=1)]
    records.insert(2, InputRecord("rusak", None, 99, ("invalid_text", "'text' is not a string")))
    together = extract_records(extractor, records, None)
    alone = [extract_record(extractor, record, None, text_format_of(record)) for record in records]
    assert [(None if result is None else _without_timing(result), error) for result, error in together] == \
        [(None if result is None else _without_timing(result), error) for result, error in alone]
    assert together[2] == (None, ("invalid_text", "'text' is not a string"))


@pytest.mark.model
def test_batch_route_gives_the_same_results_as_the_document_route(extractor: Extractor) -> None:
    documents = [{"id": name, "text": text, "format": "html" if name == "html" else "text"}
                 for name, text in ARTICLES]
    with TestClient(create_app(Settings(), extractor)) as client:
        batch = client.post("/v1/extract/batch", json={"documents": documents}).json()["results"]
        alone = [client.post("/v1/extract", json=document).json() for document in documents]
    for item, single in zip(batch, alone, strict=True):
        item["result"]["meta"].pop("elapsed_ms")
        single["meta"].pop("elapsed_ms")
        assert item["result"] == single


GROUP_CASES = [
    ("short_ones_together", [100] * 20, [16, 4]),
    ("long_one_alone", [100, GROUP_CHARACTERS, 100], [1, 1, 1]),
    ("fill_to_the_bound", [GROUP_CHARACTERS // 2] * 3, [2, 1]),
]


@pytest.mark.parametrize(("sizes", "expected"), [case[1:] for case in GROUP_CASES], ids=[c[0] for c in GROUP_CASES])
def test_record_groups(sizes: list[int], expected: list[int]) -> None:
    records = [InputRecord(str(number), "a" * size, number) for number, size in enumerate(sizes)]
    groups = list(record_groups(records))
    assert [len(group) for group in groups] == expected
    assert [record for group in groups for record in group] == records


def test_unknown_precision_is_refused() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Settings(ner_precision="int4")  # type: ignore[arg-type]
    settings = Settings()
    with pytest.raises(NERModelError, match="unknown NER precision"):
        StanzaTagger(settings.ner_model_path, settings.ner_pretrain_path, precision="fp16")


def test_quantize_int8_converts_the_lstm_and_linear_layers() -> None:
    import torch

    model = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.LSTM(8, 4), torch.nn.Embedding(10, 8))
    quantized = quantize_int8(model)
    kinds = [type(layer).__module__ + "." + type(layer).__name__ for layer in quantized]
    assert kinds[0].endswith("dynamic.modules.linear.Linear")
    assert kinds[1].endswith("dynamic.modules.rnn.LSTM")
    assert isinstance(quantized[2], torch.nn.Embedding)  # embeddings stay fp32
    assert isinstance(model[0], torch.nn.Linear)  # the original is left as it was


INT8_PEOPLE = [
    ("Menteri Luar Negeri Retno Marsudi bertemu duta besar Jepang.", "Retno Marsudi"),
    ("“Kami siap berunding,” kata Wendy Sherman di Jenewa.", "Wendy Sherman"),
    ("Luhut Binsar Pandjaitan meninjau pelabuhan di Sorong.", "Luhut Binsar Pandjaitan"),
]


@pytest.mark.model
def test_int8_tagger_finds_the_people_and_batches_as_one_at_a_time(extractor: Extractor) -> None:
    """int8 tags may depend on the batch (its activations are scaled per batch): documents are
    tagged one at a time there, so a group gives the same JSON as one at a time too."""
    tagger = StanzaTagger.from_settings(Settings(ner_precision="int8"))
    assert tagger.precision == "int8" and tagger.model_name.endswith("+int8")
    assert extractor.tagger.precision == "fp32" and "+" not in extractor.model_name
    int8 = Extractor(extractor.rules, tagger, extractor.tokenizer)
    for text, person in INT8_PEOPLE:
        document = int8.analyse(text)
        assert person in [text[entity.start:entity.end] for entity in document.entities if entity.label == "PER"]
    texts = [text for name, text in ARTICLES if name != "html"]
    together = int8.extract_many([ExtractionJob(text, f"d{number}") for number, text in enumerate(texts)])
    alone = [int8.extract(text, f"d{number}") for number, text in enumerate(texts)]
    assert [_without_timing(result) for result in together] == [_without_timing(result) for result in alone]


# (token texts of a sentence, the texts the tagger reads): runs of one repeated mark are cut to
# two, a sentence without a letter is not read at all, repeated words stay
TAGGER_INPUT_CASES = [
    (["Budi", "datang", "pagi", "."], ["Budi", "datang", "pagi", "."]),
    (["Wah", "!", "!", "!", "!", "kata", "Budi"], ["Wah", "!", "!", "kata", "Budi"]),
    (["Budi", "Budi", "Budi", "datang"], ["Budi", "Budi", "Budi", "datang"]),
    (["“", "“", "“", "“", "Ya", ",", ",", "”"], ["“", "“", "Ya", ",", ",", "”"]),
    (["!", "!", "!"], []),
]


@pytest.mark.parametrize(("texts", "expected"), TAGGER_INPUT_CASES)
def test_tagger_input_cuts_runs_of_one_mark(texts: list[str], expected: list[str]) -> None:
    group, offset = [], 0
    for position, text in enumerate(texts):
        group.append(Token(offset, offset + len(text), text, position))
        offset += len(text) + 1
    assert [token.text for token in tagger_input(group)] == expected
