"""Stage 1: tokens, sentences and paragraphs with spaCy's Indonesian tokenizer.

Line breaks are strong boundaries: a sentence never runs across a newline, because
scraped news keeps paragraphs (and sometimes only paragraphs) as line breaks.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language

from service.document import Document, Span, Token

PARAGRAPH_BREAK = re.compile(r"\n+")


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


def tokenize(document: Document, nlp: Language) -> None:
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
            if sentence_start is not None and "\n" in document.text[last_end:token.idx]:
                sentences.append(Span(sentence_start, last_end))
                sentence_start = None
            if sentence_start is None:
                sentence_start = token.idx
            last_end = token.idx + len(token.text)
            tokens.append(Token(token.idx, last_end, token.text, len(tokens)))
        if sentence_start is not None:
            sentences.append(Span(sentence_start, last_end))
    document.tokens = tokens
    document.sentences = sentences
