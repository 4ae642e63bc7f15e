"""A fixed NER tagger for table tests: entities are written inline, no model is loaded.

`[Budi Santoso|PER] mengatakan …` is the text `Budi Santoso mengatakan …` with Budi Santoso
tagged PER wherever those words occur. This keeps the rule tables fast (no torch) and makes
each case say exactly what the NER is assumed to find, so a failure is the rules' fault.
"""

from __future__ import annotations

import re

from service.extraction.known_names import AliasBook
from service.extraction.pipeline import Extractor
from service.extraction.rules import RuleSet

MARKUP = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC)\]")


def parse_markup(marked: str) -> tuple[str, dict[str, str]]:
    """The plain text and a gazetteer: each marked name without its spaces -> label (so it
    matches however the tokenizer splits it: "Al-Harbi" is three tokens)."""
    gazetteer = {"".join(match.group(1).split()): match.group(2) for match in MARKUP.finditer(marked)}
    return MARKUP.sub(lambda match: match.group(1), marked), gazetteer


class MarkupTagger:
    """Tags every occurrence of the gazetteer's word sequences, longest first, as BIOES."""

    model_name = "markup-tagger"

    def __init__(self) -> None:
        self.gazetteer: dict[str, str] = {}

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        entries = sorted(self.gazetteer.items(), key=lambda item: -len(item[0]))
        return [self._tag(words, entries) for words in sentences]

    @staticmethod
    def _tag(words: list[str], entries: list[tuple[str, str]]) -> list[str]:
        tags = ["O"] * len(words)
        position = 0
        while position < len(words):
            end = next((end for entry, label in entries if (end := _match_end(words, position, entry))), None)
            if end is None:
                position += 1
                continue
            label = next(label for entry, label in entries if _match_end(words, position, entry) == end)
            if end - position == 1:
                tags[position] = f"S-{label}"
            else:
                tags[position:end] = [f"B-{label}"] + [f"I-{label}"] * (end - position - 2) + [f"E-{label}"]
            position = end
        return tags


def _match_end(words: list[str], position: int, entry: str) -> int | None:
    """End of the tokens from `position` whose concatenation is `entry`, if they spell it."""
    joined = ""
    for end in range(position, len(words)):
        joined += words[end]
        if joined == entry:
            return end + 1
        if not entry.startswith(joined):
            return None
    return None


class MarkupExtractor:
    """The real pipeline and rules over the markup tagger."""

    def __init__(self, rules: RuleSet, known_names: AliasBook | None = None) -> None:
        self.tagger = MarkupTagger()
        self.extractor = Extractor(rules, self.tagger, known_names=known_names)

    def extract(self, marked: str):  # type: ignore[no-untyped-def]
        text, self.tagger.gazetteer = parse_markup(marked)
        return text, self.extractor.extract(text)


def assert_offsets_point_into(text: str, result) -> None:  # type: ignore[no-untyped-def]
    """Every span of a response is a slice of the posted text."""
    for quote in result.quotes:
        assert text[quote.start:quote.end] == quote.text
        for span in quote.spans:
            assert text[span.start:span.end] == span.text
        if quote.speaker.mention is not None:
            mention = quote.speaker.mention
            assert text[mention.start:mention.end] == mention.text
    for person in result.people:
        for mention in person.mentions:
            assert text[mention.start:mention.end] == mention.text


def assert_quote_rows(text: str, result, expected: list[tuple[str, str, str | None, str, str]]) -> None:  # type: ignore[no-untyped-def]
    """The quote tables' row check: as many quotes as rows, each with this type, speaker, rule and
    resolution, holding the row's fragment, in order; every offset points into the text."""
    found = [(q.type, q.text, q.speaker.name, q.rule, q.speaker.resolution) for q in result.quotes]
    assert len(found) == len(expected), f"expected {len(expected)} quotes, found {found}"
    for (kind, fragment, speaker, rule, resolution), got in zip(expected, found, strict=True):
        assert (got[0], got[2], got[3], got[4]) == (kind, speaker, rule, resolution), got
        assert fragment in got[1], f"{fragment!r} not in {got[1]!r}"
    assert_offsets_point_into(text, result)


def assert_quote_speaker(extractor: MarkupExtractor, marked: str, number: int, rule: str, fragment: str,
                         speaker: str | None, speaker_rule: str, resolution: str) -> None:
    """The speaker tables' row check: quote `number` of the marked text has this rule, holds
    `fragment`, and names this speaker by this rule and resolution; every offset points into
    the text. The failure message lists every quote, the quickest way to see what went wrong."""
    text, result = extractor.extract(marked)
    quotes = [(quote.rule, quote.text, quote.speaker.name, quote.speaker.rule) for quote in result.quotes]
    assert number < len(result.quotes), quotes
    quote = result.quotes[number]
    assert (quote.rule, quote.speaker.name, quote.speaker.rule, quote.speaker.resolution) \
        == (rule, speaker, speaker_rule, resolution), quotes
    assert fragment in quote.text
    assert_offsets_point_into(text, result)
