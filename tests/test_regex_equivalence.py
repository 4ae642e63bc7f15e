"""The hygiene stage's whole-text patterns, rewritten to open with a consumed character
(issue 22: the regex engine then skips to candidate characters instead of trying a leading
lookbehind at every offset), find exactly what their lookbehind-first forms find: a table of
Indonesian sentences with the damage each is about, then any text over an alphabet of the
characters the patterns test. Also the tokenizer's long-chunk search (`tokenization._long_chunks`),
the postnominal-letters pattern (opens with its comma), the letter runs and their starts read by
string passes (`hygiene.letter_runs`, `letter_run_starts`), the clause word count by `str.split`
(`clauses.has_words`) and a clause's dangling tail read from its last words (`_dangling_tail_start`)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.extraction import clauses, hygiene, tokenization
from service.extraction.rules import RuleSet

# the patterns as written before the rewrite, the reference for the same matches
LOOKBEHIND_FIRST = {
    "GLUED_SENTENCE_END": r"(?<=[)\]0-9%])[.!?](?=[A-Z][a-z])",
    "GLUED_QUOTE_SENTENCE": r"(?<=\S)[.!?](?P<marks>[\"“”]{1,2})(?=[A-Z0-9])",
    "COMMA_PARAGRAPH_JOIN": r"(?<=[.!?])[\"”’]?(?P<commas>,+)(?=[A-Z])",
    "GLUED_ABBREVIATION_END": r"(?<![A-Za-z])(?P<abbreviation>[A-Z]{2,})\.(?=[A-Z][a-z]{2,})",
    "DIGITS_THEN_CAPITALISED": r"(?<![A-Za-z\d])\d+(?=[A-Z][a-z]{2,})",
    "INITIAL_THEN_WORD": r"(?<=[\w)][ \t])[A-Z]\.[ \t]+(?P<word>[A-Z][a-z]+)\b",
}
# the part of a match the hygiene stage reads (the comma join's start is never read)
READ_GROUP = {"COMMA_PARAGRAPH_JOIN": "commas"}

SENTENCES = [
    "Rina meninjau gudang pada Senin (3/2).Ia menjelaskan stok cukup.",
    "Harga naik 1,1%.Widodo menyebut angka itu wajar. Tahun 2024.Dia menjabat.",
    "Ia menunggu (DNA).\"Test itu penting,\" katanya. Ujarnya.“Sebab kami siap.",
    "Dia berkata.\"“Kami siap.\" Lalu pergi.\"\"Ya",
    "Senin (25/6).,Menurut Budi, BP.,,,,,Tidak ada. Lemah.\",Sering terjadi.",
    "Siaran TV.Manajer tim hadir pukul 10.00 WIB.Pergerakan massa. dTV.Manajer tidak.",
    "Pada 2015-2016Thomas Lembong menjabat; harga Rp5.000Emas naik; a12Thomas tetap.",
    ".Awal teks, 12Thomas di awal, TV.Manajer di awal.",
    "Klub Serie A. Perlu dicatat, tim (B) C. Rahman dan Grup\tD.\tDengan itu; A. Budi di awal, xA.Rudi tidak.",
    "",
]

ALPHABET = "aAbBZz09 \t.,!?%()]\"“”’\n"


def _matches(pattern: re.Pattern[str], name: str, text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    group = READ_GROUP.get(name, 0)
    return [(match.start(group), match.end(group), match.groupdict()) for match in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(LOOKBEHIND_FIRST))
@pytest.mark.parametrize("text", SENTENCES)
def test_rewritten_pattern_finds_the_same_matches(name: str, text: str) -> None:
    reference = re.compile(LOOKBEHIND_FIRST[name])
    assert _matches(getattr(hygiene, name), name, text) == _matches(reference, name, text)


def test_the_table_exercises_every_pattern() -> None:
    for name, pattern in LOOKBEHIND_FIRST.items():
        assert any(re.search(pattern, text) for text in SENTENCES), name


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_rewritten_patterns_agree_on_any_text(text: str) -> None:
    for name, reference in LOOKBEHIND_FIRST.items():
        assert _matches(getattr(hygiene, name), name, text) == _matches(re.compile(reference), name, text), name


# The three patterns that open with a run, tried only at the run before each anchor
# (hygiene._anchored_matches), against the whole-text search: (pattern, anchors, run characters)
ANCHORED = {
    "GLUED_ABBREVIATION_END": (hygiene.GLUED_ABBREVIATION_END, hygiene.ABBREVIATION_END_ANCHOR,
                               hygiene.ASCII_UPPERCASE.__contains__),
    "GLUED_INITIAL": (hygiene._glued_initial_pattern(3), hygiene.INITIAL_ANCHOR, hygiene.ASCII_LOWERCASE.__contains__),
    "DIGITS_THEN_CAPITALISED": (hygiene.DIGITS_THEN_CAPITALISED, hygiene.DIGITS_END_ANCHOR, str.isdecimal),
}
ANCHORED_SENTENCES = [
    *SENTENCES,
    "Ia baruM. Rahman datang, kataS. Budi; ituM.Rahman, xbaruM. Rahman, abM. Rb. Cd.",
    "Nomor 12Thomas, a12Thomas, ٣٤Budi, 2015-2016Thomas Lembong, TV.Manajer, xTV.Manajer, ABC.Def.",
]


def _anchored(name: str, text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    pattern, anchors, in_run = ANCHORED[name]
    return [(match.start(), match.end(), match.groupdict()) for match in hygiene._anchored_matches(text, pattern, anchors, in_run)]


def _searched(name: str, text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(match.start(), match.end(), match.groupdict()) for match in ANCHORED[name][0].finditer(text)]


@pytest.mark.parametrize("name", sorted(ANCHORED))
@pytest.mark.parametrize("text", ANCHORED_SENTENCES)
def test_anchored_search_finds_the_same_matches(name: str, text: str) -> None:
    assert _anchored(name, text) == _searched(name, text)


def test_the_anchored_table_exercises_every_pattern() -> None:
    for name in ANCHORED:
        assert any(_searched(name, text) for text in ANCHORED_SENTENCES), name


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aAbBMRZz09٣ .\t,\n-", max_size=40))
def test_anchored_search_agrees_on_any_text(text: str) -> None:
    for name in ANCHORED:
        assert _anchored(name, text) == _searched(name, text), name


# tokenization._long_chunks: a chunk longer than MAX_SPACY_CHUNK_CHARS is found by the pattern
# as first written (an unanchored run) only after `str.split` measured one that long
FIRST_LONG_CHUNK = re.compile(rf"\S{{{tokenization.MAX_SPACY_CHUNK_CHARS + 1},}}")
LIMIT = tokenization.MAX_SPACY_CHUNK_CHARS
LONG_CHUNK_TEXTS = [
    "Budi berkata di Jakarta, Senin.",
    "Tautan " + "a" * LIMIT + " tetap satu kata.",
    "Tautan " + "a" * (LIMIT + 1) + " terlalu panjang.",
    "\u201c" * 4000 + " katanya.",
    "Awal" + "x" * LIMIT + "\u00a0lalu\u2003" + "y" * (LIMIT + 3) + "\nBaris baru " + "z" * (LIMIT + 1),
    "\u200b".join(["kata"] * 40),
    "",
]


@pytest.mark.parametrize("text", LONG_CHUNK_TEXTS)
def test_long_chunks_are_the_unanchored_runs(text: str) -> None:
    assert tokenization._long_chunks(text) == [match.span() for match in FIRST_LONG_CHUNK.finditer(text)]


def test_the_long_chunk_table_has_texts_with_and_without_long_chunks() -> None:
    found = [bool(tokenization._long_chunks(text)) for text in LONG_CHUNK_TEXTS]
    assert any(found) and not all(found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, LIMIT + 3), st.sampled_from(" \n\t\u00a0\u2003\u3000\x1c\x85")), max_size=6))
def test_long_chunks_agree_on_any_run_lengths(runs: list[tuple[int, str]]) -> None:
    text = "".join("k" * length + gap for length, gap in runs)
    assert tokenization._long_chunks(text) == [match.span() for match in FIRST_LONG_CHUNK.finditer(text)]


# hygiene._postnominal_pattern opens with the comma it consumes; as first written it opened
# with a lookbehind for the letter before the comma
def _postnominal_lookbehind_first(max_part_letters: int) -> re.Pattern[str]:
    part = rf"[A-Z][A-Za-z]{{0,{max_part_letters}}}"
    letters = rf"{part}\.(?:{part}\.?)*"
    return re.compile(rf"(?<=[a-z]),[ \t]*(?P<run>{letters}(?:[ \t]*,[ \t]*{letters})*)(?=[ \t]*,[ \t]*[a-z])")


POSTNOMINAL_SENTENCES = [
    "Dosen itu, Wulan Sari, SS.,M.Hum., menilai kurikulum perlu diubah.",
    "Menurut dr. Bayu Aji, Sp.OG, M.Kes, persalinan aman, kata dia.",
    "Kepala sekolah, Drs. Anton, menyambut tamu, lalu pergi.",
    "Ketua panitia Rudi,S.T.,M.T.,sudah hadir; Rudi, ST, datang juga.",
    "Hadir pula Rina, S.H., dan Rini, S.E., di ruang rapat, Senin.",
    ", S.H., awal teks tanpa huruf sebelum koma, lalu selesai.",
    "",
]


@pytest.mark.parametrize("max_part_letters", [3, 5])
@pytest.mark.parametrize("text", POSTNOMINAL_SENTENCES)
def test_postnominal_pattern_finds_what_its_lookbehind_first_form_finds(max_part_letters: int, text: str) -> None:
    reference = _postnominal_lookbehind_first(max_part_letters)
    assert _matches(hygiene._postnominal_pattern(max_part_letters), "run", text) == \
        _matches(reference, "run", text)


def test_the_postnominal_table_has_runs_and_texts_without() -> None:
    found = [bool(_postnominal_lookbehind_first(5).search(text)) for text in POSTNOMINAL_SENTENCES]
    assert any(found) and not all(found)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aSHMTz., \t", max_size=40))
def test_postnominal_pattern_agrees_on_any_text(text: str) -> None:
    assert _matches(hygiene._postnominal_pattern(3), "run", text) == \
        _matches(_postnominal_lookbehind_first(3), "run", text)


# hygiene.letter_runs: LETTER_RUN.findall in string passes (every character but an ASCII letter a space)
LETTER_RUN_TEXTS = [
    "Menteri PUPR Basuki HadimuljonomeninjauBendungan Sepaku, Senin (3/2).",
    "Kafé “Sinar” milik Élise di Jl. Merdeka 12B—buka 24 jam!",
    "ſK Kelvin K ß ﬁ Ⅻ ① 𝐀 😀 ok",
    "tab\tbaris\nbaru\u00a0spasi\u2003lebar\x1cpemisah",
    "\udcffSurogat tunggal",
    "",
]


@pytest.mark.parametrize("text", LETTER_RUN_TEXTS)
def test_letter_runs_are_the_regex_runs(text: str) -> None:
    assert hygiene.letter_runs(text) == hygiene.LETTER_RUN.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_letter_runs_agree_on_any_text(text: str) -> None:
    assert hygiene.letter_runs(text) == hygiene.LETTER_RUN.findall(text)


# clauses.has_words counts runs of non-space by `str.split`, as the regex's `\S+` runs
def _has_words_by_regex(text: str, start: int, end: int, count: int) -> bool:
    return any(found >= count for found, _ in enumerate(clauses.WORD.finditer(text, start, end), start=1))


HAS_WORDS_CASES = [
    ("harga naik", 0, 10, 2),
    ("harga naik", 0, 9, 2),
    ("harga", 0, 5, 2),
    ("  harga \u00a0 naik  ", 0, 16, 2),
    ("harga\u2003naik", 0, 10, 2),
    ("   ", 0, 3, 1),
    ("kata dia", 0, 8, 0),
    ("", 0, 0, 0),
    ("kata dia", 5, 2, 1),
]


@pytest.mark.parametrize(("text", "start", "end", "count"), HAS_WORDS_CASES)
def test_has_words_counts_the_regex_words(text: str, start: int, end: int, count: int) -> None:
    assert clauses.has_words(text, start, end, count) == _has_words_by_regex(text, start, end, count)


def test_the_has_words_table_has_answers_both_ways() -> None:
    answers = [clauses.has_words(*case) for case in HAS_WORDS_CASES]
    assert any(answers) and not all(answers)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \t\n\u00a0\u2003\x1c\x85.", max_size=16), st.integers(0, 18), st.integers(0, 18),
       st.integers(0, 4))
def test_has_words_agrees_on_any_text(text: str, start: int, end: int, count: int) -> None:
    assert clauses.has_words(text, start, end, count) == _has_words_by_regex(text, start, end, count)


@pytest.mark.parametrize("text", LETTER_RUN_TEXTS)
def test_letter_run_starts_are_the_regex_starts(text: str) -> None:
    starts = hygiene.letter_run_starts(hygiene.letters_only(text))
    assert starts == [match.start() for match in hygiene.LETTER_RUN.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_letter_run_starts_agree_on_any_text(text: str) -> None:
    starts = hygiene.letter_run_starts(hygiene.letters_only(text))
    assert starts == [match.start() for match in hygiene.LETTER_RUN.finditer(text)]


# clauses._dangling_tail_start matches only the last words (from where `str.rsplit` found them);
# the reference matches every word of the clause, as first written
def _dangling_tail_by_every_word(text: str, start: int, end: int, rules: RuleSet) -> int | None:
    words = list(clauses.WORD.finditer(text, start, end))
    cut = None
    for position in range(len(words) - 1, max(1, len(words) - clauses.MAX_DANGLING_WORDS) - 1, -1):
        lower = words[position].group().lower()
        if clauses._ends_a_time_phrase(lower, words[position - 1].group().lower(), rules):
            break
        if lower in rules.clause_conjunctions or lower in rules.subject_adjunct_openers:
            cut = words[position].start()
        elif lower not in rules.subject_adverbs:
            break
    return cut


DANGLING_CLAUSES = [
    "harga beras naik tajam menjelang Lebaran, dan",
    "pemerintah akan menambah stok dan sekaligus",
    "warga sudah mengungsi sejak pekan lalu",
    "Polisi menutup jalan itu lagi",
    "dia datang setelah",
    "dan",
    "rapat ditunda saat",
    "  banjir merendam desa itu pada 2018 lalu  ",
    "",
]


@pytest.mark.parametrize("text", DANGLING_CLAUSES)
def test_dangling_tail_reads_the_last_words_as_every_word(text: str, rules: RuleSet) -> None:
    for start in (0, 2):
        assert clauses._dangling_tail_start(text, start, len(text), rules) == \
            _dangling_tail_by_every_word(text, start, len(text), rules)


def test_the_dangling_table_has_cuts_and_clauses_without(rules: RuleSet) -> None:
    cuts = [clauses._dangling_tail_start(text, 0, len(text), rules) for text in DANGLING_CLAUSES]
    assert any(cut is not None for cut in cuts) and any(cut is None for cut in cuts)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.tuples(st.sampled_from(["dan", "sekaligus", "lagi", "setelah", "di", "lalu", "pekan",
                                                  "2018", "harga", "naik"]),
                                 st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", ", "])), max_size=8),
       start=st.integers(0, 3))
def test_dangling_tail_agrees_on_any_clause(pieces: list[tuple[str, str]], start: int, rules: RuleSet) -> None:
    text = "".join(word + gap for word, gap in pieces)
    assert clauses._dangling_tail_start(text, start, len(text), rules) == \
        _dangling_tail_by_every_word(text, start, len(text), rules)
