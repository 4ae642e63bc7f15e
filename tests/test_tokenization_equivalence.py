"""The tokenizer's shortcuts give exactly what spaCy's own components give.

`tokenize` cuts sentences by the sentencizer's rule itself (`SentencizerRule`) instead of
running spaCy's sentencizer, and the tokenizer matches prefixes at the first position
(`PrefixSearch`) instead of searching every position: the tables below compare both with
spaCy's components on Indonesian sentences with the marks they are about. A word's glue cuts
are kept across articles (`_glued_cutter`): the last table checks they stay each word's own.
"""

from __future__ import annotations

import re
import sys

import pytest
import spacy
from spacy import util
from spacy.attrs import IDX, IS_PUNCT, LENGTH
from spacy.lang.id import Indonesian
from spacy.language import Language

from service.extraction import tokenization
from service.extraction.document import Document
from service.extraction.spacy_indonesian import PrefixSearch
from service.extraction.tokenization import (
    GLUED_PIECES_MEMO_WORDS,
    LEXEME_ATTRIBUTES_READ,
    SentencizerRule,
    _glued_cutter,
    _known_cut,
    _pieces_memo,
    build_glue_pattern,
    build_tokenizer,
    tokenize,
)

TEXTS = [
    "Presiden tiba di Jakarta. Ia langsung menuju istana.",
    "\"Kami siap,\" kata Budi. \"Tidak ada masalah!\" tambahnya.",
    "Apa benar?! Dia diam saja... lalu pergi.",
    "Rapat selesai pukul 10.00 WIB.\n\nWartawan menunggu di luar.",
    "Kata Dr. Siti, harga naik 25%. (Ant) Baca juga: Banjir",
    "Ia bertanya: \"Siapa?\" Lalu ia menjawab sendiri.",
    "Sudah.   Belum. \"Nanti.\"",
    ". . . dimulai dengan titik",
    "Selesai。Berikutnya！Lalu？",
    "Ujarnya.,Dia menambahkan bahwa (rapat) ditunda.)",
    "",
]


@pytest.fixture(scope="module")
def sentencizer_nlp() -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_starts_as_spacys_sentencizer(text: str, sentencizer_nlp: Language) -> None:
    doc = sentencizer_nlp(text)
    expected = [token.i for token in doc if token.is_sent_start]
    rule = SentencizerRule()
    flags = doc.to_array([IS_PUNCT]).tolist() if len(doc) else []
    starts = [token.i for token, is_punct in zip(doc, flags, strict=True)
              if rule.starts_sentence(token.text, bool(is_punct))]
    assert starts == expected


PREFIX_CASES = [
    "\"Saya", "(Jakarta", "mengatakan,", "Presiden.", "...katanya", "Rp10.000", "US$5",
    "kata<a href='x'>Budi", "teks<b/>", "<b/>teks", "<strong />Judul", "“Kami", "", "a",
]


@pytest.mark.parametrize("text", PREFIX_CASES)
def test_prefix_matches_as_spacys_search(text: str) -> None:
    prefixes = [prefix for prefix in Indonesian.Defaults.prefixes or () if isinstance(prefix, str)]
    spacys = util.compile_prefix_regex(prefixes).search(text)
    ours = PrefixSearch(prefixes)(text)
    assert (ours.span() if ours else None) == (spacys.span() if spacys else None)


def test_a_prefix_inside_a_word_is_found_as_spacy_finds_it() -> None:
    """spaCy anchors only the first alternative of a prefix that has its own "|": its later
    alternatives match anywhere, and the shortcut keeps that."""
    prefixes = [prefix for prefix in Indonesian.Defaults.prefixes or () if isinstance(prefix, str)]
    match = PrefixSearch(prefixes)("kata<a href='x'>Budi")
    assert match is not None and match.start() == len("kata")


@pytest.fixture(scope="module")
def kutip_nlp() -> Language:
    return build_tokenizer()


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_and_read_attributes_as_spacys(text: str, sentencizer_nlp: Language, kutip_nlp: Language) -> None:
    """The tokenizer keeps only the lexical attributes kutip reads (LEXEME_ATTRIBUTES_READ):
    the tokens and those attributes are spaCy's."""
    default = sentencizer_nlp(text)
    ours = kutip_nlp(text)
    columns = [IDX, LENGTH, *sorted(LEXEME_ATTRIBUTES_READ)]
    assert [token.text for token in ours] == [token.text for token in default]
    assert ours.to_array(columns).tolist() == default.to_array(columns).tolist()


# Articles whose capitalised words are glued to a reporting verb, a name or a number: their
# cuts are kept across articles (`_glued_cutter`), so the same words are cut the same way
# whatever was tokenized before, and a tokenizer built with other verbs keeps its own cuts.
GLUED_ARTICLES = [
    "HotspurDaniel Levymengakui bahwa musim ini berat bagi klub.",
    "Prabowomengatakan rapat kabinet digelar Senin. Prabowo hadir sejak pagi.",
    "Harga cabai naik,kata PedagangSiti di Pasar Senen(Jakarta) kemarin.",
    "Daftar juara:1.Persija 2.Persib, lalu Persebaya.",
    "Ia datang pagi, ujar Budikata warga setempat.",
]


