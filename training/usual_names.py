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

It also builds `initial_expansions` (`--initials`): a name news writes with a middle initial
("Rosan P Roeslani") takes the middle name news writes in full for it ("Rosan Perkasa Roeslani")
when the pool writes that initial form at least once and its expansions (the same first and last
words around a word opening with the initial) are at least MIN_SHARE one name, used at least
MIN_INITIAL_FULL_USES times in MIN_INITIAL_ARTICLES articles. Only middle initials: an initial
that opens a run is as often an organisation's word cut short ("K Siti Nurbaya" beside
"Kehutanan Siti Nurbaya") as a given name.

Statistics only: counts over an unannotated news pool; no text is copied. Usage:
    python -m training.usual_names ../shared/data/news/articles.jsonl > names.tsv
    python -m training.usual_names --initials ../shared/data/news/articles.jsonl > initials.tsv
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
# a middle initial's expansion (Rosan Perkasa Roeslani: 6 uses in 5 articles in the pool); fewer
# uses let a one-article typo or a firm's name ("Mulia R Perkasa") through
MIN_INITIAL_FULL_USES = 5
MIN_INITIAL_ARTICLES = 3
INITIAL_NAME_SIZES = (3, 4)  # given name, initial, surname; or one more name word either side
INITIAL = r"[A-Z]\.?(?![\w.])"
NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)?"
RUN_WITH_INITIALS = re.compile(rf"(?:{NAME_WORD}|{INITIAL})(?: (?:{NAME_WORD}|{INITIAL}))*")


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


def _name_windows(words: tuple[str, ...], rules: RuleSet) -> list[tuple[str, ...]]:
    """The runs of INITIAL_NAME_SIZES words inside a capitalised run that hold name words and
    initials only (no title, role, place or common word)."""
    windows = []
    for size in INITIAL_NAME_SIZES:
        for start in range(len(words) - size + 1):
            window = words[start:start + size]
            if all(len(word) == 1 or not _not_a_name_word(word, rules) for word in window):
                windows.append(window)
    return windows


def _with_a_middle_initial(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The forms of a full name with one middle word cut to its initial."""
    return [name[:position] + (name[position][0],) + name[position + 1:] for position in range(1, len(name) - 1)]


def initial_expansions(lines: list[str], rules: RuleSet) -> dict[str, str]:
    """Names written with one middle initial -> the full name news writes for them (module doc)."""
    runs: list[tuple[int, tuple[str, ...]]] = []
    for number, line in enumerate(lines):
        for match in RUN_WITH_INITIALS.finditer(json.loads(line).get("text") or ""):
            runs.append((number, tuple(word.rstrip(".") for word in match.group(0).split())))
    written = {window for _, words in runs for window in _name_windows(words, rules)
               if sum(len(word) == 1 for word in window) == 1 and len(window[0]) > 1 and len(window[-1]) > 1}
    expansions: dict[tuple[str, ...], Counter[tuple[str, ...]]] = defaultdict(Counter)
    articles: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for number, words in runs:
        for window in _name_windows(words, rules):
            if any(len(word) == 1 for word in window):
                continue
            for short in _with_a_middle_initial(window):
                if short in written:
                    expansions[short][window] += 1
                    articles[window].add(number)
    found: dict[str, str] = {}
    for short, counter in expansions.items():
        full, count = counter.most_common(1)[0]
        if count >= MIN_INITIAL_FULL_USES and len(articles[full]) >= MIN_INITIAL_ARTICLES \
                and count / sum(counter.values()) >= MIN_SHARE:
            found[" ".join(short)] = " ".join(full)
    return found


def main() -> None:
    rules = load_rules(Path(PROJECT_ROOT / "rules"))
    build = initial_expansions if sys.argv[1] == "--initials" else usual_full_names
    with open(sys.argv[-1], encoding="utf-8") as handle:
        usual = build(handle.readlines(), rules)
    for short, full in sorted(usual.items()):
        print(f"    {json.dumps(short, ensure_ascii=False)}: {json.dumps(full, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
