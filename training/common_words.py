"""Build rules/names.yml's `common_words`: words that news writes in lowercase far more often
than capitalised inside a sentence, so a capitalised one is capitalised by position or by a
heading ("Pesan", "Fitur", "Terakhir"), not a name.

Statistics only: counts over an unannotated news pool (one JSON article per line with a `text`
field); no text is copied. Usage:
    python -m training.common_words ../shared/data/news/articles.jsonl > words.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
SENTENCE_END = re.compile(r"[.!?:\"“”'\n]\s*$")
MIN_LOWERCASE_USES = 30  # rarer words say too little either way
MIN_LOWERCASE_SHARE = 0.65  # of the uses inside a sentence: "Putri" (0.53) and "Indah" (0.58) stay names
MIN_WORD_CHARS = 3


def count_words(lines: list[str]) -> tuple[Counter[str], Counter[str]]:
    """Lowercase uses and capitalised uses inside a sentence (not after a sentence end, a
    quotation mark or a line break), per lowercased word."""
    lower: Counter[str] = Counter()
    capital_inside: Counter[str] = Counter()
    for line in lines:
        text = json.loads(line).get("text") or ""
        for match in WORD.finditer(text):
            word = match.group(0)
            if word.islower():
                lower[word] += 1
            elif word[:1].isupper() and word[1:].islower():
                before = text[max(0, match.start() - 3):match.start()]
                if before.strip() and not SENTENCE_END.search(before):
                    capital_inside[word.lower()] += 1
    return lower, capital_inside


def common_words(lower: Counter[str], capital_inside: Counter[str]) -> list[str]:
    return sorted(word for word, count in lower.items()
                  if count >= MIN_LOWERCASE_USES and len(word) >= MIN_WORD_CHARS
                  and count / (count + capital_inside[word]) >= MIN_LOWERCASE_SHARE)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        lower, capital_inside = count_words(handle.readlines())
    for word in common_words(lower, capital_inside):
        print(word)


if __name__ == "__main__":
    main()
