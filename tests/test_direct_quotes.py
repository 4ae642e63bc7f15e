"""The quotation-mark finder, without the NER model."""

from __future__ import annotations

import random
from itertools import accumulate

import pytest

from service.extraction.direct_quotes import find_quote_marks
from service.extraction.document import Document, Span, covers_any, overlaps_any
from service.extraction.rules import RuleSet
from service.extraction.tokenization import build_tokenizer, mark_boilerplate, tokenize

TOKENIZER = build_tokenizer()


def quote_contents(text: str, rules: RuleSet) -> tuple[list[str], list[str]]:
    document = Document(text)
    tokenize(document, TOKENIZER)
    find_quote_marks(document, rules)
    return [text[m.content_start:m.content_end] for m in document.quote_marks], document.warnings


CASES = [
    # (id, text, expected contents, expect a warning)
    ("curly", "“Kami siap,” kata Budi.", ["Kami siap,"], False),
    ("straight", '"Kami siap," kata Budi.', ["Kami siap,"], False),
    ("kompas_closing_as_opener", "Ia hadir. ”Kami siap bekerja,” kata Budi. ”Besok kami mulai.”",
     ["Kami siap bekerja,", "Besok kami mulai."], False),
    ("guillemets", "«Kami siap,» kata Budi.", ["Kami siap,"], False),
    ("single_curly", "Ia menyebut ‘langkah besar’ itu.", ["langkah besar"], False),
    ("single_straight_after_space", "Ia menyebut 'langkah besar' itu.", ["langkah besar"], False),
    ("apostrophe_is_not_a_quote", "Ma'ruf Amin hadir di Jum'at pagi.", [], False),
    ("nested_singles_stay_inside_each_of_several_quotes",
     "“Ia bilang ‘tidak’ lagi,” kata Budi. ‘Besok mulai,’ ujar Ani. “Kami dengar ‘ya’ dan ‘tidak’,” kata Dedi.",
     ["Ia bilang ‘tidak’ lagi,", "Besok mulai,", "Kami dengar ‘ya’ dan ‘tidak’,"], False),
    ("nested_single_stays_inside", "“Ia bilang ‘tidak’ kepada kami,” kata Budi.", ["Ia bilang ‘tidak’ kepada kami,"],
     False),
    ("nested_straight_in_curly", '“Kami menolak "kenaikan" itu,” kata Budi.', ['Kami menolak "kenaikan" itu,'], False),
    ("nested_curly_in_straight", '"Kami menolak “kenaikan” itu," kata Budi.', ["Kami menolak “kenaikan” itu,"], False),
    ("nested_pair_then_a_new_quote", '“Program "Makan Gratis" berjalan,” kata Budi. "Kami siap," ujar Ani.',
     ['Program "Makan Gratis" berjalan,', "Kami siap,"], False),
    # straight marks for a term inside a quotation in straight marks: the inner pairs are content
    # when a mark that can only close ends the quotation after them (issue 20)
    ("nested_straight_in_straight", 'Ia hadir."Perlu pula "koordinasi kawasan". Gunakan kerangka ASEAN," ujar Budi.',
     ['Perlu pula "koordinasi kawasan". Gunakan kerangka ASEAN,'], False),
    ("two_nested_straight_pairs_in_straight",
     'Ia hadir. "Kita kehilangan "trust" warga. Jangan "underestimate" krisis ini," jelas Budi.',
     ['Kita kehilangan "trust" warga. Jangan "underestimate" krisis ini,'], False),
    ("a_straight_pair_with_no_closing_mark_after_it_is_a_new_quote",
     'Ia hadir. "Harga beras naik. "Kami tidak tahu," kata Budi. Warga pulang.',
     ["Harga beras naik.", "Kami tidak tahu,"], True),
    ("different_kinds_open_and_close_one_quote", '“Kami siap," kata Budi.', ["Kami siap,"], False),
    # an opening glyph with a space after it may close: alternation decides (issue 20)
    ("an_opening_glyph_before_a_space_closes_an_open_quote",
     "Ia hadir. “Petugas itu lalai, “ kata Budi. Sidang ditunda. “Kami kecewa,” ujar Ani.",
     ["Petugas itu lalai,", "Kami kecewa,"], False),
    ("an_opening_glyph_before_a_space_still_opens", "Budi mengatakan, “ Kami siap bekerja,” katanya.",
     ["Kami siap bekerja,"], False),
    # a quote that lost its closing mark ends at its postposed attribution (issue 20)
    ("an_unclosed_quote_ends_at_its_postposed_cue",
     'Ia hadir. "Sistem baru itu berjalan baik, ungkap Budi. Sidang ditunda. Warga pulang.',
     ["Sistem baru itu berjalan baik,"], True),
    ("an_adjective_that_is_a_cue_word_does_not_cut",
     'Ia hadir. "Upahnya harus tertentu, jelas di depan. Sidang ditunda.\nWarga pulang.',
     ["Upahnya harus tertentu, jelas di depan. Sidang ditunda."], True),
    ("an_unclosed_quote_ends_at_a_pronoun_attribution",
     'Ia hadir. "Sistem baru itu berjalan baik, kata dia. Sidang ditunda.\nWarga pulang.',
     ["Sistem baru itu berjalan baik,"], True),
    ("an_unclosed_quote_ends_at_a_clitic_attribution",
     'Ia hadir. "Kami tetap berlatih keras, sambungnya.Tim itu kemudian pulang ke hotel.',
     ["Kami tetap berlatih keras,"], True),
    ("a_clitic_attribution_glued_to_a_comma_word_does_not_cut",
     'Ia hadir. "Kami tetap berlatih, katanya bagus. Tim pulang.',
     ["Kami tetap berlatih, katanya bagus. Tim pulang."], True),
    # a closed pair that runs over a quote's own attribution and a sentence of narration:
    # the quote lost its closing mark and ends at its attribution (issue 20)
    ("a_closed_pair_over_an_inner_attribution_ends_there",
     'Ia marah."Wasit salah melihat, kata Rudi.Pelatih lawan justru senang."Keputusan itu tepat," ujar Sani.',
     ["Wasit salah melihat,", "Keputusan itu tepat,"], True),
    ("an_interposed_attribution_inside_a_closed_pair_stays",
     '"Harga naik, kata dia, karena stok menipis," ujar Rudi.',
     ["Harga naik, kata dia, karena stok menipis,"], False),
    ("an_attribution_ending_the_closed_pair_stays",
     '"Kami siap bertanding, kata pelatih Budi." Ia lalu pulang.',
     ["Kami siap bertanding, kata pelatih Budi."], False),
    ("an_unclosed_quote_without_a_cue_runs_to_the_paragraph_end",
     'Ia hadir. "Sistem baru itu berjalan baik. Sidang ditunda.\nWarga pulang.',
     ["Sistem baru itu berjalan baik. Sidang ditunda."], True),
    ("an_unclosed_quote_before_a_new_one_is_not_nesting", '“Kami siap. "Besok mulai," kata Budi.',
     ["Kami siap.", "Besok mulai,"], True),
    ("two_quotes_split_by_cue", "“A satu dua,” kata Budi. “B tiga empat.”", ["A satu dua,", "B tiga empat."], False),
    ("multi_sentence", "“Kalimat satu. Kalimat dua. Kalimat tiga,” ujar Ani.",
     ["Kalimat satu. Kalimat dua. Kalimat tiga,"], False),
    ("paragraph_continuation", "“Paragraf pertama tanpa penutup.\n“Paragraf kedua ditutup,” kata Budi.",
     ["Paragraf pertama tanpa penutup.\n“Paragraf kedua ditutup,"], False),
    ("unclosed_bounded_at_paragraph", "“Kalimat tanpa penutup sama sekali.\nParagraf biasa berikutnya.",
     ["Kalimat tanpa penutup sama sekali."], True),
    # a quote the scraper broke over single lines runs to its closing mark on a later line (issue 20)
    ("a_quote_broken_over_lines_runs_to_its_closing_mark",
     'Ia hadir.\n"Harga kain naik.\nItu baru bahannya. Belum ongkos jahit," ujar Ani.\nWarga pulang.',
     ["Harga kain naik.\nItu baru bahannya. Belum ongkos jahit,"], False),
    ("a_curly_quote_broken_mid_sentence_runs_to_its_closing_mark",
     "Ia hadir.\n“Kilang kami menjamin pasokan\nbensin untuk Jawa Barat,” terang Budi.",
     ["Kilang kami menjamin pasokan\nbensin untuk Jawa Barat,"], False),
    ("an_unclosed_quote_with_its_own_cue_is_not_joined_to_a_later_closer",
     'Ia hadir. "Sistem baru itu baik, kata dia. Sidang ditunda.\nWarga pulang lalu bilang capek," ujar Ani.',
     ["Sistem baru itu baik,"], True),
    ("a_closing_mark_many_lines_later_is_not_joined",
     '"Kalimat tanpa penutup.\nSatu.\nDua.\nTiga.\nEmpat," kata Budi.',
     ["Kalimat tanpa penutup."], True),
    # two straight single marks typed for a double one (issue 20)
    ("doubled_single_marks_are_one_mark",
     "Harga naik. ''Kalau stok terbatas, harga naik,'' tambah Sari. ''Pembeli berkurang.''",
     ["Kalau stok terbatas, harga naik,", "Pembeli berkurang."], False),
    ("a_closing_double_mark_glued_to_an_opening_one_is_two_marks",
     'Ia hadir. "Kami siap bekerja.""Besok kami mulai," kata Budi.', ["Kami siap bekerja.", "Besok kami mulai,"],
     False),
    ("stray_closer", "Harga naik” tajam hari ini.", [], True),
    ("empty_quotes", "Ia berkata “” saja.", [], False),
]


