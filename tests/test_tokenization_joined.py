"""The quickly built Indonesian tokenizer gives exactly the tokens of `spacy.blank("id")`.

Sentences cover what spaCy's exceptions are about: reduplication and other hyphenated
words (kept whole only when spaCy lists them), words glued to affixes and clitics,
abbreviations with dots, apostrophes, and the same word with spaces around the hyphen.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from service.extraction.spacy_indonesian import (
    TOKENIZER_CACHE_CHUNKS,
    build_indonesian,
    infix_pieces,
    joined_word_tokenizer,
)
from service.extraction.tokenization import build_tokenizer, token_columns

SPACY_DEFAULT_CACHE_CHUNKS = 10_000  # spacy.tokenizer.Tokenizer's max_cache_size

SENTENCES = [
    "Anak-anak bermain di halaman sekolah sambil makan kue-kue.",
    "Warna langitnya abu-abu, lalu ABU-ABU, lalu Abu-Abu.",
    "\"Kupu-kupu itu terbang,\" kata Dr. Siti Rahma, M.Hum., di Jakarta.",
    "Ia berjalan mondar-mandir (bolak-balik) sejak pagi-pagi sekali.",
    "Rumahnya porak-poranda; barang-barangnya hilang.",
    "Sayur-mayur dan buah-buahan naik 10-20 persen per 12/3/2025.",
    "Pemain asal Korea-Jepang itu pindah ke klub Jerman-Prancis.",
    "Mobil-mobilnya rusak, bukunya hilang, rumah-Mu megah.",
    "Kata-kata itu diucapkan berulang-ulang, kata-kata-nya jelas.",
    "abu - abu tidak sama dengan abu-abu, juga tidak abu -abu.",
    "Salat Jum'at dan do'a bersama digelar di masjid, kata Prof. Dr. Ir. Budi.",
    "Harga Rp10.000 naik jadi Rp12.500, sekitar 25% lebih mahal.",
    "Pak Joko -- Gubernur -- datang tepat waktu...bersama istri-istri pejabat.",
    "Rapat tanggal 3 Jan. 2025 dihadiri tokoh-tokoh masyarakat dan alim-ulama.",
    "Tulisan compang-camping/berantakan dan ramah-tamah-nya hilang.",
    "KUPU-KUPU dan kupu-kupu... serta \"sia-sia\" dan (sia-sia).",
]


@pytest.fixture(scope="module")
def default_nlp() -> Language:
    return spacy.blank("id")


@pytest.fixture(scope="module")
def quick_nlp() -> Language:
    return build_indonesian()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_tokens_as_spacy_default(sentence: str, default_nlp: Language, quick_nlp: Language) -> None:
    expected = [(token.text, token.idx, token.whitespace_) for token in default_nlp(sentence)]
    assert [(token.text, token.idx, token.whitespace_) for token in quick_nlp(sentence)] == expected


# spaCy exceptions its affix rules keep whole anyway (left out of the quick build): line
# breaks, tabs, degrees and abbreviations written with dots, among words and punctuation
WHOLE_BY_THEMSELVES = [
    "Pengacara Budi Santoso, S.H., M.H.\nmengatakan hal itu.\n\nIa datang.",
    "Gelar M.A. dan S.E. diraih\tdi Bandung;\n(S.H.) lalu \"M.M.\" juga.",
    "Kata Dr. med Andi:\n\n\"Kami siap,\" ujarnya.\n \nLalu\t\tpergi 8D XD.",
]


@pytest.mark.parametrize("sentence", WHOLE_BY_THEMSELVES + ["\n".join(SENTENCES), "\n\n".join(SENTENCES)])
def test_exceptions_kept_whole_by_the_rules_change_no_token(sentence: str, default_nlp: Language,
                                                            quick_nlp: Language) -> None:
    """Leaving out the exceptions spaCy's rules keep whole anyway (`\\n`, `S.H.`) changes no
    token; leaving them out keeps spaCy's chunk cache on after a line break."""
    assert "\n" not in quick_nlp.tokenizer.tokenizer.rules  # type: ignore[attr-defined]
    expected = [(token.text, token.idx, token.whitespace_) for token in default_nlp(sentence)]
    assert [(token.text, token.idx, token.whitespace_) for token in quick_nlp(sentence)] == expected


# marks spaCy lists as exceptions of their own that its affix rules already cut as one token:
# listed, a chunk of one of them ("—" between spaces) stopped spaCy caching the article's later
# chunks (spaCy issue #1250), so they are left out too
MARKS_CUT_WHOLE_BY_THE_RULES = [
    "Ia datang — katanya — lalu pergi dan bilang ' oke ' serta ’ baik ’ saja.",
    "Kata Budi—yang hadir—'siap' dan ’ya’, lalu '—' juga (—) serta ‘—’.",
    "—\n'\n’\n— '—' ’—’ —— '' ’’",
]


