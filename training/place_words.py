"""Build rules/names.yml's `place_words`: one-word place names, read off the news pool by the
heads news writes before a region or an office's area ("Kabupaten Kampar", "Polres Sleman",
"Pemkot Bogor") and by the prepositions "di" and "ke". A word counts when at least one in
twenty of its capitalised uses inside a sentence follows one (places 0.06 and up: Timur 0.07,
Sleman 0.21; given names 0.02 and under: Surya 0.02, Putra 0.01, Agung 0.00), so a given name
that is also a place stays out.

Statistics only: counts over an unannotated news pool; no text is copied. Usage:
    python -m training.place_words ../shared/data/news/articles.jsonl HEADS... > words.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from training.common_words import count_words

MIN_PLACE_USES = 5  # after a head or a preposition
MIN_PLACE_SHARE = 0.05  # of its capitalised uses inside a sentence (see above)


def count_after_heads(lines: list[str], heads: list[str]) -> Counter[str]:
    pattern = re.compile(rf"\b(?:{'|'.join(re.escape(head) for head in heads)}) ([A-Z][a-z]+)\b")
    found: Counter[str] = Counter()
    for line in lines:
        found.update(match.group(1).lower() for match in pattern.finditer(json.loads(line).get("text") or ""))
    return found


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        lines = handle.readlines()
    after_heads = count_after_heads(lines, sys.argv[2:])
    _, capital_inside = count_words(lines)
    for word in sorted(after_heads):
        if after_heads[word] >= MIN_PLACE_USES and after_heads[word] >= MIN_PLACE_SHARE * capital_inside[word]:
            print(word)


if __name__ == "__main__":
    main()
