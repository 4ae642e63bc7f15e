"""Stage 1: tokens, sentences and paragraphs with spaCy's Indonesian tokenizer.

Line breaks are strong boundaries: a sentence never runs across a newline, because
scraped news keeps paragraphs (and sometimes only paragraphs) as line breaks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.pipeline import Sentencizer

from service.extraction.document import Document, Span, Token, tokens_in_bulk
from service.extraction.spacy_indonesian import TokenColumns, build_indonesian

PARAGRAPH_BREAK = re.compile(r"\n+")
QUOTE_CHARACTERS_STRING = "\"“”‘’'«»"
QUOTE_CHARACTERS = frozenset(QUOTE_CHARACTERS_STRING)
SENTENCE_END_MARKS = frozenset(".!?…")
GLUED_PARAGRAPH_COMMA_AFTER = frozenset(".!?)") | QUOTE_CHARACTERS
# the marks after which spaCy's sentencizer starts a sentence (its default list)
SENTENCE_FINAL_MARKS = frozenset(Sentencizer.default_punct_chars)


LEXEME_ATTRIBUTES_READ = frozenset([IS_PUNCT, IS_SPACE])  # what `tokenize` reads of spaCy's lexemes


def build_tokenizer() -> Language:
    """spaCy's blank Indonesian pipeline, its tokenizer built the quick way of
    `spacy_indonesian` (same tokens as `spacy.blank("id")`). It has no sentencizer:
    `tokenize` applies the sentencizer's rule itself while it reads the tokens.

    spaCy computes 23 lexical attributes (shape, prefix, like_num, ...) the first time it
    meets a word; kutip reads only LEXEME_ATTRIBUTES_READ, so only their getters are kept
    (a third of the tokenizer's time on unseen text). Other lexical attributes of these
    tokens are unset: read them from the text."""
    nlp = build_indonesian()
    vocab: Any = nlp.vocab  # spaCy's type stubs leave out `lex_attr_getters`
    vocab.lex_attr_getters = {attribute: getter for attribute, getter in vocab.lex_attr_getters.items()
                              if attribute in LEXEME_ATTRIBUTES_READ}
    nlp.max_length = 10_000_000
    return nlp


def split_paragraphs(text: str) -> list[Span]:
    paragraphs: list[Span] = []
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if text[start:match.start()].strip():
            paragraphs.append(Span(start, match.start()))
        start = match.end()
    if text[start:].strip():
        paragraphs.append(Span(start, len(text)))
    return paragraphs


# Brackets, commas and quotation marks glued to a word. Words glued to words ("AustriaKlaus")
# are the hygiene stage's (rule hygiene.glued_words), cut through `token_cuts`. A comma between
# two digits is a decimal comma ("2,5 persen", "Rp1,075 miliar"): the number stays one token,
# as spaCy leaves it, since a comma token there read as a clause boundary ("Rp1" became a
# passive agent reporting "075 miliar …"). Scraped damage is no part of it, so it is no
# hygiene rule; tests/test_hygiene.py has its token cases.
CAMEL_BOUNDARY = re.compile(r"(?<=\w)(?=[()])|(?<=\w)(?=,)(?!(?<=\d),\d)|(?<=[()])(?=\w)"
                            r"|(?<=,)(?=\w)(?!(?<=\d,)\d)|(?<=\))(?=,)"
                            r'|(?<=\w)(?=[“”"])|(?<=[“”"])(?=\w)')
CAMEL_BOUNDARY_MARKS = frozenset('(),“”"')  # each boundary of CAMEL_BOUNDARY is next to one of these
# a list number of one or two digits glued to a capitalised word: "Du Shang4", "Jiang Zheng10"
# ("Covid19" splits too, harmlessly; "G20", "MotoGP2025" do not)
GLUED_NUMBER = re.compile(r"(?:(?<=[A-Z][a-z]{2})|(?<=[A-Z][a-z]{3})|(?<=[a-z]{4}))(?=\d{1,2}$)")
# a verb glued to a capitalised name: "Trumpmendapat", "Shinawatramenyedot"
GLUED_VERB = re.compile(r"(?<=[a-z]{3})(?=(?:mem|men|meng|meny)[a-z]{4,}$)")


MAX_GLUED_TOKEN_CHARS = 64  # longer "words" are not glued names; this also bounds the regex work


def build_glue_pattern(verbs: list[str]) -> re.Pattern[str]:
    """Scraped text glues words at stripped links ("HotspurDaniel Levymengakui"): split a
    lowercase-to-capital boundary, and a reporting verb stuck to the end of a capitalised word."""
    alternatives = "|".join(sorted((re.escape(verb) for verb in verbs), key=len, reverse=True))
    return re.compile(rf"(?<=[A-Za-z]{{3}})(?=(?:{alternatives})$)" if alternatives else r"(?!x)x")


GluedCuts = Callable[[str], tuple[tuple[int, int], ...]]


def _glued_pieces(text: str, offset: int, cuts_of: GluedCuts) -> list[tuple[int, int]]:
    if len(text) > MAX_GLUED_TOKEN_CHARS or (len(text) < 5 and "," not in text) \
            or text.islower() and ")" not in text and "," not in text:
        return [(offset, offset + len(text))]
    return [(offset + start, offset + end) for start, end in cuts_of(text)]


GLUED_CUTS_CACHE_WORDS = 8192  # capitalised words and words with commas; about 2 MB when full
GLUE_PATTERNS_KEPT = 4  # one per loaded rule set; tests build a few more


@lru_cache(maxsize=GLUE_PATTERNS_KEPT)
def _glued_cutter(glue_pattern: re.Pattern[str] | None) -> GluedCuts:
    """`_glued_cuts` for one glue pattern, with a bounded cache of its own, kept across articles:
    news repeats its capitalised words (names, places, sentence openers), and each needs several
    regex searches. Found once per document, not once per word, because hashing a compiled
    pattern hashes its whole program (about 3.5 µs for the reporting verbs' pattern)."""
    return lru_cache(maxsize=GLUED_CUTS_CACHE_WORDS)(partial(_glued_cuts, glue_pattern=glue_pattern))


GLUED_PIECES_MEMO_WORDS = 50_000  # token texts whose pieces a cutter keeps; about 8 MB when full


@lru_cache(maxsize=GLUE_PATTERNS_KEPT)
def _pieces_memo(cuts_of: GluedCuts) -> dict[str, list[tuple[int, int]]]:
    """Each token text's pieces (`_glued_pieces` at offset 0) under one cutter, kept across
    articles: a word's pieces depend on its text and the cutter alone, and news repeats its
    words, so most tokens of an article find theirs here instead of testing the word's shape
    again (once per distinct word per article before). Keyed by the cutter, so clearing
    `_glued_cutter` makes a cold memo too. Bounded by `_remember_pieces`."""
    return {}


def _remember_pieces(memo: dict[str, list[tuple[int, int]]], word: str,
                     pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keeps a word's pieces in the memo, emptied first when it holds GLUED_PIECES_MEMO_WORDS:
    checked at each new word, not once per article, so one giant article of distinct words (a
    pasted word list, a data dump) cannot grow it past the bound either."""
    if len(memo) >= GLUED_PIECES_MEMO_WORDS:
        memo.clear()
    memo[word] = pieces
    return pieces


def _glued_cuts(text: str, glue_pattern: re.Pattern[str] | None) -> tuple[tuple[int, int], ...]:
    """The pieces of a word that may be glued (relative to its start). Depends on nothing but
    its arguments, so `_glued_cutter` may keep its answers."""
    cuts = {match.start() for match in CAMEL_BOUNDARY.finditer(text)} \
        if not CAMEL_BOUNDARY_MARKS.isdisjoint(text) else set()
    if glue_pattern is not None and text[:1].isupper():
        cuts.update(match.start() for match in glue_pattern.finditer(text))
        cuts.update(match.start() for match in GLUED_NUMBER.finditer(text))
        if len(text) >= 10 and not cuts:
            glued = GLUED_VERB.search(text)
            if glued:
                cuts.add(glued.start())
    bounds = [0, *sorted(cut for cut in cuts if 0 < cut < len(text)), len(text)]
    return tuple((a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a)


# Invisible format characters scrapers keep (zero-width space and joiners, left-to-right and
# right-to-left marks, word joiner, byte-order mark): "\u200eWabup" is the word "Wabup". They
# separate tokens like a space; the text keeps them. Not the soft hyphen, which sits inside a word.
INVISIBLE_MARKS = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff]")

# spaCy's tokenizer peels prefixes and suffixes off a whitespace-delimited chunk one at a
# time, copying the rest each time: quadratic in the chunk's length (a run of 4,000 quote
# marks took 7 s). Chunks this long are never words; kutip splits them itself, linearly.
MAX_SPACY_CHUNK_CHARS = 64
# opened only after whitespace or at the text's start: a word shorter than the limit fails at its
# first letter instead of again at each letter inside it (the matches are the same)
LONG_CHUNK = re.compile(rf"(?<!\S)\S{{{MAX_SPACY_CHUNK_CHARS + 1},}}")
MAX_PIECE_CHARS = 64  # a long run of letters is cut into pieces this long
LONG_CHUNK_PIECE = re.compile(rf"\w{{1,{MAX_PIECE_CHARS}}}|[^\w\s]")


def tokenize(document: Document, nlp: Language, glue_pattern: re.Pattern[str] | None = None,
             glue_tails: frozenset[str] = frozenset(), common_words: frozenset[str] = frozenset(),
             sentence_starts: frozenset[int] = frozenset(), name_endings: frozenset[str] = frozenset(),
             verb_prefixes: tuple[str, ...] = (), token_cuts: frozenset[int] = frozenset(),
             degrees: frozenset[str] = frozenset(), sentence_joins: frozenset[int] = frozenset()) -> None:
    """Tokens, sentences and paragraphs; offsets always index the posted text.

    Chunks longer than MAX_SPACY_CHUNK_CHARS (runs of quote marks, a 200,000-character
    "word") are blanked out of the copy spaCy sees (same length, so offsets still match)
    and split here into letter runs and single punctuation marks, in linear time.
    Sentences start where spaCy's sentencizer starts them (`SentencizerRule`), and also
    `sentence_starts` are offsets where the hygiene stage found a sentence start the scraper
    glued to the text before it ("(3/2).Ia", "lancar.(Fajar Nugroho)"): a token and a
    sentence start there. A dot glued inside a degree after a name ("Sp.A(K)", "Sp.OG",
    `degrees`: rule names.degree) starts none, or the name and its cue fall apart.
    `token_cuts` are offsets where the hygiene stage found glue inside a token (a
    sentence-end mark, two words): the token is cut there too. `sentence_joins` are offsets of
    full stops that end no sentence (an abbreviation's before a lowercase word or a bracket,
    `Tbk. (JSMR) mengklaim`: rule hygiene.abbreviation_stop): the token after them starts none,
    and the stop joins the abbreviation's token ("Tbk."), as spaCy keeps "Dr." whole.
    The pieces are kept as offsets and texts; a Token is made once per final token.
    """
    text = document.text
    long_chunks = _long_chunks(text)
    parsed_text = _blank(text, long_chunks) if long_chunks else text
    if INVISIBLE_MARKS.search(parsed_text):
        parsed_text = INVISIBLE_MARKS.sub(" ", parsed_text)  # same length: the offsets still index the text
    document.paragraphs = split_paragraphs(text)
    # sorted, with a sentinel past every token: the per-token tests below need no length check
    cut_offsets = [*sorted(token_cuts), len(text) + 1]
    next_cut = 0  # the first of cut_offsets past the tokens read so far
    next_break = -1  # the first line break at or after last_end (len(text) if none), found lazily
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    sentences: list[Span] = []
    sentence_start: int | None = None
    last_end = 0
    chunk_position = 0
    cuts_of = _glued_cutter(glue_pattern)
    glued_memo = _pieces_memo(cuts_of)
    starts_sentence = SentencizerRule().starts_sentence
    add_span, add_word = spans.append, words.append
    for token_start, token_length, is_space, is_punct in zip(*token_columns(nlp, parsed_text), strict=True):
        token_end = token_start + token_length
        token_text = parsed_text[token_start:token_end]
        if starts_sentence(token_text, is_punct, not sentence_joins or token_start not in sentence_joins) \
                and not _inside_degree(parsed_text, token_start, degrees):
            if sentence_start is not None:
                sentences.append(Span(sentence_start, last_end))
                sentence_start = None
            last_end = 0
        if is_space:
            chunk_pieces: list[tuple[int, int]] = []
            while chunk_position < len(long_chunks) and long_chunks[chunk_position][0] < token_end:
                chunk_pieces.extend(_long_chunk_pieces(text, *long_chunks[chunk_position]))
                chunk_position += 1
            pieces: Sequence[tuple[int, int]] = chunk_pieces
        else:
            cuts = glued_memo.get(token_text)
            if cuts is None:
                cuts = _remember_pieces(glued_memo, token_text, _glued_pieces(token_text, 0, cuts_of))
            pieces = ((token_start, token_end),) if len(cuts) == 1 else \
                [(token_start + start, token_start + end) for start, end in cuts]
            while cut_offsets[next_cut] <= token_start:
                next_cut += 1
            if cut_offsets[next_cut] < token_end:
                pieces = _cut_at(pieces, cut_offsets)  # only a token with a cut inside it
        for start, end in pieces:
            if sentence_joins and start in sentence_joins and spans and spans[-1][1] == start:
                # an abbreviation's stop that ends no sentence is the abbreviation's ("Tbk."), as
                # spaCy keeps "Dr." whole: no punctuation token to stop a subject read back from a verb
                spans[-1] = (spans[-1][0], end)
                words[-1] = text[spans[-1][0]:end]
                last_end = end
                continue
            if next_break < last_end:  # keep next_break the first line break at or after last_end
                next_break = _next_line_break(text, last_end)
            # each test's first condition is asked here, so most tokens need no call
            if sentence_start is not None and (
                    (start > next_break and _line_break_ends_sentence(text, last_end, start, words[-1]))
                    or start in sentence_starts
                    or (words[-1] in SENTENCE_END_MARKS and _opens_next_sentence(text, start, end, words[-1]))
                    or (words[-1] == ","
                        and _after_glued_paragraph_comma(text, start, spans, words[-1], sentence_joins))):
                sentences.append(Span(sentence_start, last_end))
                sentence_start = None
            if sentence_start is None:
                sentence_start = start
            last_end = end
            add_span((start, end))
            # a whole non-space token's text is the posted text's: spaCy's copy differs only in
            # blanked chunks and invisible marks, written as spaces, which no such token holds
            add_word(token_text if start == token_start and end == token_end and not is_space else text[start:end])
    if sentence_start is not None:
        sentences.append(Span(sentence_start, last_end))
    document.tokens = split_known_glue(spans, words, glue_tails, common_words, name_endings, verb_prefixes)
    document.sentences = _attach_lone_marks(text, sentences)


TOKEN_COLUMNS = [IDX, LENGTH, IS_SPACE, IS_PUNCT]  # what `tokenize` reads of each spaCy token


def token_columns(nlp: Language, text: str) -> TokenColumns:
    """[starts, lengths, is_space, is_punct] of the tokens of `nlp(text)`, one list per column
    (TOKEN_COLUMNS). A pipeline with no components but kutip's tokenizer (`build_tokenizer`)
    gives them without building the merged Doc (`JoinedWordTokenizer.token_columns`); any
    other goes through spaCy."""
    columns_of = getattr(nlp.tokenizer, "token_columns", None)
    if columns_of is not None and not nlp.pipe_names and len(text) <= nlp.max_length:
        columns: TokenColumns = columns_of(text)
        return columns
    array = nlp(text).to_array(TOKEN_COLUMNS)
    spacy_columns: TokenColumns = array.T.tolist() if len(array) else [[] for _ in TOKEN_COLUMNS]
    return spacy_columns


class SentencizerRule:
    """spaCy's sentencizer, read token by token: after a token that is a sentence-final mark
    (Sentencizer.default_punct_chars), the next token that is neither punctuation nor such a
    mark starts a sentence; so does the first token. Asked here instead of running the
    sentencizer, which reads every token through a spaCy Token object."""

    __slots__ = ("first", "seen_period")

    def __init__(self) -> None:
        self.first = True
        self.seen_period = False

    def starts_sentence(self, token_text: str, is_punct: int, may_end: bool = True) -> bool:
        """is_punct: 0 or 1, as spaCy gives it; `may_end` False for a final mark that ends no
        sentence (an abbreviation's stop, rule hygiene.abbreviation_stop)."""
        if self.first:
            self.first = False
            self.seen_period = may_end and token_text in SENTENCE_FINAL_MARKS
            return True
        if self.seen_period and not is_punct and token_text not in SENTENCE_FINAL_MARKS:
            self.seen_period = False
            return True
        if may_end and token_text in SENTENCE_FINAL_MARKS:
            self.seen_period = True
        return False


MAX_DEGREE_PART_LETTERS = 4  # "Sp", "S", "M", "Subsp": the letters of a degree before its inner dot


def _inside_degree(text: str, start: int, degrees: frozenset[str]) -> bool:
    """The token at `start` continues a degree across a dot glued on both sides: the letters
    before the dot and the letters from `start` spell a listed degree ("Sp.A(K)" is `spa`,
    "Sp.OG" is `spog`), so the dot is no sentence end."""
    if not degrees or start < 2 or text[start - 1] != "." or not text[start - 2].isalpha():
        return False
    head_start = start - 2
    while head_start > 0 and text[head_start - 1].isalpha():
        head_start -= 1
    head = text[head_start:start - 1]
    if len(head) > MAX_DEGREE_PART_LETTERS or not head[0].isupper():
        return False
    tail_end = start
    while tail_end < len(text) and text[tail_end].isalpha():
        tail_end += 1
    tail = text[start:tail_end]
    return bool(tail) and tail[0].isupper() and (head + tail).lower() in degrees


def _cut_at(pieces: Sequence[tuple[int, int]], offsets: list[int]) -> list[tuple[int, int]]:
    """The pieces of a token, cut again at the given offsets (sorted)."""
    cut: list[tuple[int, int]] = []
    for start, end in pieces:
        position = bisect_right(offsets, start)
        while position < len(offsets) and offsets[position] < end:
            cut.append((start, offsets[position]))
            start = offsets[position]
            position += 1
        cut.append((start, end))
    return cut


def _blank(text: str, chunks: list[tuple[int, int]]) -> str:
    """The text with the given chunks replaced by spaces (same length)."""
    parts: list[str] = []
    previous = 0
    for start, end in chunks:
        parts.append(text[previous:start])
        parts.append(" " * (end - start))
        previous = end
    parts.append(text[previous:])
    return "".join(parts)


def _long_chunks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each chunk longer than MAX_SPACY_CHUNK_CHARS. Most articles have none:
    the longest whitespace-delimited chunk (`str.split`, which splits where the regex's `\\s`
    does) is measured in C first, and the regex runs only when one is too long."""
    if max(map(len, text.split()), default=0) <= MAX_SPACY_CHUNK_CHARS:
        return []
    return [(match.start(), match.end()) for match in LONG_CHUNK.finditer(text)]


def _long_chunk_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + match.start(), start + match.end()) for match in LONG_CHUNK_PIECE.finditer(text[start:end])]


MIN_GLUED_PART_CHARS = 2


def split_known_glue(spans: list[tuple[int, int]], words: list[str], glue_tails: frozenset[str] = frozenset(),
                     common_words: frozenset[str] = frozenset(),
                     name_endings: frozenset[str] = frozenset(), verb_prefixes: tuple[str, ...] = ()) -> list[Token]:
    """The tokens (offsets `spans`, texts `words`), a capitalised one made of two words the
    article uses on their own elsewhere split in two.

    Stripped links glue a name to the next word ("Lautaro Martinezlebih", "Gazayang",
    "MKini", "Prabowomelakukan"). A split is made only when the article itself has the
    capitalised first part as a token of its own and the second part as a lowercase word,
    so names that merely end in a common syllable (Budi, Jordan) stay whole. A lowercase tail
    from `glue_tails` (function words such as "sebagai", "dalam", listed in the rules) is split
    off even if the name never stands alone ("Postecogloubukan", "Franksebagai"), except a
    tail that also ends names (`name_endings`: "Wulandari", "Sebayang", "Pyongyang"), which
    needs the article to write the stem alone ("Gazayang" beside "Gaza"); so is a verb
    with a prefix (`verb_prefixes`: me-, ber-, di-, ter-) that the article uses alone ("Prabowomelakukan").
    A word news writes in lowercase (rules/names.yml common_words) counts as one the article
    uses, so "Trumpditunjuk" splits when the article has "Trump" on its own.
    """
    distinct = set(words)  # each word tested once, not once per occurrence
    capitalised = {word for word in distinct if word[:1].isupper()}
    lowercase = {word for word in distinct if word.islower() and word.isalpha()}
    tails_without_a_stem = glue_tails - name_endings
    cuts = {word: _known_cut(word, capitalised, lowercase, tails_without_a_stem, common_words, verb_prefixes)
            for word in capitalised}
    if not any(cuts.values()):  # most articles: no word is cut, the tokens are the pieces as they are
        if not spans:
            return []
        starts, ends = zip(*spans, strict=True)
        return tokens_in_bulk(starts, ends, words)
    result: list[Token] = []
    for (start, end), word in zip(spans, words, strict=True):
        cut = cuts.get(word, 0)  # only a capitalised token is split (`_known_cut`)
        if cut:
            result.append(Token(start, start + cut, word[:cut], len(result)))
            result.append(Token(start + cut, end, word[cut:], len(result)))
            continue
        result.append(Token(start, end, word, len(result)))
    return result


MIN_GLUED_NAME_CHARS = 4  # the name part left before a glued tail
MIN_GLUED_VERB_CHARS = 6


MIN_LEXICON_TAIL_CHARS = 5  # a tail known only from the lexicon: "Dan" + "iya" is "Daniya", a name


def _known_cut(word: str, capitalised: set[str], lowercase: set[str], glue_tails: frozenset[str],
               common_words: frozenset[str] = frozenset(), verb_prefixes: tuple[str, ...] = ()) -> int:
    """Where a capitalised word splits into a name and a glued word, or 0 (whole)."""
    if not word[:1].isupper() or len(word) > MAX_GLUED_TOKEN_CHARS or not word.isalpha():
        return 0
    if word.lower() in lowercase or word.lower() in common_words:
        return 0  # a word capitalised at a sentence start ("Memperdalam", "Daripada"), no glue
    for cut in range(len(word) - MIN_GLUED_PART_CHARS, MIN_GLUED_PART_CHARS - 1, -1):
        if word[cut].istitle():
            break  # a capital (istitle: upper or title case) opens every longer tail: none is lowercase
        head, tail = word[:cut], word[cut:]
        if not tail.islower():
            continue
        if tail in glue_tails and len(head) >= MIN_GLUED_NAME_CHARS:
            return _longest_glue_tail_cut(word, cut, glue_tails)
        known_tail = tail in lowercase or (len(tail) >= MIN_LEXICON_TAIL_CHARS
                                           and len(head) >= MIN_GLUED_NAME_CHARS and tail in common_words)
        if known_tail and (head in capitalised or (
                len(head) >= MIN_GLUED_NAME_CHARS and len(tail) >= MIN_GLUED_VERB_CHARS
                and tail.startswith(verb_prefixes))):
            return cut
    return 0


def _longest_glue_tail_cut(word: str, cut: int, glue_tails: frozenset[str]) -> int:
    """The cut before the longest glue tail ending `word` that still leaves a name of
    MIN_GLUED_NAME_CHARS letters, `cut` (a shorter tail's) when none is longer: a tail may end
    in another ("setelah" in "telah"), and "Subiantosetelah" is Subianto + setelah."""
    for longer in range(MIN_GLUED_NAME_CHARS, cut):
        if word[longer:] in glue_tails:
            return longer
    return cut


def _attach_lone_marks(text: str, sentences: list[Span]) -> list[Span]:
    """A "sentence" made only of an opening quote mark belongs to the sentence after it; one
    made only of commas (`ujarnya.,Dia …`, `BP.,,,,Tidak …`) belongs to the sentence before it."""
    merged: list[Span] = []
    carry: int | None = None
    for sentence in sentences:
        piece = text[sentence.start:sentence.end]
        if piece[:1] == "," and not piece.strip(",") and merged and carry is None \
                and "\n" not in text[merged[-1].end:sentence.start]:
            merged[-1] = Span(merged[-1].start, sentence.end)
            continue
        if not piece.strip(QUOTE_CHARACTERS_STRING) and carry is None:
            carry = sentence.start
            continue
        if carry is not None and "\n" not in text[carry:sentence.start]:
            merged.append(Span(carry, sentence.end))
        else:
            if carry is not None:
                merged.append(Span(carry, carry + 1))
            merged.append(sentence)
        carry = None
    if carry is not None:
        merged.append(Span(carry, carry + 1))
    return merged


def _next_line_break(text: str, start: int) -> int:
    """The offset of the first line break at or after `start`, len(text) if there is none:
    `tokenize` asks it once per line break, not once per token."""
    found = text.find("\n", start)
    return len(text) if found < 0 else found


def _line_break_ends_sentence(text: str, last_end: int, start: int, previous: str) -> bool:
    """A line break ends a sentence, except where a scraper broke a line at a link inside one:
    the line before (its last token `previous`) ends without punctuation and the next one
    starts in lowercase ("… bahwa kondisi\nokupansi hotel\nyang tak kunjung membaik")."""
    if start <= last_end or text.find("\n", last_end, start) < 0:
        return False
    mid_sentence = previous[-1:].isalnum() and text[start:start + 1].islower()
    return not mid_sentence


def _opens_next_sentence(text: str, start: int, end: int, previous: str) -> bool:
    """An opening quotation mark after a full stop (the token before, `previous`) and a space
    starts the next sentence.

    spaCy's sentencizer keeps trailing quote marks with the sentence before them, which is
    right for closing marks (…kata dia.”) but wrong for an opening mark (…saksi. "Pastinya).
    When the scraper dropped the space (…sampah laut."Di dalam …) the mark may open or close;
    the hygiene stage decides (rule hygiene.glued_quote_sentence).
    """
    if previous not in SENTENCE_END_MARKS or text[start:end] not in QUOTE_CHARACTERS:
        return False
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isspace() and not after.isspace()


def _after_glued_paragraph_comma(text: str, start: int, spans: list[tuple[int, int]], previous: str,
                                 sentence_joins: frozenset[int] = frozenset()) -> bool:
    """Some scrapers join paragraphs with a comma and no space: `ujarnya.,Dia menyebutkan`,
    `Kamis (25/6),Menurutnya, …`, `Kadin.,"Kebetulan …`. After a full stop, a closing
    bracket or a quote mark, such a comma (`previous`, the last of the tokens `spans`) ends
    the sentence; not after a stop that ends none (`sentence_joins`: `SS.,M.Par.,CPOD.`, rule
    hygiene.postnominal_letters)."""
    if previous != "," or len(spans) < 2 or spans[-1][1] != start:
        return False
    comma_start = spans[-1][0]
    if comma_start - 1 in sentence_joins:
        return False
    opens = text[start:start + 1]
    before_comma = text[comma_start - 1] if comma_start > 0 else " "
    return (opens.isupper() or opens in QUOTE_CHARACTERS) and before_comma in GLUED_PARAGRAPH_COMMA_AFTER


TITLE_PUNCTUATION = frozenset([":", "-", "—"])
TITLE_MIN_WORDS = 2  # a glued title keeps at least this many words before a clause can start
TITLE_LINE_MAX_CHARS = 150  # a title on the line after an empty `Baca juga:` line; a paragraph runs longer
TITLE_LINE_MIN_CAPITALISED = 0.5  # share of its words: titles are capitalised word by word
TITLE_LINE_NOT_ENDS = SENTENCE_END_MARKS | QUOTE_CHARACTERS | frozenset(":")  # a sentence, a quote or a lead-in


def mark_boilerplate(document: Document, markers: list[str], lines: list[str],
                     clause_openers: frozenset[str], reporting_verbs: frozenset[str],
                     credits: list[Span] | None = None, credit_sentences: list[str] | None = None,
                     title_connectives: frozenset[str] = frozenset(),
                     passive_verb: Callable[[str], bool] | None = None,
                     subject_adverbs: frozenset[str] = frozenset(),
                     title_lowercase: TitleLowercase | None = None) -> None:
    """Spans of scraped-page boilerplate.

    A stand-alone marker ("ADVERTISEMENT") is boilerplate by itself; a title line ("Baca
    juga: …") runs to the end of its line, or, when the scraper glued the next sentence onto
    it, to where that sentence visibly starts (see `_glued_title_end`) or to a stand-alone
    marker inside it (`_title_end_at_marker`). Trailing credits the
    hygiene stage found are boilerplate too, and so is a contributor credit sentence ("Dewi
    Lestari berkontribusi dalam penulisan artikel ini") from its start to the phrase's end.
    """
    text = document.text
    spans: list[Span] = list(credits or [])
    for marker in markers:
        spans.extend(Span(start, start + len(marker)) for start in _occurrences(text, marker))
    sentence_starts = [sentence.start for sentence in document.sentences]
    glued_starts: list[int] = []  # article sentences the scraper glued after a title
    for phrase in credit_sentences or []:
        for start in _occurrences(text, phrase):
            index = bisect_right(sentence_starts, start) - 1
            sentence_start = document.sentences[index].start if index >= 0 else 0
            spans.append(Span(max(sentence_start, text.rfind("\n", 0, start) + 1), start + len(phrase)))
    for marker in lines:
        for start in _occurrences(text, marker):
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            index = bisect_right(sentence_starts, start) - 1
            sentence_end = document.sentences[index].end if index >= 0 else line_end
            end = min(line_end, max(sentence_end, start + len(marker)))
            title_start = start + len(marker)
            paragraph = _emptied_title_paragraph(text, title_start, line_end)
            if paragraph is not None:
                # "…,Baca Juga:,Diungkapkan Roland, …": the link's title was stripped where the
                # scraper joins paragraphs with a comma; the next paragraph is article text
                glued_starts.append(paragraph)
                spans.append(Span(start, paragraph))
                continue
            if not text[title_start:line_end].strip(" \t:"):
                title_start, end = _title_on_next_line(text, line_end, end)
            glued_end = _glued_title_end(document, title_start, end, clause_openers, reporting_verbs,
                                         title_connectives, passive_verb, subject_adverbs, title_lowercase)
            if glued_end < end and (_opens_on_its_own(document, glued_end, clause_openers)
                                    or _opens_with_a_connective(document, glued_end, title_connectives)
                                    or _opens_with_a_common_word(document, glued_end, title_lowercase)):
                glued_starts.append(glued_end)
            end = _title_end_at_marker(text, title_start, glued_end, markers)
            spans.append(Span(start, max(end, start + len(marker))))
    if glued_starts:
        document.sentences = _split_sentences_at(document, glued_starts)
    merged: list[Span] = []
    for span in sorted(spans, key=lambda span: span.start):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    document.boilerplate = merged


def _opens_on_its_own(document: Document, start: int, clause_openers: frozenset[str]) -> bool:
    """Whether the glued sentence found at `start` opens there for sure: with a quotation mark,
    a pronoun or `Menurut`. A word found by the reporting verb after it may be the last of a
    name the title's words run into (`… Sejak Pagi Bimo Sasongko mengatakan`): the title ends
    there, but the sentence is left whole, so the name keeps its first words."""
    word = document.tokens_between(start, start + 1)
    if not word:
        return False
    return word[0].text in QUOTE_CHARACTERS or word[0].text.lower() in clause_openers


def _opens_with_a_connective(document: Document, start: int, connectives: frozenset[str]) -> bool:
    """A capitalised connective followed by a lowercase word ("Meskipun demikian, …") at
    `start`: prose, which a title capitalising word by word never writes."""
    words = _first_two_words(document, start)
    return len(words) == 2 and _connective_then_lowercase(words[0], words[1], connectives)


def _first_two_words(document: Document, start: int) -> list[Token]:
    """The first two words from `start` on, a title's punctuation aside."""
    return [token for token in document.tokens_between(start, start + TWO_WORDS_CHARS)
            if token.text not in TITLE_PUNCTUATION][:2]


TWO_WORDS_CHARS = 40  # enough for a connective and the word after it


def _connective_then_lowercase(token: Token, following: Token, connectives: frozenset[str]) -> bool:
    """A capitalised connective before a lowercase word or the comma that sets it off ("Namun,
    Ketua Harian partai itu membantah …"): prose; a title writes the next word capitalised."""
    return token.text[:1].isupper() and token.text.lower() in connectives \
        and (following.text[:1].islower() or following.text == ",")


def _split_sentences_at(document: Document, starts: list[int]) -> list[Span]:
    """The sentences with one more starting at each of `starts` (token starts) that falls inside
    one: the sentence a scraper glued after a "read more" title opens its own sentence, so a
    clause-opening `Menurut` or a pronoun subject stops at the title's end instead of reading
    the title as its clause. The title keeps the sentence's first part."""
    inside = sorted(set(starts))
    split: list[Span] = []
    for sentence in document.sentences:
        start = sentence.start
        for cut in inside:
            if start < cut < sentence.end:
                before = document.tokens_between(start, cut)
                if before:
                    split.append(Span(start, before[-1].end))
                    start = cut
        split.append(Span(start, sentence.end))
    return split


def _title_end_at_marker(text: str, title_start: int, end: int, markers: list[str]) -> int:
    """A stand-alone marker inside a title line ends the title ("Simak juga Video: … [Gambas:Video
    20detik] Trump juga mengatakan …"): the page's embed or banner closes the teaser, and what
    the scraper glued after it is article text."""
    ends = [found + len(marker) for marker in markers
            if (found := text.find(marker, title_start, end)) >= 0]
    return min(ends, default=end)


def _title_on_next_line(text: str, line_end: int, end: int) -> tuple[int, int]:
    """Where the title of a marker line with nothing after the marker (`Baca juga:`) starts and
    ends: the next non-empty line when it reads as a title (short, most words capitalised, no
    sentence end, quote mark or colon at either end), else (line_end, end) unchanged, so an
    article paragraph the scraper left after an emptied title is read."""
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    return (start, stop) if _reads_as_title(text[start:stop].strip()) else (line_end, end)


def _emptied_title_paragraph(text: str, title_start: int, line_end: int) -> int | None:
    """Where the paragraph after an emptied title starts, when a scraper that joins paragraphs
    with a comma and no space left nothing but that comma after the marker (`…kata Roland.,Baca
    Juga:,Diungkapkan Roland, pihaknya …`, `Baca Juga :,,"Setelah …`): the title was a link it
    stripped, and the paragraph after the comma is the article's, read as its own sentence. A
    paragraph there that reads as a title (up to the next comma glued to a word, or the line's
    end; `_reads_as_title`) is the title, left to the line rule; None when no comma follows."""
    position = title_start
    while position < line_end and text[position] in " \t:":
        position += 1
    if position >= line_end or text[position] != ",":
        return None
    while position < line_end and text[position] in " ,":
        position += 1
    if position >= line_end:
        return None
    glued_comma = re.search(r",(?=\S)", text[position:line_end])
    stop = position + glued_comma.start() if glued_comma else line_end
    return None if _reads_as_title(text[position:stop].strip()) else position


def _reads_as_title(line: str) -> bool:
    """A line that reads as a "read more" title: short, at least half its words capitalised (or
    figures), no sentence end, quote mark or colon at either end."""
    words = line.split()
    if not words or len(line) > TITLE_LINE_MAX_CHARS or line[0] in QUOTE_CHARACTERS \
            or line[-1] in TITLE_LINE_NOT_ENDS:
        return False
    capitalised = sum(_capitalised_or_figure(word) for word in words)
    return capitalised / len(words) >= TITLE_LINE_MIN_CAPITALISED


def _capitalised_or_figure(word: str) -> bool:
    """A title's word: capitalised, or a figure."""
    return word[:1].isupper() or word[:1].isdigit()


def _reporting_verb_past_adverbs(words: list[Token], position: int, reporting_verbs: frozenset[str],
                                 adverbs: frozenset[str]) -> bool:
    """Whether a lowercase reporting verb stands at `position`, or past a comma, lowercase subject
    adverbs (speakers.yml subject_adverbs) or both (`mengatakan`, `, telah mengonfirmasi`, `juga
    mengatakan`, `, menjelaskan`): prose, as a title capitalises its adverbs and verbs."""
    if position < len(words) and words[position].text == ",":
        position += 1
    while position < len(words) and words[position].text in adverbs:
        position += 1
    return position < len(words) and words[position].text in reporting_verbs


def _occurrences(text: str, marker: str) -> list[int]:
    found = []
    start = text.find(marker)
    while start >= 0:
        found.append(start)
        start = text.find(marker, start + len(marker))
    return found


def _glued_title_end(document: Document, title_start: int, end: int, clause_openers: frozenset[str],
                     reporting_verbs: frozenset[str], connectives: frozenset[str] = frozenset(),
                     passive_verb: Callable[[str], bool] | None = None,
                     subject_adverbs: frozenset[str] = frozenset(),
                     title_lowercase: TitleLowercase | None = None) -> int:
    """Where an article sentence glued after a title starts, or `end`.

    Titles are capitalised word by word, so the sentence shows itself by a word that cannot
    belong to a headline: an opening quotation mark, a capitalised pronoun or `Menurut`
    ("… UU HAM Dia menyebut …"), or a word followed by a lowercase reporting verb ("… Komnas
    HAM Pigai menyampaikan …") or passive verb ("… Kasasi Ditolak MA Sidang dipimpin oleh …":
    a title writes its passives capitalised, `Ditolak`, and its prepositions apart, `di MA`).
    The reporting verb may stand past the comma that closes an apposition and lowercase subject
    adverbs (`… Media Officer Persis Solo, Bryan Barcelona, telah mengonfirmasi …`): a title
    writes no lowercase adverb before a verb either. A capitalised word before a lowercase run
    a title never writes, after a title capitalised word by word, ends it too (`_prose_after`).
    """
    words = [token for token in document.tokens_between(title_start, end)
             if token.text.strip(":") and token.text not in TITLE_PUNCTUATION]
    for position, token in enumerate(words):
        if position < TITLE_MIN_WORDS:
            continue
        if token.text in ("“", "\"") and position + 1 < len(words) and words[position + 1].text[:1].isupper():
            return token.start
        if token.text[:1].isupper() and token.text.lower() in clause_openers:
            return token.start
        following = words[position + 1] if position + 1 < len(words) else None
        if following is not None and token.text[:1].isupper() and (
                _reporting_verb_past_adverbs(words, position + 1, reporting_verbs, subject_adverbs)
                or (passive_verb is not None and passive_verb(following.text))):
            return token.start
        if following is not None and _connective_then_lowercase(token, following, connectives):
            return token.start  # "… Tuai Pujian Meskipun demikian, …" (quotes.yml title_connectives)
        if title_lowercase is not None and _prose_after(words, position, title_lowercase):
            return token.start  # "… Rp 231,8 Miliar Kemudian dari pihak swasta, …"
    return end


@dataclass(frozen=True)
class TitleLowercase:
    """quotes.yml title_lowercase_words: the words a title capitalising word by word writes in
    lowercase, and how many capitalised title words must come before a lowercase run ends it;
    `common_words` (names.yml common_words) tell a sentence's first word from a name's last."""
    words: frozenset[str]
    min_capitalised: int
    common_words: frozenset[str] = frozenset()


def _opens_with_a_common_word(document: Document, start: int, lowercase: TitleLowercase | None) -> bool:
    """A common word written capitalised before a lowercase word at `start` (`Jika nilai tukar
    …`, `Kemudian dari pihak swasta …`): the glued sentence opens there, so a clause or a quote
    read in it does not take the title in; a name's last word (`… Ali Masykur Musa mengapresiasi`)
    is no common word, and its sentence is left whole."""
    if lowercase is None:
        return False
    words = _first_two_words(document, start)
    return len(words) == 2 and words[0].text[:1].isupper() and words[0].text.lower() in lowercase.common_words \
        and words[1].text[:1].islower()


TITLE_CAPITALISED_SHARE = 0.8  # of a title's words outside `TitleLowercase.words` before a glued sentence


def _prose_after(words: list[Token], position: int, lowercase: TitleLowercase) -> bool:
    """Whether a capitalised word at `position` opens a sentence the scraper glued after a title:
    the two words after it are lowercase words and not both ones a title writes in lowercase
    (`Kemudian dari pihak`, `Pemain dengan dua`), and the words before it read as a title
    capitalised word by word (at least `min_capitalised` of them outside the lowercase list, nearly
    all capitalised or figures), so a title in sentence case (`Jenazah BJ Habibie akan
    disemayamkan`) is left whole."""
    if position + 2 >= len(words) or not words[position].text[:1].isupper():
        return False
    after = [words[position + 1].text, words[position + 2].text]
    if not all(word.isalpha() and word.islower() for word in after) \
            or all(word in lowercase.words for word in after):
        return False
    content = [token.text for token in words[:position] if token.text.lower() not in lowercase.words
               and any(character.isalnum() for character in token.text)]
    capitalised = sum(_capitalised_or_figure(word) for word in content)
    return len(content) >= lowercase.min_capitalised and capitalised >= TITLE_CAPITALISED_SHARE * len(content)

