"""Names people decided: rules/aliases.yml (the alias book) and the name normalisation it
is keyed by.

Used twice: the people stage gives a well-known person the usual full name the book lists
when an article uses only a nickname (Jokowi -> Joko Widodo, as the annotation guidelines
ask: "for a well-known public figure whose full name the article omits, the usual full
name"), and the quote store keys speakers across articles with it (service/store/speakers.py).
No database, no model.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from service.extraction.names import strip_diacritics
from service.extraction.rules import RuleError, RuleSet, read_yaml

KIND_PERSON = "person"
NAME_TOKEN = re.compile(r"[a-z0-9]+")


NAME_TOKENS_CACHE_NAMES = 8192  # names whose words are kept across articles; a few MB when full


@lru_cache(maxsize=NAME_TOKENS_CACHE_NAMES)
def name_tokens(name: str, rules: RuleSet, kind: str = KIND_PERSON) -> tuple[str, ...]:
    """The words that identify a name: lowercase, without diacritics, honorifics or ranks,
    and for a person without the offices before the name (*Presiden*, *Menteri*). Kept per
    name and rule set (a rule set never changes once loaded): the people stage asks for the
    same names again and again, in every article that names them."""
    words = strip_diacritics(name).lower().replace("’", "'").split()
    if kind == KIND_PERSON:
        while len(words) > 1 and rules.is_person_title(words[0]):
            words = words[1:]
    kept = [word for word in words if not rules.is_title(word)]
    return tuple(token for word in kept for token in NAME_TOKEN.findall(word.replace("'", "")))


def key_of(tokens: Iterable[str]) -> str:
    return "-".join(tokens)


class AliasPerson(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    kind: str = KIND_PERSON
    aliases: list[str] = []


class AliasFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    people: list[AliasPerson] = []
    keep_apart: list[tuple[str, str]] = []


@dataclass(frozen=True)
class AliasBook:
    """rules/aliases.yml, resolved to keys."""

    canonical: dict[str, tuple[str, str, str]]  # any listed form's key -> (key, name, kind)
    apart: frozenset[frozenset[str]]  # pairs of keys never merged
    version: str

    @classmethod
    def empty(cls) -> AliasBook:
        return cls({}, frozenset(), "none")

    def kept_apart(self, first: str, second: str) -> bool:
        return frozenset((first, second)) in self.apart

    def usual_name(self, name: str, kind: str, rules: RuleSet) -> str | None:
        """The listed full name for a listed short form of a person (Jokowi -> Joko Widodo)."""
        listed = self.canonical.get(key_of(name_tokens(name, rules, kind)))
        if listed is None or listed[2] != kind or kind != KIND_PERSON:
            return None
        return listed[1]


def load_alias_book(path: Path, rules: RuleSet) -> AliasBook:
    """Validated: every form names one person only, and a keep_apart pair is not two forms of
    one listed person (the file would contradict itself)."""
    if not path.exists():
        return AliasBook.empty()
    raw = path.read_bytes()
    try:
        parsed = AliasFile.model_validate(read_yaml(raw))
    except (yaml.YAMLError, ValidationError) as error:
        raise RuleError(f"alias file {path} is invalid:\n{error}") from error
    canonical: dict[str, tuple[str, str, str]] = {}
    for person in parsed.people:
        key = key_of(name_tokens(person.name, rules, person.kind))
        if not key:
            raise RuleError(f"alias file {path}: '{person.name}' has no name words")
        for form in (person.name, *person.aliases):
            form_key = key_of(name_tokens(form, rules, person.kind))
            if form_key in canonical and canonical[form_key][0] != key:
                raise RuleError(f"alias file {path}: '{form}' is listed for {canonical[form_key][1]} "
                                f"and for {person.name}")
            if form_key in canonical and form != person.name:
                raise RuleError(f"alias file {path}: '{form}' is listed twice for {person.name}")
            canonical[form_key] = (key, person.name, person.kind)
    apart: set[frozenset[str]] = set()
    for first, second in parsed.keep_apart:
        pair = frozenset((key_of(name_tokens(first, rules)), key_of(name_tokens(second, rules))))
        if len(pair) != 2:
            raise RuleError(f"alias file {path}: keep_apart [{first}, {second}] names one form twice")
        resolved = {canonical.get(key, (key,))[0] for key in pair}
        if len(resolved) == 1:
            raise RuleError(f"alias file {path}: keep_apart [{first}, {second}] are aliases of one person")
        apart.add(pair)
    return AliasBook(canonical, frozenset(apart), hashlib.sha256(raw).hexdigest()[:12])
