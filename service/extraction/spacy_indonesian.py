"""spaCy's Indonesian tokenizer, built in a fraction of the time, with the same tokens.

spaCy ships 15,963 Indonesian tokenizer exceptions. About 15,600 of them only keep a
hyphenated or slashed word whole ("abu-abu", "Abu-Abu", "ABU-ABU") against the infix rule
that splits letter-hyphen-letter. spaCy registers each such exception twice: as a
special case looked up by a chunk's text, and as a pattern of its special-case matcher,
built by tokenizing the exception; that took about 2 s of CPU at every start, the largest
part of `kutip serve`'s time to ready.

Here those exceptions ("joined words") are left out of spaCy's tokenizer and applied after
it the way spaCy's own matcher pass applies them: token runs equal to a joined word's
pieces are found, overlapping runs are resolved as spaCy resolves them (longest first, then
leftmost; a run is dropped when its first or last token is taken), and a run written
without spaces becomes one token. A joined word has no prefix or suffix of its own, so
leaving it out of the special-case lookups does not change how spaCy peels affixes off a
chunk around it. Exceptions spaCy's rules keep whole anyway ("\n", "S.H.", and marks its prefix
rule peels whole: "—", "'", "’") are left out as well (`_whole_by_itself`,
`_cut_whole_by_the_rules`). The other exceptions (abbreviations with dots, "do'a",
whitespace) stay in spaCy. `tests/test_tokenization_joined.py` compares the two builds token by token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy import util
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SPACY
from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc


@dataclass(frozen=True)
class JoinedWords:
    """The exceptions that only keep an infix-split word whole, as their token pieces."""

    pieces: frozenset[tuple[str, ...]]
    first_pieces: frozenset[str]
    lengths: tuple[int, ...]
    second_pieces: frozenset[str] = frozenset()  # the joining marks ("-", "/", "."): a cheap first test

    @classmethod
    def from_pieces(cls, pieces: Iterable[tuple[str, ...]]) -> JoinedWords:
        pieces = frozenset(pieces)
        return cls(pieces, frozenset(piece[0] for piece in pieces),
                   tuple(sorted({len(piece) for piece in pieces}, reverse=True)),
                   frozenset(piece[1] for piece in pieces))

    def runs(self, words: list[str], spaces: list[bool]) -> list[tuple[int, int]]:
        """Token runs [start, end) to merge, in spaCy's special-case matcher order. A run starts
        at a joining mark's word before it, so only the words before a mark are looked up."""
        marks = [mark for mark, word in enumerate(words) if word in self.second_pieces]
        return self.runs_at(marks, len(words), words.__getitem__, spaces.__getitem__)

    def runs_at(self, marks: list[int], count: int, word_at: Callable[[int], str],
                space_after: Callable[[int], object]) -> list[tuple[int, int]]:
        """`runs` for `count` tokens read only around the tokens that are joining marks (`marks`,
        ascending): the token texts are made where a run may start, not for every token. A run
        is compared on the tokens there are (a shorter tail at the end, as a slice gives)."""
        matches = [(start, start + length)
                   for mark in marks if mark > 0
                   for start in (mark - 1,) if word_at(start) in self.first_pieces
                   for length in self.lengths
                   if tuple(word_at(position) for position in range(start, min(start + length, count)))
                   in self.pieces]
        if not matches:
            return []
        matches.sort(key=lambda match: (match[0] - match[1], match[0]))
        taken: set[int] = set()
        kept: list[tuple[int, int]] = []
        for start, end in matches:
            if start not in taken and end - 1 not in taken:
                kept.append((start, end))
            taken.update(range(start, end))
        return sorted((start, end) for start, end in kept
                      if not any(space_after(position) for position in range(start, min(end - 1, count))))


