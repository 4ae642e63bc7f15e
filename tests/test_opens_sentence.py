"""Whether a word opens a sentence the splitter may not have cut (`Document.opens_sentence`),
the one reading that the entity repairs (a noun opening a name, a given name before an
apposition) and the cue reader (a clitic cue needing no comma) share. The sentences are
invented; tokens are runs of letters or single marks, and the splitter's one sentence is
the whole text unless a case gives more."""

from __future__ import annotations

import re

import pytest

from service.extraction.document import Document, Span, Token

CASES = [
    # text, the word asked about, the splitter's sentence starts, whether it opens a sentence
    ("Kehadiran Budi disambut warga.", "Kehadiran", [0], True),
    ("Warga datang. Kehadiran Budi disambut.", "Kehadiran", [0], True),  # a stop token before it
    ("Warga datang.Menurutnya harga naik.", "Menurutnya", [0], True),  # a stop glued to the word
    ("Warga datang.,Kehadiran Budi disambut.", "Kehadiran", [0], True),  # a comma glued after a stop
    ("Warga datang\nKehadiran Budi disambut.", "Kehadiran", [0], True),  # a line break before it
    ("Warga datang dan Kehadiran Budi disambut.", "Kehadiran", [0], False),
    ("Warga datang, Kehadiran Budi disambut.", "Kehadiran", [0], False),
    ("Warga datang Kehadiran Budi disambut.", "Kehadiran", [0, 13], True),  # where the splitter cut
]


def _document(text: str, sentence_starts: list[int]) -> Document:
    tokens = [Token(match.start(), match.end(), match.group(), number)
              for number, match in enumerate(re.finditer(r"\w+|[^\w\s]", text))]
    ends = [*sentence_starts[1:], len(text)]
    return Document(text=text, tokens=tokens,
                    sentences=[Span(start, end) for start, end in zip(sentence_starts, ends, strict=True)])


@pytest.mark.parametrize(("text", "word", "sentence_starts", "expected"), CASES)
def test_opens_sentence(text: str, word: str, sentence_starts: list[int], expected: bool) -> None:
    document = _document(text, sentence_starts)
    token = next(token for token in document.tokens if token.text == word)
    assert document.opens_sentence(token) is expected
