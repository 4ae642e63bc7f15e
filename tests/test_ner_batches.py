"""The NER model fed directly (service/extraction/ner_batches.py) gives exactly the tags of
Stanza's Pipeline, in fp32 and in int8, and the batch CRF decoder finds Stanza's paths."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from service.extraction.ner import BATCH_TOKENS, StanzaTagger
from service.extraction.ner_batches import CharacterRepresentations, DirectNERModel, model_batches, viterbi_batch
from service.extraction.pipeline import Extractor
from service.settings import Settings

SENTENCES = [
    "Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang , Jawa Barat , Kamis .",
    "“ Kami sudah siap , ” kata pelatih Shin Tae-yong kepada wartawan .",
    "Ketua KPK Firli Bahuri dan Wakil Ketua DPR RI Sufmi Dasco Ahmad hadir .",
    "Ia",
    "MENTERI KEUANGAN SRI MULYANI INDRAWATI MENYAMPAIKAN PIDATO",
    "menurut dr. siti nadia tarmizi , kasus baru turun 12,5 persen",
    "Gubernur Ganjar Pranowo !! ! ! ? Semarang … @ganjarpranowo #pilkada 😀",
    "Pertamina , PLN , Telkom , BRI , BNI , Mandiri dan BTN mencatat laba .",
    "Kapolda Metro Jaya Irjen Pol Karyoto menyebut pelaku ditangkap di Cengkareng , Jakarta Barat .",
    "Abu-abu",
]


def _sentences(count: int) -> list[list[str]]:
    """The table's sentences, repeated and cut at varying lengths, to fill several batches
    with sentences of many lengths (ties in length included)."""
    words = [sentence.split() for sentence in SENTENCES]
    return [words[number % len(words)][:1 + number % 23] or ["Ia"] for number in range(count)]


def _pipeline_tags(tagger: StanzaTagger, sentences: list[list[str]]) -> list[list[str]]:
    return [[token.ner for token in sentence.tokens] for sentence in tagger.pipeline(sentences).sentences]


def test_direct_tags_equal_the_pipelines_fp32(extractor: Extractor) -> None:
    tagger = extractor.tagger
    assert isinstance(tagger, StanzaTagger)
    sentences = _sentences(150)
    assert tagger.tag_sentences(sentences) == _pipeline_tags(tagger, sentences)
    people = [tag for tags in tagger.tag_sentences([SENTENCES[0].split()]) for tag in tags if tag.endswith("PER")]
    assert people == ["B-PER", "E-PER"]


def test_fp32_batches_are_bounded_by_tokens_and_int8_keeps_stanzas(extractor: Extractor) -> None:
    tagger = extractor.tagger
    assert isinstance(tagger, StanzaTagger) and tagger.direct is not None
    assert tagger.precision == "fp32" and tagger.direct.batch_tokens == BATCH_TOKENS
    assert tagger.direct.representations is not None
    int8 = StanzaTagger.from_settings(Settings(ner_precision="int8"))
    # int8 character representations depend on the batch: none are kept
    assert int8.direct is not None and int8.direct.batch_tokens is None and int8.direct.representations is None


# (name, sentence lengths in order, batch size, token bound, expected batches)
BATCH_CASES = [
    ("stanzas_batches_of_sentences", [3, 1, 4, 1, 5], 2, None, [[0, 1], [2, 3], [4]]),
    ("filled_up_to_the_bound", [1, 2, 3, 4, 5], 2, 6, [[0, 1, 2], [3], [4]]),
    ("bound_reached_exactly", [2, 2, 2, 2], 64, 4, [[0, 1], [2, 3]]),
    ("a_sentence_over_the_bound_alone", [1, 9, 1], 64, 4, [[0], [1], [2]]),
    ("sentence_count_not_bounded", [1] * 5, 2, 10, [[0, 1, 2, 3, 4]]),
]


@pytest.mark.parametrize(("lengths", "batch_size", "batch_tokens", "expected"),
                         [case[1:] for case in BATCH_CASES], ids=[case[0] for case in BATCH_CASES])
def test_model_batches(lengths: list[int], batch_size: int, batch_tokens: int | None,
                       expected: list[list[int]]) -> None:
    assert model_batches(list(range(len(lengths))), lengths, batch_size, batch_tokens) == expected


def _fake_rows(words: list[str]) -> torch.Tensor:
    """A representation that names its word: its length and its first character's code."""
    return torch.tensor([[float(len(word)), float(ord(word[0]))] for word in words])