def infix_pieces(text: str, infix_finditer: Callable[[str], Iterable[Any]]) -> tuple[str, ...]:
    """The pieces spaCy's tokenizer cuts a chunk without affixes into at its infixes."""
    pieces: list[str] = []
    start = 0
    for match in infix_finditer(text):
        if match.start() == 0:
            continue
        if match.start() != start:
            pieces.append(text[start:match.start()])
        if match.start() != match.end():
            pieces.append(text[match.start():match.end()])
        start = match.end()
    if text[start:]:
        pieces.append(text[start:])
    return tuple(pieces)


def split_exceptions(exceptions: Mapping[str, list[dict[int, str]]], prefix_search: Callable[[str], Any],
                     suffix_search: Callable[[str], Any], infix_finditer: Callable[[str], Iterable[Any]],
                     url_match: Callable[[str], Any] | None,
                     token_match: Callable[[str], Any] | None = None,
                     ) -> tuple[dict[str, list[dict[int, str]]], JoinedWords]:
    """The exceptions spaCy must keep, and the joined words applied after it.

    A joined word is an exception that yields one token with its own text and nothing else
    (no NORM), has no whitespace, prefix or suffix, is not a URL, and that the infixes cut
    into pieces; one that spaCy's `url_match` or `token_match` keeps whole stays with spaCy.
    An exception that spaCy's rules keep whole by themselves (`_whole_by_itself`: "\n", "S.H.")
    is left out too: it changes no token."""
    keeps_whole = [match for match in (url_match, token_match) if match is not None]
    kept: dict[str, list[dict[int, str]]] = {}
    joined: list[tuple[str, ...]] = []
    for text, tokens in exceptions.items():
        if _whole_by_itself(text, tokens, prefix_search, suffix_search, infix_finditer):
            continue
        pieces = _joined_pieces(text, tokens, prefix_search, suffix_search, infix_finditer, keeps_whole)
        if pieces is None:
            kept[text] = tokens
        else:
            joined.append(pieces)
    return kept, JoinedWords.from_pieces(joined)


def _whole_by_itself(text: str, tokens: list[dict[int, str]], prefix_search: Callable[[str], Any],
                     suffix_search: Callable[[str], Any], infix_finditer: Callable[[str], Iterable[Any]]) -> bool:
    """An exception that yields one token with its own text and nothing else, where no prefix,
    suffix or infix rule matches: without it spaCy's tokenizer leaves such a chunk (or the
    rest of a chunk whose affixes it peeled) whole all the same. Listing it costs speed: once
    a special case matches in a document, spaCy's tokenizer stops caching the document's
    later chunks (spaCy issue #1250), and "\n" matched in every article's first paragraph
    break. One with a space stays: spaCy also matches those across tokens."""
    return len(tokens) == 1 and set(tokens[0]) == {ORTH} and tokens[0][ORTH] == text and " " not in text \
        and not prefix_search(text) and not suffix_search(text) and infix_pieces(text, infix_finditer) == (text,)


MIN_JOINED_PIECES = 2


def _joined_pieces(text: str, tokens: list[dict[int, str]], prefix_search: Callable[[str], Any],
                   suffix_search: Callable[[str], Any], infix_finditer: Callable[[str], Iterable[Any]],
                   keeps_whole: list[Callable[[str], Any]]) -> tuple[str, ...] | None:
    if len(tokens) != 1 or set(tokens[0]) != {ORTH} or tokens[0][ORTH] != text:
        return None
    if any(character.isspace() for character in text) or prefix_search(text) or suffix_search(text) \
            or any(match(text) for match in keeps_whole):
        return None
    pieces = infix_pieces(text, infix_finditer)
    return pieces if len(pieces) >= MIN_JOINED_PIECES else None