@pytest.mark.parametrize(("text", "expected", "warns"), [case[1:] for case in CASES], ids=[c[0] for c in CASES])
def test_quote_marks(text: str, expected: list[str], warns: bool, rules: RuleSet) -> None:
    contents, warnings = quote_contents(text, rules)
    assert contents == expected
    assert bool(warnings) == warns


def test_a_stray_mark_never_swallows_the_article(rules: RuleSet) -> None:
    text = "“Awal kutipan yang tidak ditutup. " + "Kalimat biasa di artikel. " * 400
    contents, warnings = quote_contents(text, rules)
    assert warnings
    assert all(len(content) <= rules.quotes.bounds.max_quote_chars for content in contents)


MASK_CASES = [
    # (id, text): every token and every character offset is asked; the one-walk answer must equal
    # in_quote_marks or in_boilerplate asked offset by offset
    ("quote_then_title", "“Kami siap,” kata Budi.\nBaca juga: Harga Beras Naik\nIa menambahkan bahwa stok aman."),
    ("two_quotes_one_paragraph", "“Kami siap,” kata Budi. ‘Besok mulai,’ ujar Ani. \"Lusa selesai,\" kata Dedi."),
    ("unclosed_quote", "“Kami siap bekerja sampai akhir tahun kata Budi di Jakarta."),
    ("no_quote_no_boilerplate", "Budi Santoso menilai langkah itu tepat."),
    ("advertisement_inside_a_quote", "“Kami siap ADVERTISEMENT bekerja,” kata Budi."),
]