# (name, capacity, the words of each call, the words read by the model at each call)
REPRESENTATION_CASES = [
    ("a_word_is_read_once", 10, [["Budi", "datang", "Budi"], ["Budi", "pulang"], ["datang"]],
     [["Budi", "datang"], ["pulang"], []]),
    ("full_starts_again_empty", 3, [["kata", "ia"], ["kata", "Ani", "Bogor"], ["ia", "Bogor"]],
     [["kata", "ia"], ["kata", "Ani", "Bogor"], ["ia", "Bogor"]]),
]


@pytest.mark.parametrize(("capacity", "calls", "expected_reads"),
                         [case[1:] for case in REPRESENTATION_CASES], ids=[case[0] for case in REPRESENTATION_CASES])
def test_character_representations_read_each_word_once(capacity: int, calls: list[list[str]],
                                                       expected_reads: list[list[str]]) -> None:
    kept = CharacterRepresentations(capacity)
    for words, expected in zip(calls, expected_reads, strict=True):
        reads: list[list[str]] = []

        def read(new: list[str], reads: list[list[str]] = reads) -> torch.Tensor:
            reads.append(new)
            return _fake_rows(new)

        rows = kept.rows(words, read)
        assert [word for call in reads for word in call] == expected
        assert torch.equal(kept.table[torch.tensor(rows, dtype=torch.int64)], _fake_rows(words))


def test_kept_representations_give_the_tags_of_the_model(extractor: Extractor) -> None:
    """Tags with each word read once, in calls that share words, equal those of a model that
    reads every batch's words afresh."""
    tagger = extractor.tagger
    assert isinstance(tagger, StanzaTagger) and tagger.direct is not None
    sentences = _sentences(120)
    kept = tagger.direct.representations
    try:
        tagger.direct.representations = None
        fresh = tagger.tag_sentences(sentences)
        tagger.direct.representations = CharacterRepresentations(64)  # small: emptied on the way
        reversed_tags = tagger.tag_sentences(sentences[::-1])
        assert tagger.tag_sentences(sentences[:40]) + tagger.tag_sentences(sentences[40:]) == fresh
        assert reversed_tags[::-1] == fresh
    finally:
        tagger.direct.representations = kept


def test_direct_tags_equal_the_pipelines_int8() -> None:
    tagger = StanzaTagger.from_settings(Settings(ner_precision="int8"))
    sentences = _sentences(90)
    assert tagger.tag_sentences(sentences) == _pipeline_tags(tagger, sentences)


def test_an_empty_sentence_gets_no_tags(extractor: Extractor) -> None:
    tagger = extractor.tagger
    assert isinstance(tagger, StanzaTagger)
    tags = tagger.tag_sentences([["Budi", "datang"], [], ["Ia"]])
    assert tags[1] == [] and len(tags[0]) == 2 and len(tags[2]) == 1


@pytest.mark.parametrize("seed", range(5))
def test_batch_viterbi_finds_stanzas_paths(seed: int) -> None:
    from stanza.models.common.crf import viterbi_decode

    generator = np.random.default_rng(seed)
    lengths = [int(length) for length in generator.integers(1, 30, size=12)]
    tags = 9
    # scores rounded to halves so that ties occur and are broken the same way
    scores = (np.round(generator.normal(size=(12, max(lengths), tags)) * 2) / 2).astype(np.float32)
    transitions = (np.round(generator.normal(size=(tags, tags)) * 2) / 2).astype(np.float32)
    expected = [[int(tag) for tag in viterbi_decode(scores[row, :length], transitions)[0]]
                for row, length in enumerate(lengths)]
    assert viterbi_batch(scores, transitions, lengths) == expected


def test_models_outside_the_direct_path_go_through_the_pipeline(extractor: Extractor) -> None:
    tagger = extractor.tagger
    assert isinstance(tagger, StanzaTagger) and tagger.direct is not None
    trainer = tagger.pipeline.processors["ner"].trainers[0]
    saved = trainer.args["charlm"]
    trainer.args["charlm"] = True
    try:
        assert not DirectNERModel.covers(trainer)
        with pytest.raises(ValueError, match="charLM"):
            DirectNERModel(trainer, 64)
    finally:
        trainer.args["charlm"] = saved
    assert DirectNERModel.covers(trainer)
