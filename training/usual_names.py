"""Build rules/names.yml's `usual_full_names`: the full name news usually gives a public figure
the article at hand names only in part ("Sri Mulyani" -> "Sri Mulyani Indrawati", "Teten" ->
"Teten Masduki"), read off the news pool.

Every run of capitalised words is cut to its name: titles, roles, institution heads, places,
days and common words are dropped from both ends ("Menteri Keuangan Sri Mulyani" -> "Sri
Mulyani"). A short form of one or two words gets a usual full name when the names that extend
it (start or end with it, one or two words longer) are nearly always one and the same: at least
MIN_FULL_USES uses in MIN_ARTICLES articles, and MIN_SHARE of all the extensions' uses (so
"Budi", extended to many people's names, gets none); a two-word form written more often alone
than extended is complete as it is.

Statistics only: counts over an unannotated news pool; no text is copied. Usage:
    python -m training.usual_names ../shared/data/news/articles.jsonl > names.tsv
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from service.extraction.rules import RuleSet, load_rules
from service.settings import PROJECT_ROOT

RUN = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)?(?: [A-Z][a-z]+(?:[-'’][A-Za-z]+)?)*")
MIN_FULL_USES = 10
MIN_ARTICLES = 5
MIN_SHARE = 0.8
MAX_SHORT_WORDS = 2
MAX_EXTRA_WORDS = 2


def _not_a_name_word(word: str, rules: RuleSet) -> bool:
    lower = word.lower()
    return (rules.is_title_or_role(word) or lower in rules.common_words or lower in rules.place_words
            or lower in rules.institution_heads or lower in rules.time_words or lower in rules.non_name_words
            or lower in rules.place_heads or rules.has_clitic(word))


def names_in(text: str, rules: RuleSet) -> list[tuple[str, ...]]:
    """The name inside each capitalised run of the text, after cutting non-name words off its ends."""
    found = []
    for match in RUN.finditer(text):
        words = match.group(0).split()
        while words and _not_a_name_word(words[0], rules):
            words = words[1:]
        while words and _not_a_name_word(words[-1], rules):
            words = words[:-1]
        if words and not any(_not_a_name_word(word, rules) for word in words):
            found.append(tuple(words))
    return found


def usual_full_names(lines: list[str], rules: RuleSet) -> dict[str, str]:
    uses: Counter[tuple[str, ...]] = Counter()
    articles: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for number, line in enumerate(lines):
        for name in names_in(json.loads(line).get("text") or "", rules):
            uses[name] += 1
            articles[name].add(number)
    extensions: dict[tuple[str, ...], Counter[tuple[str, ...]]] = defaultdict(Counter)
    surnamed: dict[tuple[str, ...], Counter[tuple[str, ...]]] = defaultdict(Counter)
    for name, count in uses.items():
        for size in range(1, min(MAX_SHORT_WORDS, len(name) - 1) + 1):
            if len(name) - size > MAX_EXTRA_WORDS:
                continue
            extensions[name[:size]][name] += count
            extensions[name[-size:]][name] += count
            surnamed[name[:size]][name] += count
    usual: dict[str, str] = {}
    for short, counter in extensions.items():
        if short not in uses:
            continue
        full, count = counter.most_common(1)[0]
        if len(short) > 1 and count < uses[short]:
            # a two-word name written more often alone is complete when the words that extend it
            # come before it ("Joko Widodo", not his wife's "Iriana Joko Widodo"); a surname
            # written after it still completes it ("Sri Mulyani" -> "Sri Mulyani Indrawati")
            counter = surnamed[short]
            if not counter:
                continue
            full, count = counter.most_common(1)[0]
        share = count / sum(counter.values())
        if count >= MIN_FULL_USES and len(articles[full]) >= MIN_ARTICLES and share >= MIN_SHARE:
            usual[" ".join(short)] = " ".join(full)
    return usual


def main() -> None:
    rules = load_rules(Path(PROJECT_ROOT / "rules"))
    with open(sys.argv[1], encoding="utf-8") as handle:
        usual = usual_full_names(handle.readlines(), rules)
    for short, full in sorted(usual.items()):
        print(f"    {json.dumps(short, ensure_ascii=False)}: {json.dumps(full, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