@pytest.mark.parametrize(("text",), [case[1:] for case in MASK_CASES], ids=[case[0] for case in MASK_CASES])
def test_quote_and_boilerplate_flags_equal_the_offset_by_offset_answers(text: str, rules: RuleSet) -> None:
    document = Document(text)
    tokenize(document, TOKENIZER)
    mark_boilerplate(document, rules.quotes.boilerplate_markers, rules.quotes.boilerplate_lines,
                     rules.clause_openers, frozenset(rules.reporting_verbs))
    find_quote_marks(document, rules)
    for offsets in ([token.start for token in document.tokens], list(range(len(text))),
                    list(reversed(range(len(text))))):
        expected = [document.in_quote_marks(offset) or document.in_boilerplate(offset) for offset in offsets]
        assert document.in_quote_marks_or_boilerplate(offsets) == expected
    by_token = [document.in_quote_marks(token.start) or document.in_boilerplate(token.start)
                for token in document.tokens]
    assert document.tokens_in_quote_marks_or_boilerplate() == by_token
    assert document.token_starts() == [token.start for token in document.tokens]


OVERLAP_TEXTS = [
    # (id, text): every stretch between two token offsets is asked; the binary search must give the
    # answer of the scan over every quotation-mark span
    ("quotes_nested_and_apart", "“Ia bilang ‘tidak’ lagi,” kata Budi. ‘Besok mulai,’ ujar Ani. Ia pulang."),
    ("unclosed_then_closed", "“Kami siap bekerja sampai akhir tahun.\nIa pulang. \"Lusa selesai,\" kata Dedi."),
    ("no_quotes", "Budi Santoso menilai langkah itu tepat."),
]


