"""The cue scan visits only some tokens (service/extraction/cues/scan.py `scanned_positions`):
the words some cue kind's word gate takes, the word right after a closing quotation mark and
each sentence's first word. It must find exactly the attributions that trying every cue kind
at every token outside quotes and boilerplate finds."""

from __future__ import annotations

import pytest

from service.extraction.cues.hit import Hit, ScanState
from service.extraction.cues.scan import _readings_memo, find_hits, read_token, scanned_positions
from service.extraction.document import Document
from service.extraction.mentions import TextIndex
from service.extraction.rules import RuleSet
from tests.markup import MarkupExtractor, parse_markup

# (case id, marked text): one cue kind or more in each, at the places the scan treats apart
TEXTS: list[tuple[str, str]] = [
    ("verb_mid_sentence", "Menurut warga, [Budi Santoso|PER] mengatakan bahwa jalan desa itu rusak parah."),
    ("postposed_after_a_closing_mark", "“Kami akan memperbaiki jalan itu bulan depan,” kata [Siti Aminah|PER]."),
    ("verbless_name_after_a_closing_mark",
     "“Kami sudah siap menghadapi musim hujan,” [Andi Wijaya|PER], Kepala Desa Sukamaju, pekan lalu."),
    ("according_to_opening_a_sentence", "Menurut [Rudi Hartono|PER], harga cabai naik karena hujan turun terus."),
    ("clitic_cue", "Pasar itu akan dibuka lagi. Menurutnya, pedagang sudah kembali berjualan sejak pagi."),
    ("backward_passive_at_a_sentence_start",
     "Jembatan itu akan selesai tahun depan. Hal itu disampaikan [Dewi Lestari|PER] di Bandung, Senin."),
    ("no_cue", "Hujan deras turun sepanjang malam dan air sungai meluap ke rumah warga di tepi kali."),
    ("two_sentences_two_cues",
     "[Budi Santoso|PER] menjelaskan bahwa stok beras cukup. “Harga akan stabil,” ujar [Siti Aminah|PER]."),
]


def _every_token_scan(document: Document, index: TextIndex, rules: RuleSet) -> list[Hit]:
    """The scan as it read before `scanned_positions`: every cue kind at every token."""
    hits: list[Hit] = []
    skipped = document.tokens_in_quote_marks_or_boilerplate()
    previous = None
    for sentence in document.sentences:
        state = ScanState(document, index, rules, sentence, index.token_at(sentence.start), previous,
                          last_hit_end=sentence.start)
        for position in range(state.first, len(index.tokens)):
            token = index.tokens[position]
            if token.start >= sentence.end:
                break
            if skipped[position]:
                continue
            hit = read_token(state, position, token.text.lower())
            if hit is not None:
                hits.append(hit)
                state.last_mention = hit.mention
                state.last_hit_end = hit.cue.end
        previous = sentence
    return hits


def _rows(document: Document, hits: list[Hit]) -> list[tuple[str, str, str | None]]:
    return [(hit.kind, document.text[hit.cue.start:hit.cue.end],
             hit.mention.name if hit.mention is not None else None) for hit in hits]


@pytest.mark.parametrize(("case", "marked"), [pytest.param(case, text, id=case) for case, text in TEXTS])
def test_scan_finds_what_every_token_finds(case: str, marked: str, markup_extractor: MarkupExtractor,
                                           rules: RuleSet) -> None:
    text, markup_extractor.tagger.gazetteer = parse_markup(marked)
    document = markup_extractor.extractor.analyse(text)
    index = TextIndex(document)
    expected = _rows(document, _every_token_scan(document, index, rules))
    assert _rows(document, find_hits(document, index, rules)) == expected
    assert bool(expected) == (case != "no_cue"), "each case but no_cue has a cue to find"


def test_scanned_positions_leave_out_words_no_cue_kind_takes(markup_extractor: MarkupExtractor,
                                                             rules: RuleSet) -> None:
    text, markup_extractor.tagger.gazetteer = parse_markup(
        "“Jalan itu rusak,” kata [Siti Aminah|PER]. Warga desa [Budi Santoso|PER] mengatakan hal yang sama.")
    document = markup_extractor.extractor.analyse(text)
    index = TextIndex(document)
    visited = {index.tokens[position].text
               for position in scanned_positions(document, index, rules, _readings_memo(rules))}
    assert {"kata", "mengatakan"} <= visited  # a cue word, after a closing mark and mid-sentence
    assert not visited & {"Jalan", "rusak", "desa", "sama"}  # inside the quote, or no cue kind's word