def _token_texts(text: str, nlp: Language, glue_pattern: re.Pattern[str]) -> list[str]:
    document = Document(text)
    tokenize(document, nlp, glue_pattern)
    return [token.text for token in document.tokens]


def test_glued_cuts_kept_across_articles_are_each_words_own(kutip_nlp: Language) -> None:
    say = build_glue_pattern(["mengatakan", "mengakui", "kata"])
    other = build_glue_pattern(["menegaskan"])
    cold = {}
    for pattern in (say, other):
        for text in GLUED_ARTICLES:
            _glued_cutter.cache_clear()
            cold[pattern.pattern, text] = _token_texts(text, kutip_nlp, pattern)
    _glued_cutter.cache_clear()
    for _ in range(2):  # the second pass reads every word's cuts from the cache
        for pattern in (say, other):
            for text in GLUED_ARTICLES:
                assert _token_texts(text, kutip_nlp, pattern) == cold[pattern.pattern, text]
    assert "Budi" in cold[say.pattern, GLUED_ARTICLES[-1]]  # "kata" is one of its verbs
    assert "Budikata" in cold[other.pattern, GLUED_ARTICLES[-1]]


def test_no_string_holding_a_title_or_upper_case_character_is_lowercase() -> None:
    """`_known_cut` stops at the first capital it meets reading a word's tail from its end, since
    every longer tail holds it: str.islower is False for any string with a character whose
    istitle() is True (upper or title case), for every character there is."""
    for code_point in range(sys.maxunicode + 1):
        character = chr(code_point)
        if character.istitle():
            assert not f"a{character}a".islower(), hex(code_point)


GLUE_WORDS = ["Martinezlebih", "JAKARTAlebih", "McDonaldlebih", "PolriKPK", "Gazayang", "BudiSANTOSOyang",
              "ǅakartayang", "Ǆuyang", "Prabowomelakukan", "Jakarta"]


def _known_cut_reading_every_tail(word: str, capitalised: set[str], lowercase: set[str]) -> int:
    """`_known_cut` without its early stop at a capital (every tail asked), glue tails "yang"."""
    if not word[:1].isupper() or not word.isalpha():
        return 0
    for cut in range(len(word) - 2, 1, -1):
        head, tail = word[:cut], word[cut:]
        if not tail.islower():
            continue
        if tail in {"yang"} and len(head) >= 4:
            return cut
        if tail in lowercase and head in capitalised:
            return cut
    return 0


@pytest.mark.parametrize("word", GLUE_WORDS)
def test_a_glued_tail_is_cut_where_reading_every_tail_cuts_it(word: str) -> None:
    capitalised = {"Martinez", "JAKARTA", "McDonald", "Polri", "Prabowo", "Jakarta"}
    lowercase = {"lebih", "melakukan", "yang"}
    assert _known_cut(word, capitalised, lowercase, frozenset({"yang"})) == \
        _known_cut_reading_every_tail(word, capitalised, lowercase)


def test_kept_glue_pieces_stay_bounded(kutip_nlp: Language) -> None:
    """The pieces kept across articles (`_pieces_memo`) are emptied once they pass the bound,
    and a word read from them is cut as a cold read cuts it."""
    say = build_glue_pattern(["mengatakan"])
    memo = _pieces_memo(_glued_cutter(say))
    memo.update((f"Kata{number}", [(0, 4)]) for number in range(GLUED_PIECES_MEMO_WORDS + 1))
    assert _token_texts(GLUED_ARTICLES[1], kutip_nlp, say)[:2] == ["Prabowo", "mengatakan"]
    assert len(memo) < 50 and "Prabowomengatakan" in memo


def test_kept_glue_pieces_stay_bounded_inside_one_article(kutip_nlp: Language,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """One article of more distinct words than the bound (a pasted list of codes) keeps the
    memo within it while it is read, and its words are cut as a cold read cuts them."""
    say = build_glue_pattern(["mengatakan"])
    text = " ".join(f"Kode{number}x" for number in range(40)) + " Prabowomengatakan hal itu."
    _glued_cutter.cache_clear()
    cold = _token_texts(text, kutip_nlp, say)
    monkeypatch.setattr(tokenization, "GLUED_PIECES_MEMO_WORDS", 8)
    _glued_cutter.cache_clear()
    sizes: list[int] = []
    real_remember = tokenization._remember_pieces

    def remember(memo: dict[str, list[tuple[int, int]]], word: str,
                 pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
        kept = real_remember(memo, word, pieces)
        sizes.append(len(memo))
        return kept

    monkeypatch.setattr(tokenization, "_remember_pieces", remember)
    assert _token_texts(text, kutip_nlp, say) == cold
    assert len(sizes) > 40 and max(sizes) == 8
    assert "Prabowo" in cold and "mengatakan" in cold
