"""Build rules/names.yml's `person_name_words`: words the news pool writes as people's names,
read off the heads news writes before a person's name (an honorific, `Pak Amin`; a speech
cue, `kata Amin`) and an age in brackets after one (`Amin (38)`), against the heads it writes
before an organisation, a thing or a place (`klub`, `lagu`, `PT`, `di`). A word counts when it
follows a person's head at least MIN_PERSON_USES times and at least as often as the other
heads: `Amin`, `Fathur`, `Robert` are in; `Layer`, `Football`, `Branding` never follow a
person's head, and `Bima`, `Martin` as often follow a place's (the people check weighs the
share of a name's words in the list: feature `person_name_words`).

Statistics only: counts over an unannotated news pool; no text is copied. The annotated news
articles (`training/annotations/news_quotes.jsonl`, so also `news3`, an unseen check) are left
out of the counts. Usage:
    python -m training.person_words ../shared/data/news/articles.jsonl \
        --exclude training/annotations/news_quotes.jsonl
(the heads come from the rules, `rule_heads`; `--person`/`--other` replace them)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from service.extraction.rules import RuleSet, load_rules

MIN_PERSON_USES = 3  # after a person's head (a rarer word says too little)
MIN_HEAD_LETTERS = 3  # shorter pieces of titles and roles (`H`, `Hj`) match too much
MAX_RUN_WORDS = 3  # the capitalised words after a head counted as its name (`kata Budi Santoso`)
RUN = rf"((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){{0,{MAX_RUN_WORDS - 1}}})"
AGE_AFTER = re.compile(rf"((?:[A-Z][a-z]+ ){{0,{MAX_RUN_WORDS - 1}}}[A-Z][a-z]+) \(\d{{1,2}}\)")


def heads_pattern(heads: Iterable[str]) -> re.Pattern[str]:
    """A head, lowercase or capitalised, then one space and a run of capitalised words."""
    forms = {form for head in heads for form in (head, head.capitalize())}
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives}) {RUN}\b")


def count_after(texts: Iterable[str], pattern: re.Pattern[str], with_age: bool = False) -> Counter[str]:
    found: Counter[str] = Counter()
    for text in texts:
        found.update(word.lower() for match in pattern.finditer(text) for word in match.group(1).split())
        if with_age:
            found.update(word.lower() for match in AGE_AFTER.finditer(text) for word in match.group(1).split())
    return found


def person_name_words(person: Counter[str], other: Counter[str], left_out: frozenset[str]) -> list[str]:
    """Words after a person's head often enough and no less often than after the others; words
    news writes in lowercase (names.yml common_words: `anggota`, `petugas`) are capitalised by
    position, and titles and roles (`Menteri Keuangan`) are no names: both are `left_out`."""
    return sorted(word for word, uses in person.items()
                  if uses >= MIN_PERSON_USES and uses >= other[word] and word not in left_out)


def rule_heads(rules: RuleSet) -> tuple[list[str], list[str]]:
    """The heads read off the rules: before a person, the honorifics without their full stop,
    the words of titles and role nouns of three letters or more and the postposed cues (`Pak`,
    `Bupati`, `kata`); before anything else, the organisation and thing words of
    `names.yml kind_words`, the place prepositions and the affiliation words (`klub`, `lagu`, `di`,
    `dari`)."""
    role_words = {word for phrase in rules.titles_and_roles for word in phrase.rstrip(".").split()
                  if len(word) >= MIN_HEAD_LETTERS and word.isalpha()}
    honorifics = {honorific.rstrip(".") for honorific in rules.honorifics if len(honorific.rstrip(".")) > 1}
    person = honorifics | role_words | set(rules.postposed_cues)
    kinds = rules.kind_words
    other = (set(kinds.organisation) | set(kinds.thing) | set(rules.place_cues - rules.place_heads)
             | set(rules.affiliation_words))
    return sorted(person - other), sorted(other)


def pool_texts(path: str, excluded: set[str]) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [row.get("text") or "" for row in rows if row.get("id") not in excluded]


def excluded_ids(paths: list[str]) -> set[str]:
    ids: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            ids.update(json.loads(line)["id"] for line in handle if line.strip())
    return ids


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pool")
    parser.add_argument("--rules", default="rules",
                        help="the rule files (their common words, titles and roles are left out)")
    parser.add_argument("--exclude", nargs="*", default=[], help="JSONL files whose article ids are left out")
    parser.add_argument("--person", nargs="+", help="heads before a person's name (default: the rules')")
    parser.add_argument("--other", nargs="+", help="heads before an organisation, thing or place (default: the rules')")
    arguments = parser.parse_args(argv)
    rules = load_rules(Path(arguments.rules))
    person_heads, other_heads = rule_heads(rules)
    texts = pool_texts(arguments.pool, excluded_ids(arguments.exclude))
    person = count_after(texts, heads_pattern(arguments.person or person_heads), with_age=True)
    other = count_after(texts, heads_pattern(arguments.other or other_heads))
    left_out = rules.common_words | frozenset(rules.titles_and_roles)
    for word in person_name_words(person, other, left_out):
        print(word)


if __name__ == "__main__":
    main()