@pytest.mark.parametrize("sentence", MARKS_CUT_WHOLE_BY_THE_RULES)
def test_marks_the_rules_cut_whole_are_no_exceptions(sentence: str, default_nlp: Language,
                                                     quick_nlp: Language) -> None:
    rules = quick_nlp.tokenizer.tokenizer.rules  # type: ignore[attr-defined]
    assert not {"—", "'", "’"} & set(rules)
    expected = [(token.text, token.idx, token.whitespace_) for token in default_nlp(sentence)]
    assert [(token.text, token.idx, token.whitespace_) for token in quick_nlp(sentence)] == expected
    assert token_columns(build_tokenizer(), sentence) == spacys_columns(default_nlp, sentence)


# texts that end in a joined word: its run is compared past the last token and cut there
ENDING_IN_A_JOINED_WORD = [
    "Warna langitnya abu-abu",
    "Mereka pulang pagi-pagi",
    "kupu-kupu",
    "Kata-kata",
    "",
    "   ",
]


@pytest.mark.parametrize("text", SENTENCES + WHOLE_BY_THEMSELVES + ENDING_IN_A_JOINED_WORD + [" ".join(SENTENCES)])
def test_token_columns_are_the_merged_docs_columns(text: str, default_nlp: Language) -> None:
    """`token_columns` joins the joined words in its columns instead of in spaCy's Doc: the
    same offsets, lengths and space and punctuation flags as the Doc of spaCy's default tokenizer."""
    assert token_columns(build_tokenizer(), text) == spacys_columns(default_nlp, text)


def spacys_columns(nlp: Language, text: str) -> list[list[int]]:
    """The four columns `tokenize` reads (TOKEN_COLUMNS) of spaCy's Doc, one list per column, written out token by token."""
    doc = nlp(text)
    return [[token.idx for token in doc], [len(token) for token in doc],
            [int(token.is_space) for token in doc], [int(token.is_punct) for token in doc]]


@pytest.mark.parametrize(("sentence", "token"), [
    ("Warna langitnya abu-abu, katanya.", "abu-abu"),
    ("\"Kupu-kupu itu terbang,\" katanya.", "Kupu-kupu"),
    ("Ia berjalan mondar-mandir sejak pagi.", "mondar-mandir"),
    ("Kata Dr. Siti kepada wartawan.", "Dr."),
    ("Rumahnya porak-poranda; barangnya hilang.", "porak-poranda"),
])
def test_listed_words_stay_whole(sentence: str, token: str, quick_nlp: Language) -> None:
    assert token in [t.text for t in quick_nlp(sentence)]


@pytest.mark.parametrize(("sentence", "pieces"), [
    ("Pemain Korea-Jepang itu pindah.", ["Korea", "-", "Jepang"]),
    ("abu - abu itu.", ["abu", "-", "abu"]),
])
def test_unlisted_or_spaced_words_are_split(sentence: str, pieces: list[str], quick_nlp: Language) -> None:
    words = [t.text for t in quick_nlp(sentence)]
    start = words.index(pieces[0])
    assert words[start:start + len(pieces)] == pieces


def test_every_joined_word_has_spacys_own_pieces(default_nlp: Language) -> None:
    """The pieces computed for each joined word are what spaCy's tokenizer cuts it into when
    it has no exceptions (the patterns spaCy's special-case matcher is built from)."""
    bare = spacy.tokenizer.Tokenizer(default_nlp.vocab, rules={}, prefix_search=default_nlp.tokenizer.prefix_search,
                                     suffix_search=default_nlp.tokenizer.suffix_search,
                                     infix_finditer=default_nlp.tokenizer.infix_finditer,
                                     token_match=default_nlp.tokenizer.token_match,
                                     url_match=default_nlp.tokenizer.url_match)
    joined = joined_word_tokenizer(default_nlp).joined
    assert len(joined.pieces) > 15_000
    for pieces in joined.pieces:
        word = "".join(pieces)
        assert tuple(token.text for token in bare(word)) == pieces
        assert infix_pieces(word, default_nlp.tokenizer.infix_finditer) == pieces


def test_tokens_stay_the_same_past_spacys_default_cache_size(default_nlp: Language) -> None:
    """The quick build keeps TOKENIZER_CACHE_CHUNKS chunks' tokens, not spaCy's 10,000: a text
    of more distinct chunks than that (made-up names glued to punctuation and infixes), read
    twice so that the second reading comes from the cache, gives spaCy's default tokens both times."""
    nlp = build_tokenizer()
    assert nlp.tokenizer.tokenizer.max_cache_size == TOKENIZER_CACHE_CHUNKS > SPACY_DEFAULT_CACHE_CHUNKS
    words = [f"({chr(65 + number % 26)}ari{number}-an," if number % 3 else f"Budi{number}.Ia" for number in range(12_000)]
    text = " ".join(words)
    expected = spacys_columns(default_nlp, text)
    assert token_columns(nlp, text) == expected
    assert token_columns(nlp, text) == expected
