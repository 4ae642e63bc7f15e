"""Build rules/names.yml's `person_name_words`: words the news pool writes as people's names,
read off the heads news writes before a person's name (an honorific, `Pak Amin`; a speech
cue, `kata Amin`) and an age in brackets after one (`Amin (38)`), against the heads it writes
before an organisation, a thing or a place (`klub`, `lagu`, `PT`, `di`). A word counts when it
follows a person's head at least MIN_PERSON_USES times and at least as often as the other
heads: `Amin`, `Fathur`, `Robert` are in; `Layer`, `Football`, `Branding` never follow a
person's head, and `Bima`, `Martin` as often follow a place's (the people check weighs the
share of a name's words in the list: feature `person_name_words`).

Words the rules know as no name (common words, titles and roles, institution heads, place heads,
the organisation and thing words) are left out, and so are two kinds the heads let in, read off
the pool too: an office or institution written before its place, an institution head or an
acronym in at least half of its capitalised uses (`Kapolrestabes Medan`, `Kakanwil BPN`, `Polres
Bogor`, then an office before one of those, `Kanit Reskrim`: the `kata` before `Kapolrestabes
Medan Kombes ...` counts them with the name), and a word written in lowercase at least as often
as capitalised inside a sentence (`di`, `sementara`, `bidang`: a lower bar than `common_words`,
as the list wants names only).

Statistics only: counts over an unannotated news pool; no text is copied. The annotated news
articles (`training/annotations/news_quotes.jsonl`, so also `news3`, an unseen check) are left
out of the counts. Usage:
    python -m training.person_words ../shared/data/news/articles.jsonl \
        --exclude training/annotations/news_quotes.jsonl [--list other]
(`--list other`: names.yml `other_name_words`, the words after the other heads more often
than after a person's: `other_name_words`)
(`--list offices`: names.yml `office_opening_a_name`, the offices and institutions the pool
writes before a place, an institution or an acronym, `Jampidsus Kejagung`, that no rule list
knows: no title or role, common, place, institution or person-name word)
(the heads come from the rules, `rule_heads`; `--person`/`--other` replace them)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from service.extraction.rules import RuleSet, load_rules
from training.common_words import SENTENCE_END, WORD

MIN_PERSON_USES = 3  # after a person's head (a rarer word says too little)
MIN_HEAD_LETTERS = 3  # shorter pieces of titles and roles (`H`, `Hj`) match too much
MAX_RUN_WORDS = 3  # the capitalised words after a head counted as its name (`kata Budi Santoso`)
RUN = rf"((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){{0,{MAX_RUN_WORDS - 1}}})"
MIN_SHARE_USES = 5  # uses before a word's share of office or lowercase uses is weighed
MIN_OFFICE_SHARE = 0.5  # of the capitalised uses, before a place or an acronym: given names 0.00-0.05
MIN_LOWERCASE_SHARE = 0.55  # of the uses inside a sentence: `Maya` (0.52), `Asri` (0.52) stay names
MIN_ACRONYM_CHARS = 2
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


ACRONYM = "<acronym>"  # stands for any all-capitals word after a word in WordUses.before


@dataclass
class WordUses:
    """Per lowercased word: lowercase uses, capitalised uses inside a sentence, capitalised uses
    anywhere, and the capitalised word or acronym right after each of those."""

    lower: Counter[str] = field(default_factory=Counter)
    capital_inside: Counter[str] = field(default_factory=Counter)
    capital: Counter[str] = field(default_factory=Counter)
    before: Counter[tuple[str, str]] = field(default_factory=Counter)


def next_name_word(word: str) -> str | None:
    """An acronym, a capitalised word lowercased, or None for a word that cannot be a place."""
    if len(word) >= MIN_ACRONYM_CHARS and word.isupper():
        return ACRONYM
    return word.lower() if word[:1].isupper() else None


def count_uses(texts: Iterable[str]) -> WordUses:
    """One pass over the pool counting each word's lowercase and capitalised uses and the
    capitalised word or acronym one space after each capitalised use."""
    uses = WordUses()
    for text in texts:
        matches = list(WORD.finditer(text))
        for index, match in enumerate(matches):
            word = match.group(0)
            if word.islower():
                uses.lower[word] += 1
                continue
            if not (word[:1].isupper() and word[1:].islower()):
                continue
            key = word.lower()
            uses.capital[key] += 1
            before = text[max(0, match.start() - 3):match.start()]
            if before.strip() and not SENTENCE_END.search(before):
                uses.capital_inside[key] += 1
            following = matches[index + 1] if index + 1 < len(matches) else None
            if following is not None and following.start() == match.end() + 1:
                after = next_name_word(following.group(0))
                if after is not None:
                    uses.before[key, after] += 1
    return uses


def offices(uses: WordUses, places: frozenset[str], min_uses: int) -> frozenset[str]:
    """Words written before a place, an institution or an acronym in at least
    MIN_OFFICE_SHARE of their capitalised uses."""
    before_place: Counter[str] = Counter()
    for (word, after), count in uses.before.items():
        if after == ACRONYM or after in places:
            before_place[word] += count
    return frozenset(word for word, count in uses.capital.items()
                     if count >= min_uses and before_place[word] / count >= MIN_OFFICE_SHARE)


def not_name_words(uses: WordUses, places: frozenset[str], min_uses: int = MIN_SHARE_USES) -> frozenset[str]:
    """Offices and institutions written before their place, institution or acronym (twice: an
    office before an office found the first time, `Kanit Reskrim`, is one too), and words written
    in lowercase as often as capitalised: the heads let them in, they are no names."""
    found = offices(uses, places, min_uses)
    found = offices(uses, places | found, min_uses)
    lowercase = {word for word, count in uses.lower.items()
                 if count >= min_uses and count / (count + uses.capital_inside[word]) >= MIN_LOWERCASE_SHARE}
    return found | lowercase


def other_name_words(person: Counter[str], other: Counter[str], left_out: frozenset[str]) -> list[str]:
    """The mirror of `person_name_words`: words after an organisation's, a thing's or a place's
    head at least MIN_PERSON_USES times and more often than after a person's (`film Killing
    Romance`, `klub Manila Danger`, `PT Agrinas Palma`): names.yml `other_name_words`."""
    return sorted(word for word, uses in other.items()
                  if uses >= MIN_PERSON_USES and uses > person[word] and word not in left_out)


def rule_left_out(rules: RuleSet) -> frozenset[str]:
    """The words the rules know as no name: common words, titles and roles, institution heads
    and the offices heading one, place heads, and the organisation and thing words."""
    kinds = rules.kind_words
    return (rules.common_words | frozenset(rules.titles_and_roles) | rules.institution_heads
            | rules.institution_role_heads | rules.place_cues | frozenset(rules.affiliation_words)
            | frozenset(kinds.organisation) | frozenset(kinds.thing))


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


def office_words(uses: WordUses, rules: RuleSet) -> list[str]:
    """The offices and institutions written before their place, institution or acronym (both
    passes of `not_name_words`) that no rule list knows as a title, role, common word, place,
    institution or person's name word."""
    places = rules.place_words | rules.institution_heads
    found = offices(uses, places, MIN_SHARE_USES)
    found = offices(uses, places | found, MIN_SHARE_USES)
    return sorted(found - rule_left_out(rules) - places - rules.person_name_words)


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
    parser.add_argument("--list", choices=("person", "other", "offices"), default="person",
                        help="the list to print: person_name_words, its mirror other_name_words, or the "
                             "offices of office_opening_a_name")
    parser.add_argument("--person", nargs="+", help="heads before a person's name (default: the rules')")
    parser.add_argument("--other", nargs="+", help="heads before an organisation, thing or place (default: the rules')")
    arguments = parser.parse_args(argv)
    rules = load_rules(Path(arguments.rules))
    person_heads, other_heads = rule_heads(rules)
    texts = pool_texts(arguments.pool, excluded_ids(arguments.exclude))
    person = count_after(texts, heads_pattern(arguments.person or person_heads), with_age=True)
    other = count_after(texts, heads_pattern(arguments.other or other_heads))
    if arguments.list == "offices":
        words = office_words(count_uses(texts), rules)
    elif arguments.list == "other":
        # only the common words: the offices, institutions and places left out of the person
        # list are evidence of no person here
        words = other_name_words(person, other, rules.common_words)
    else:
        places = rules.place_words | rules.institution_heads
        words = person_name_words(person, other, rule_left_out(rules) | not_name_words(count_uses(texts), places))
    for word in words:
        print(word)


if __name__ == "__main__":
    main()
