"""Stage 1: tokens, sentences and paragraphs with spaCy's Indonesian tokenizer.

Line breaks are strong boundaries: a sentence never runs across a newline, because
scraped news keeps paragraphs (and sometimes only paragraphs) as line breaks.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import spacy
from spacy.language import Language
from spacy.tokens import Token as SpacyToken

from service.document import Document, Span, Token

PARAGRAPH_BREAK = re.compile(r"\n+")
QUOTE_CHARACTERS_STRING = "\"“”‘’'«»"
QUOTE_CHARACTERS = frozenset(QUOTE_CHARACTERS_STRING)


def build_tokenizer() -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
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


CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=\w)(?=[(),])|(?<=[(),])(?=\w)")
# a verb glued to a capitalised name: "Trumpmendapat", "Shinawatramenyedot"
GLUED_VERB = re.compile(r"(?<=[a-z]{3})(?=(?:mem|men|meng|meny)[a-z]{4,}$)")


MAX_GLUED_TOKEN_CHARS = 64  # longer "words" are not glued names; this also bounds the regex work


def build_glue_pattern(verbs: list[str]) -> re.Pattern[str]:
    """Scraped text glues words at stripped links ("HotspurDaniel Levymengakui"): split a
    lowercase-to-capital boundary, and a reporting verb stuck to the end of a capitalised word."""
    alternatives = "|".join(sorted((re.escape(verb) for verb in verbs), key=len, reverse=True))
    return re.compile(rf"(?<=[A-Za-z]{{3}})(?=(?:{alternatives})$)" if alternatives else r"(?!x)x")


def split_glued(text: str, offset: int, glue_pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    if len(text) < 5 or len(text) > MAX_GLUED_TOKEN_CHARS or text.islower() and ")" not in text and "," not in text:
        return [(offset, offset + len(text))]
    cuts = {match.start() for match in CAMEL_BOUNDARY.finditer(text)}
    if glue_pattern is not None and text[:1].isupper():
        cuts.update(match.start() for match in glue_pattern.finditer(text))
        if len(text) >= 10 and not cuts:
            glued = GLUED_VERB.search(text)
            if glued:
                cuts.add(glued.start())
    bounds = [0, *sorted(cut for cut in cuts if 0 < cut < len(text)), len(text)]
    return [(offset + a, offset + b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def tokenize(document: Document, nlp: Language, glue_pattern: re.Pattern[str] | None = None) -> None:
    parsed = nlp(document.text)
    document.paragraphs = split_paragraphs(document.text)
    tokens: list[Token] = []
    sentences: list[Span] = []
    for sentence in parsed.sents:
        sentence_start: int | None = None
        last_end = 0
        for token in sentence:
            if token.is_space:
                if "\n" in token.text and sentence_start is not None:
                    sentences.append(Span(sentence_start, last_end))
                    sentence_start = None
                continue
            if sentence_start is not None and ("\n" in document.text[last_end:token.idx]
                                               or _opens_next_sentence(document.text, token, tokens)):
                sentences.append(Span(sentence_start, last_end))
                sentence_start = None
            if sentence_start is None:
                sentence_start = token.idx
            last_end = token.idx + len(token.text)
            for start, end in split_glued(token.text, token.idx, glue_pattern):
                tokens.append(Token(start, end, document.text[start:end], len(tokens)))
        if sentence_start is not None:
            sentences.append(Span(sentence_start, last_end))
    document.tokens = tokens
    document.sentences = _attach_lone_marks(document.text, sentences)


def _attach_lone_marks(text: str, sentences: list[Span]) -> list[Span]:
    """A "sentence" made only of an opening quote mark belongs to the sentence after it."""
    merged: list[Span] = []
    carry: int | None = None
    for sentence in sentences:
        if not text[sentence.start:sentence.end].strip(QUOTE_CHARACTERS_STRING) and carry is None:
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


def _opens_next_sentence(text: str, token: SpacyToken, tokens: list[Token]) -> bool:
    """An opening quotation mark after a full stop starts the next sentence.

    spaCy's sentencizer keeps trailing quote marks with the sentence before them, which is
    right for closing marks (…kata dia.”) but wrong for an opening mark (…saksi. "Pastinya).
    """
    if token.text not in QUOTE_CHARACTERS or not tokens or tokens[-1].text not in (".", "!", "?", "…"):
        return False
    before = text[token.idx - 1] if token.idx > 0 else " "
    after = text[token.idx + 1] if token.idx + 1 < len(text) else " "
    return before.isspace() and not after.isspace()


def mark_boilerplate(document: Document, markers: list[str]) -> None:
    """Spans of scraped-page boilerplate ("Baca juga: …"): to the end of the line, or of the
    sentence when the scraper glued the line to the next one."""
    spans: list[Span] = []
    sentence_starts = [sentence.start for sentence in document.sentences]
    for marker in markers:
        start = document.text.find(marker)
        while start >= 0:
            line_end = document.text.find("\n", start)
            line_end = len(document.text) if line_end < 0 else line_end
            index = bisect_right(sentence_starts, start) - 1
            sentence_end = document.sentences[index].end if index >= 0 else line_end
            spans.append(Span(start, min(line_end, max(sentence_end, start + len(marker)))))
            start = document.text.find(marker, start + len(marker))
    merged: list[Span] = []
    for span in sorted(spans, key=lambda span: span.start):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    document.boilerplate = merged