class JoinedWordTokenizer:
    """spaCy's tokenizer without the joined words, followed by their merge pass."""

    def __init__(self, tokenizer: Tokenizer, joined: JoinedWords) -> None:
        self.tokenizer = tokenizer
        self.joined = joined
        self.mark_ids: numpy.ndarray | None = None

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        # the tokens' texts and spaces read from one array: cheaper than a spaCy Token per token
        rows = doc.to_array([IDX, LENGTH, SPACY]).tolist()
        runs = self.joined.runs([text[start:start + length] for start, length, _ in rows],
                                [bool(space) for _, _, space in rows])
        if runs:
            with doc.retokenize() as retokenizer:
                for start, end in runs:
                    retokenizer.merge(doc[start:end])
        return doc

    def token_columns(self, text: str) -> TokenColumns:
        """[starts, lengths, is_space, is_punct] of the tokens of `__call__`'s Doc, one list per
        column, read without merging inside the Doc: a joined word's run becomes one token here,
        its flags those of the merged word's lexeme (what spaCy's retokenizer gives the merged
        token). The retokenizer cost about a millisecond a merge; `tokenize` reads only these
        columns. The joining marks are found among the tokens' ORTH ids in numpy, so token texts
        are made only around them. tests/test_tokenization_joined.py compares the two.

        Column by column because numpy's `tolist` of the (tokens x 4) array made a Python list
        per token, most of the cost of reading them (about 1 us a token, several times spaCy's
        own tokenizing of a warm cache); four flat lists are made in bulk."""
        doc = self.tokenizer(text)
        array = doc.to_array([IDX, LENGTH, SPACY, IS_SPACE, IS_PUNCT, ORTH])
        if not len(array):
            return [[], [], [], []]
        columns: TokenColumns = array[:, ROW_COLUMNS].T.tolist()
        marks = numpy.flatnonzero(numpy.isin(array[:, ORTH_COLUMN], self._mark_ids())).tolist()
        if not marks:
            return columns
        starts, lengths = columns[0], columns[1]
        spaces = array[:, SPACY_COLUMN].tolist()
        runs = self.joined.runs_at(marks, len(starts),
                                   lambda position: text[starts[position]:starts[position] + lengths[position]],
                                   spaces.__getitem__)
        return _merged_columns(columns, runs, text, self.tokenizer.vocab) if runs else columns

    def _mark_ids(self) -> numpy.ndarray:
        """The ORTH ids of the joining marks (interned in the vocabulary's string store once)."""
        if self.mark_ids is None:
            strings = self.tokenizer.vocab.strings
            self.mark_ids = numpy.array([strings.add(mark) for mark in sorted(self.joined.second_pieces)],
                                        dtype=numpy.uint64)
        return self.mark_ids


# [starts, lengths, is_space, is_punct]: one list per column, a token's values at its position
TokenColumns = list[list[int]]
ROW_COLUMNS = [0, 1, 3, 4]  # of the to_array columns above: start, length, is_space, is_punct
SPACY_COLUMN = 2
ORTH_COLUMN = 5


def _merged_columns(columns: TokenColumns, runs: list[tuple[int, int]], text: str, vocab: Any) -> TokenColumns:
    """The columns (starts, lengths, is_space, is_punct) with each run [start, end) of tokens
    (sorted, not overlapping, written without spaces) made one token of its merged word. A run
    may reach past the last token (`JoinedWords.runs` compares a shorter tail): it ends there,
    as spaCy's `doc[start:end]` does."""
    starts, lengths = columns[0], columns[1]
    merged: TokenColumns = [[] for _ in columns]
    position = 0
    for run_start, unclipped_end in runs:
        run_end = min(unclipped_end, len(starts))
        for column, kept in zip(columns, merged, strict=True):
            kept.extend(column[position:run_start])
        start = starts[run_start]
        end = starts[run_end - 1] + lengths[run_end - 1]
        lexeme = vocab[text[start:end]]
        for kept, value in zip(merged, (start, end - start, int(lexeme.is_space), int(lexeme.is_punct)), strict=True):
            kept.append(value)
        position = run_end
    for column, kept in zip(columns, merged, strict=True):
        kept.extend(column[position:])
    return merged


def build_indonesian() -> Language:
    """A blank Indonesian pipeline whose tokenizer gives the same tokens as spaCy's default."""
    return Indonesian(create_tokenizer=joined_word_tokenizer)


