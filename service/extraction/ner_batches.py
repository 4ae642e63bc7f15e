"""Stanza's NER model run on kutip's tokens without Stanza's Pipeline around it.

A Pipeline call spent about two thirds of its time outside the model's LSTMs: building a
Stanza Document for the pretokenized sentences, mapping words and characters to ids one by
one, filling tensors element by element, computing the CRF loss (which tagging never reads)
and decoding the CRF one sentence at a time. Here the loaded model's own layers are fed the
same tensors Stanza's NER DataLoader builds (batches of `batch_size` sentences, or in fp32
of up to `batch_tokens` tokens, sorted the same way, the same ids, each word's ids looked up
once and kept) in the order of its forward pass, so its scores are the same numbers (the
character model reads each distinct word of a batch once: a word's representation depends
on its characters alone; in fp32 each word's representation is kept between calls, see
`CharacterRepresentations`); the CRF is decoded for a whole batch
at once with the same float32 operations in the same order as Stanza's `viterbi_decode`,
and tags are read back as Stanza reads them (the tag vocabulary, `fix_singleton_tags`).
tests/test_ner_batches.py compares the two on Indonesian sentences; the README records the
comparison on every token of the gold sets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import torch

MAX_CACHED_WORDS = 200_000  # character ids of this many distinct words are kept between calls
# character representations (100 floats each for kutip's model: 20 MB) kept between calls
MAX_CACHED_REPRESENTATIONS = 50_000


class DirectNERModel:
    """Tags sentences with a loaded Stanza NER trainer's model, in Stanza's batches."""

    def __init__(self, trainer: Any, batch_size: int) -> None:
        from stanza.models.common.vocab import PAD_ID, UNK_ID, VOCAB_PREFIX_SIZE
        from stanza.models.ner.trainer import fix_singleton_tags

        self.trainer = trainer
        self.batch_size = batch_size
        # None: Stanza's batches of `batch_size` sentences; a number: batches of consecutive
        # sentences up to that many tokens (see `model_batches`)
        self.batch_tokens: int | None = None
        self.pad_id = PAD_ID
        self.fix_singleton_tags: Callable[[list[str]], list[str]] = fix_singleton_tags
        if not self.covers(trainer):
            raise ValueError("the direct NER path covers one-column models with a character LSTM, no charLM or BERT")
        vocab = trainer.vocab
        self.char_vocab = vocab["char"]
        tag_vocab = vocab["tag"]
        predict_tagset = trainer.args.get("predict_tagset", 0) or 0
        # Stanza maps every predicted id below the vocabulary prefix to the first real tag
        self.tag_names = [_tag_name(tag_vocab, max(index, VOCAB_PREFIX_SIZE), predict_tagset)
                          for index in range(tag_vocab.lens()[0])]
        self.word_vocab = vocab["word"]
        self.delta_vocab: Any = None
        if "delta" in vocab:
            self.delta_vocab = vocab["delta"]
        self.unknown_id = UNK_ID
        self._char_ids: dict[str, list[int]] = {}
        # None: each batch's words go through the character model; a cache: each word's
        # representation is kept, for models whose numbers do not depend on the batch (fp32)
        self.representations: CharacterRepresentations | None = None
        self._word_ids: dict[str, int] = {}
        self._delta_ids: dict[str, int] = {}

    @staticmethod
    def covers(trainer: Any) -> bool:
        """Whether the model is of the kind this path reproduces exactly (kutip's is): words
        and a character LSTM over unchanged characters, one tag column; others (character
        LMs, BERT) go through Stanza's Pipeline."""
        args = trainer.args
        return bool(args.get("char", True) and args.get("char_emb_dim", 0) > 0 and not args.get("charlm")
                    and args.get("word_emb_dim", 0) > 0 and "word" in trainer.vocab and args.get("lowercase", True)
                    and not args.get("char_lowercase", False) and not args.get("bert_model")
                    and not args.get("connect_output_layers") and len(trainer.vocab["tag"].lens()) == 1)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIOES tags of each sentence (an empty sentence gets none)."""
        import torch

        tags: list[list[str]] = [[] for _ in sentences]
        filled = [index for index, sentence in enumerate(sentences) if sentence]
        model = self.trainer.model
        model.eval()
        with torch.no_grad():
            for batch in model_batches(filled, [len(sentence) for sentence in sentences], self.batch_size,
                                       self.batch_tokens):
                for index, sentence_tags in zip(batch, self._tag_batch([list(sentences[i]) for i in batch]),
                                                strict=True):
                    tags[index] = sentence_tags
        return tags

    def _tag_batch(self, sentences: list[list[str]]) -> list[list[str]]:
        # Stanza's sort_all: descending length, ties by descending position
        order = sorted(range(len(sentences)), key=lambda i: (len(sentences[i]), i), reverse=True)
        words = [sentences[i] for i in order]
        sentence_lengths = [len(sentence) for sentence in words]
        logits = self._scores(words, sentence_lengths)
        transitions = self.trainer.model.crits[0]._transitions
        paths = viterbi_batch(logits.cpu().numpy(), transitions.data.cpu().numpy(), sentence_lengths)
        sorted_tags = [self.fix_singleton_tags([self.tag_names[index] for index in path]) for path in paths]
        result: list[list[str]] = [[] for _ in sentences]
        for position, original in enumerate(order):
            result[original] = sorted_tags[position]
        return result

    def _characters(self, words: list[list[str]], sentence_lengths: list[int]) -> torch.Tensor:
        """Each word's character representation, in the order of the packed words (time-major,
        as `pack_padded_sequence` lays out the batch's sentences, longest first).

        The character model (no attention: the final states of a BiLSTM over the word's
        characters) reads each word on its own, so a word's representation depends on its
        characters alone: the model reads each distinct word of the batch once ("yang",
        "di", names repeated), as one sentence of distinct words, and each position takes
        its word's row. The character LSTM was a third of the tagger's time."""
        import torch

        distinct: dict[str, int] = {}
        positions = [distinct.setdefault(words[row][step], len(distinct))
                     for step in range(sentence_lengths[0]) for row in range(len(words))
                     if sentence_lengths[row] > step]
        if self.representations is None:
            return self._read_characters(list(distinct))[torch.tensor(positions, dtype=torch.int64)]
        rows = self.representations.rows(list(distinct), self._read_characters)
        return self.representations.table[torch.tensor([rows[index] for index in positions], dtype=torch.int64)]

    def _read_characters(self, words: list[str]) -> torch.Tensor:
        """The character model's representation of each distinct word, one row each, in order."""
        import torch

        char_ids = [self._chars(word) for word in words]
        word_order = sorted(range(len(char_ids)), key=lambda i: (len(char_ids[i]), i), reverse=True)
        sorted_chars = [char_ids[i] for i in word_order]
        word_lengths = [len(ids) for ids in sorted_chars]
        wordchars = torch.from_numpy(_padded([value for ids in sorted_chars for value in ids], word_lengths,
                                             self.pad_id))
        wordchars_mask = torch.eq(wordchars, self.pad_id)
        # one "sentence" of all distinct words: its packed data is their rows in `distinct` order
        rows: torch.Tensor = self.trainer.model.charmodel(wordchars, wordchars_mask, word_order, [len(char_ids)],
                                                          word_lengths).data
        return rows

    def _scores(self, words: list[list[str]], sentence_lengths: list[int]) -> torch.Tensor:
        """Tag scores (batch x time x tags): Stanza's NERTagger.forward in evaluation mode, less
        its CRF loss (never read when tagging) and its dropouts (no-ops in evaluation), over
        the same tensors, so the scores are the same numbers."""
        import torch
        from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

        model = self.trainer.model
        static = torch.from_numpy(_padded([self._ids(word, self.word_vocab, self._word_ids) for sentence in words
                                           for word in sentence], sentence_lengths, self.pad_id))
        embedded = model.word_emb(static)
        if self.delta_vocab is not None and model.delta_emb is not None:
            delta = torch.from_numpy(_padded([self._ids(word, self.delta_vocab, self._delta_ids) for sentence in words
                                              for word in sentence], sentence_lengths, self.pad_id))
            delta[torch.eq(delta, self.unknown_id) * torch.not_equal(static, self.unknown_id)] = self.pad_id
            embedded = embedded + model.delta_emb(delta)
        packed_words = pack_padded_sequence(embedded, sentence_lengths, batch_first=True)
        inputs = torch.cat([packed_words.data, self._characters(words, sentence_lengths)], 1)
        if model.input_transform is not None:
            inputs = model.input_transform(inputs)
        batch_sizes = packed_words.batch_sizes
        layers, hidden = model.args["num_layers"], model.args["hidden_dim"]
        outputs, _ = model.taggerlstm(PackedSequence(inputs, batch_sizes), sentence_lengths, hx=(
            model.taggerlstm_h_init.expand(2 * layers, len(words), hidden).contiguous(),
            model.taggerlstm_c_init.expand(2 * layers, len(words), hidden).contiguous()))
        scores = model.tag_clfs[0](outputs.data)
        padded: torch.Tensor = pad_packed_sequence(PackedSequence(scores, batch_sizes), batch_first=True)[0]
        return padded.contiguous()

    @staticmethod
    def _ids(word: str, vocab: Any, cache: dict[str, int]) -> int:
        """The word's id in a word vocabulary, lowercased as the model was trained."""
        found = cache.get(word)
        if found is None:
            if len(cache) >= MAX_CACHED_WORDS:
                cache.clear()
            found = cache[word] = vocab.unit2id(word.lower())
        return found

    def _chars(self, word: str) -> list[int]:
        ids = self._char_ids.get(word)
        if ids is None:
            if len(self._char_ids) >= MAX_CACHED_WORDS:
                self._char_ids.clear()
            ids = self._char_ids[word] = [self.char_vocab.unit2id(character) for character in word]
        return ids


class CharacterRepresentations:
    """Each word's character representation, kept between model calls (at most `capacity`
    words; when full it starts again empty).

    A word's representation depends on its characters alone, and in fp32 not on the words
    read beside it, so a word read before is not read again: in news most of a batch's
    words ("yang", "dan", the article's names) were read in an earlier batch or document.
    The rows are kept in one tensor that grows by doubling, so a batch's rows are one
    index away."""

    def __init__(self, capacity: int = MAX_CACHED_REPRESENTATIONS) -> None:
        import torch

        self.capacity = capacity
        self.index: dict[str, int] = {}
        self.table = torch.empty(0)

    def rows(self, words: list[str], read: Callable[[list[str]], torch.Tensor]) -> list[int]:
        """The table row of each word, the words not yet kept read with `read` (one call)."""
        new = [word for word in dict.fromkeys(words) if word not in self.index]
        if len(self.index) + len(new) > self.capacity:
            self.index.clear()
            new = list(dict.fromkeys(words))
        if new:
            read_rows = read(new)
            start = len(self.index)
            needed = start + len(new)
            if needed > self.table.shape[0] or self.table.shape[1:] != read_rows.shape[1:]:
                self._grow(needed, read_rows, start)
            self.table[start:needed] = read_rows
            for offset, word in enumerate(new):
                self.index[word] = start + offset
        return [self.index[word] for word in words]

    def _grow(self, needed: int, like: torch.Tensor, kept: int) -> None:
        """A table of at least `needed` rows shaped as `like`'s (doubling, up to the capacity),
        its first `kept` rows copied over."""
        import torch

        size = max(needed, min(2 * self.table.shape[0], self.capacity), 1024)
        grown = torch.empty((size, *like.shape[1:]), dtype=like.dtype)
        if kept:
            grown[:kept] = self.table[:kept]
        self.table = grown


def model_batches(filled: list[int], lengths: list[int], batch_size: int, batch_tokens: int | None) -> list[list[int]]:
    """The sentences (indexes into `lengths`, in the order of `filled`) of each model batch:
    Stanza's `batch_size` sentences, or with `batch_tokens` as many consecutive sentences as
    fit in that many tokens (at least one). The LSTMs step through a batch up to its longest
    sentence, and a step costs about as much for a few rows as for many, so a few full
    batches of sentences of about one length cost less than many small ones."""
    if batch_tokens is None:
        return [filled[offset:offset + batch_size] for offset in range(0, len(filled), batch_size)]
    batches: list[list[int]] = []
    batch: list[int] = []
    size = 0
    for index in filled:
        if batch and size + lengths[index] > batch_tokens:
            batches.append(batch)
            batch, size = [], 0
        batch.append(index)
        size += lengths[index]
    if batch:
        batches.append(batch)
    return batches


def _tag_name(tag_vocab: Any, index: int, predict_tagset: int) -> str:
    name = tag_vocab.unmap([(index,)])[0]
    return str(name[predict_tagset] if isinstance(name, list) else name)


def _padded(values: list[int], lengths: list[int], pad_id: int) -> np.ndarray:
    """Rows of ids (given one after another, `lengths` long) padded to the longest, as Stanza's
    get_long_tensor fills them."""
    width = max(lengths)
    padded = np.full((len(lengths), width), pad_id, dtype=np.int64)
    padded[np.arange(width) < np.array(lengths)[:, None]] = np.fromiter(values, dtype=np.int64, count=sum(lengths))
    return padded


def viterbi_batch(scores: np.ndarray, transitions: np.ndarray, lengths: list[int]) -> list[list[int]]:
    """Best tag path of each sentence of a padded batch (scores: batch x time x tags).

    The same float32 sums and maxima as Stanza's per-sentence `viterbi_decode`, taken for
    all sentences at each step; positions past a sentence's end are computed but never read,
    so each path is the one Stanza finds (ties go to the first tag, as np.argmax does)."""
    batch, steps, tags = scores.shape
    trellis = np.empty_like(scores)
    backpointers = np.zeros((batch, steps, tags), dtype=np.int32)
    trellis[:, 0] = scores[:, 0]
    for step in range(1, steps):
        candidates = trellis[:, step - 1, :, None] + transitions
        trellis[:, step] = scores[:, step] + np.max(candidates, 1)
        backpointers[:, step] = np.argmax(candidates, 1)
    paths: list[list[int]] = []
    for row, length in enumerate(lengths):
        path = [int(np.argmax(trellis[row, length - 1]))]
        for step in range(length - 1, 0, -1):
            path.append(int(backpointers[row, step, path[-1]]))
        path.reverse()
        paths.append(path)
    return paths