@pytest.mark.parametrize(("text",), [case[1:] for case in OVERLAP_TEXTS], ids=[case[0] for case in OVERLAP_TEXTS])
def test_quote_mark_overlap_equals_the_scan_of_every_span(text: str, rules: RuleSet) -> None:
    document = Document(text)
    tokenize(document, TOKENIZER)
    find_quote_marks(document, rules)
    offsets = sorted({0, len(text)} | {token.start for token in document.tokens} | {token.end for token in document.tokens})
    for start in offsets:
        for end in offsets:
            expected = any(mark.start < end and mark.end > start for mark in document.quote_marks)
            assert document.quote_marks_overlap(start, end) == expected, (start, end)


@pytest.mark.parametrize("seed", range(20))
def test_span_searches_equal_the_scans_of_every_span(seed: int) -> None:
    """`overlaps_any` and `covers_any` (sorted starts, running furthest end) give the answers of
    `Span.overlaps` and `Span.contains` asked of every span, nested and empty spans included."""
    generator = random.Random(seed)
    spans = sorted((Span(start, start + generator.randrange(0, 12)) for start in
                    (generator.randrange(0, 40) for _ in range(generator.randrange(0, 8)))),
                   key=lambda span: span.start)
    starts = [span.start for span in spans]
    furthest_ends = list(accumulate((span.end for span in spans), max))
    for start in range(-1, 55):
        for end in range(start, 56):
            asked = Span(start, end)
            assert overlaps_any(starts, furthest_ends, start, end) == any(span.overlaps(asked) for span in spans)
            assert covers_any(starts, furthest_ends, start, end) == any(span.contains(asked) for span in spans)


INDEX_TEXTS = [
    # (id, text): the document's shared indexes must answer as the scans they replace
    ("name_after_office_and_alone", "Kadis Rahmat Hidayat datang. Rahmat pulang, kata Kadis Rahmat kepada Rahmat."),
    ("marks_far_and_near", "Budi menggambarkan Rusia sebagai ancaman. Ia berkata “tidak” lalu ‘ya’ dan «mungkin»."),
    ("no_marks_one_word", "Ya."),
    ("one_word_in_three_cases", "Noel datang. NOEL pergi, kata noel kepada Noel."),
    ("overlapping_writings", "Saaaat itu, kata Baa Baa."),
]


@pytest.mark.parametrize(("text",), [case[1:] for case in INDEX_TEXTS], ids=[case[0] for case in INDEX_TEXTS])
def test_tokens_with_text_are_the_tokens_written_so_in_order(text: str) -> None:
    document = Document(text)
    tokenize(document, TOKENIZER)
    for word in {token.text for token in document.tokens} | {"Tidakada", ""}:
        assert document.tokens_with_text(word) == [token for token in document.tokens if token.text == word]


@pytest.mark.parametrize(("text",), [case[1:] for case in INDEX_TEXTS], ids=[case[0] for case in INDEX_TEXTS])
def test_tokens_with_lowered_text_are_the_tokens_so_in_any_case_in_order(text: str) -> None:
    document = Document(text)
    tokenize(document, TOKENIZER)
    for word in {token.text.lower() for token in document.tokens} | {"Noel", "tidakada", ""}:
        assert document.tokens_with_lowered_text(word) == [
            token for token in document.tokens if token.text.lower() == word]
    assert len(document.tokens_with_lowered_text("noel")) == (4 if "Noel" in text else 0)


OPENING = frozenset("“\"'‘«”")


@pytest.mark.parametrize(("text",), [case[1:] for case in INDEX_TEXTS], ids=[case[0] for case in INDEX_TEXTS])
def test_phrase_offsets_equal_every_start_that_writes_the_phrase(text: str) -> None:
    document = Document(text)
    for phrase in {text[start:start + length] for start in range(len(text)) for length in (1, 2, 5)} | {"aa", "xyz"}:
        expected = [start for start in range(len(text)) if text.startswith(phrase, start)]
        assert document.phrase_offsets(phrase) == expected, phrase
        assert document.phrase_offsets(phrase) == expected, phrase  # the kept list, asked again


@pytest.mark.parametrize(("text",), [case[1:] for case in INDEX_TEXTS], ids=[case[0] for case in INDEX_TEXTS])
def test_writes_any_between_equals_a_find_per_character(text: str) -> None:
    document = Document(text)
    for characters in (OPENING, frozenset("."), frozenset("x]^-\\")):
        for start in range(len(text) + 1):
            for end in range(len(text) + 2):
                expected = any(text.find(character, start, end) >= 0 for character in characters)
                assert document.writes_any_between(characters, start, end) == expected, (characters, start, end)