class PrefixSearch:
    """spaCy's prefix search (`compile_prefix_regex(prefixes).search`), with the same matches,
    without scanning every position of every chunk.

    spaCy anchors each prefix with "^" and searches: a regex of alternatives `^a|^b|…` that
    fails at the first position is tried at every later one, which took most of the
    tokenizer's time. Only a prefix holding a "|" of its own can match after the first
    position (spaCy anchors only its first alternative: "^<b/>|<a …>"), so the whole regex is
    matched at the first position and, where it fails, only those prefixes are searched from
    the second: the same leftmost match, alternatives in the same order."""

    def __init__(self, prefixes: Sequence[str]) -> None:
        self.anchored = util.compile_prefix_regex(prefixes)
        floating = [prefix for prefix in prefixes if "|" in prefix]
        self.floating = util.compile_prefix_regex(floating) if floating else None

    def __call__(self, text: str) -> re.Match[str] | None:
        match = self.anchored.match(text)
        if match is None and self.floating is not None:
            match = self.floating.search(text, 1)
        return match


# How many distinct whitespace-delimited chunks spaCy's tokenizer keeps the tokens of. spaCy's
# default, 10,000, fills within a few hundred news articles, and spaCy then caches nothing more:
# every word first met after that (most of a long-running worker's names and rarer words) had
# its prefixes, suffixes and infixes searched again at every occurrence. Over the 16,439
# articles of the news pool in order (one process, under load) the tokenizer took 28.5 s with
# 10,000, 18.5 s with 100,000 and 13.8 s with 200,000, and the process grew 70, 101 and 128 MB:
# 100,000 takes most of the gain for about 30 MB, and keeps the worker's memory bounded.
TOKENIZER_CACHE_CHUNKS = 100_000


def joined_word_tokenizer(nlp: Language) -> JoinedWordTokenizer:
    defaults = nlp.Defaults
    prefix_search = PrefixSearch([prefix for prefix in defaults.prefixes or () if isinstance(prefix, str)])
    suffix_search = util.compile_suffix_regex(defaults.suffixes or ()).search
    infix_finditer = util.compile_infix_regex(defaults.infixes or ()).finditer
    kept, joined = split_exceptions(defaults.tokenizer_exceptions, prefix_search, suffix_search, infix_finditer,
                                    defaults.url_match, defaults.token_match)
    rules_only = Tokenizer(nlp.vocab, rules={}, prefix_search=prefix_search, suffix_search=suffix_search,
                           infix_finditer=infix_finditer, token_match=defaults.token_match,
                           url_match=defaults.url_match)
    kept = {text: tokens for text, tokens in kept.items()
            if not _cut_whole_by_the_rules(text, tokens, lambda chunk: [token.text for token in rules_only(chunk)])}
    tokenizer = Tokenizer(nlp.vocab, rules=kept, prefix_search=prefix_search, suffix_search=suffix_search,
                          infix_finditer=infix_finditer, token_match=defaults.token_match, url_match=defaults.url_match,
                          max_cache_size=TOKENIZER_CACHE_CHUNKS)
    return JoinedWordTokenizer(tokenizer, joined)


def _cut_whole_by_the_rules(text: str, tokens: list[dict[int, str]], cut: Callable[[str], list[str]]) -> bool:
    """An exception that yields one token with its own text and nothing else, which spaCy's
    affix rules with no exceptions (`cut`) also make one token of its own text: a mark the
    prefix rule peels whole ("—", "'", "’"), which `_whole_by_itself`'s regex test keeps.
    Without it spaCy's tokenizer gives the same tokens, in every chunk: where the exception
    would be found (the chunk, or what is left of it after affixes are peeled) spaCy's rules
    go on to cut the same one token. Listed, a chunk of one of them ("—" between spaces)
    stopped spaCy caching the article's later chunks (spaCy issue #1250): three marks cost
    three quarters of the tokenizer's instructions on the bench articles. Asked only of the
    few hundred exceptions `split_exceptions` keeps, so the start stays quick."""
    return len(tokens) == 1 and set(tokens[0]) == {ORTH} and tokens[0][ORTH] == text \
        and not any(character.isspace() for character in text) and cut(text) == [text]
