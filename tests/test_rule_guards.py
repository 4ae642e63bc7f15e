"""Guards on the house rules about rules: words live in rules/, every key of rules/ has a row
in rules/README.md, and every rule id the extractor can emit has a table case.

The word lists, keys and rule ids are read from rules/*.yml and from the code, never written
here, so a new list, key or id is checked the day it is added.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import get_args

import yaml

from service.extraction.document import CARRY_RULE, UNATTRIBUTED_RULE, QuoteType, rule_id
from service.settings import PROJECT_ROOT

RULES_DIR = PROJECT_ROOT / "rules"
SERVICE_DIR = PROJECT_ROOT / "service"
TESTS_DIR = PROJECT_ROOT / "tests"
README = RULES_DIR / "README.md"

# ---------------------------------------------------------------------------------------------
# 1. No word listed in rules/ is written in a .py file under service/.

RULE_WORD = re.compile(r"[a-z]{2,}")  # a lowercase word of two letters or more
REGEX_ESCAPE = re.compile(r"\\[A-Za-z]")  # \b, \s, \w in a pattern: not letters of a word
LITERAL_TOKEN = re.compile(r"[A-Za-z0-9_]+")  # "unsupported_media_type" is one token, not "media"
# Lists built from the unannotated news pool by counting (training/common_words.py,
# training/place_words.py, training/person_words.py --list other and --list offices): hundreds to
# thousands of entries, English
# loan words and the English words of products and firms among them (`file`, `format`, `body`,
# `app`, `service`), which code uses as identifiers. Their function words (`di`, `yang`, `dan`)
# are in the hand-written lists too, so they are guarded there.
CORPUS_LISTS = {("names", "common_words"), ("names", "place_words"), ("names", "other_name_words"),
                ("names", "office_opening_a_name")}
# Keyword arguments whose string is documentation (pydantic and FastAPI `description`,
# argparse `help`), read like a docstring: examples in them are not word lists.
DOCUMENTATION_KEYWORDS = frozenset({"description", "help", "summary"})
# Strings that are not the listed word where the code writes them.
ALLOWED_WORDS = {
    "no": "English in messages and error codes (`no such file`); names.yml statute_nouns lists the abbreviation "
          "No. (nomor)",
    "ms": "milliseconds (`elapsed_ms`, the request log); scoring.yml titles lists the English title Ms",
    "alias": "English in messages about rules/aliases.yml (`alias file …`); speakers.yml alias_markers lists the "
             "Indonesian marker alias",
    "parameter": "English in HTTP error messages (`unknown query parameter`); cues.yml according_to.not_sources lists "
                 "the Indonesian parameter (menurut parameter …)",
    "the": "English in messages; names.yml kind_words.foreign_articles lists it as a function word of foreign "
           "names of teams and works (`Story of Dinda`), as it lists `of` and `and`",
    "of": "English in messages; names.yml kind_words.foreign_articles (see `the`)",
    "and": "English in messages; names.yml kind_words.foreign_articles (see `the`)",
    "for": "English in messages; names.yml long_form_connectors lists it inside an English long form "
           "(`Institute for Development of Economics and Finance (Indef)`)",
    "on": "English in messages; names.yml long_form_connectors (see `for`)",
    "pt": "the file extension of the NER model weights (`.pt`); speakers.yml institution_heads lists PT "
          "(perseroan terbatas)",
    "label": "the field name of an entity's NER label (`Entity.label`, the response's `label` key); names.yml "
             "kind_words.organisation lists the Indonesian label (a record label)",
    "ray": "the Ray engine (`kutip[ray]`, `--engine ray`); names.yml person_name_words lists the given name Ray",
    "gold": "the gold annotations (`gold` files and fields); names.yml person_name_words lists Gold, a name the pool "
            "quotes",
    "mark": "`mark` in code (quotation marks); names.yml person_name_words lists the given name Mark",
    "min": "`min` in settings and messages (`min_chars`); names.yml person_name_words lists the Korean surname Min",
    "public": "English `public` in messages; names.yml person_name_words lists Public, a word the pool writes in names",
    "xi": "the roman numeral (a line-up's `XI`); names.yml person_name_words lists the Chinese name Xi",
    "head": "the HTML head element and HTTP HEAD; names.yml person_name_words lists Head, a name the pool quotes",
    "cut": "`cut` in code and messages; names.yml person_name_words lists the Acehnese name prefix Cut",
    "status": "the health route's `status` field and HTTP status codes; cues.yml false_quotes.noun_object.role_heads "
              "lists the Indonesian noun status (`statusnya sebagai …`)",
    "li": "the HTML list element; names.yml person_name_words lists the Chinese surname Li",
    "once": "English `once` in messages; names.yml person_name_words lists Once, a nickname the pool quotes",
}


def _list_items(node: object, path: tuple[str, ...], in_list: bool = False) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every string that is an item of a list in a loaded rule file, with the keys above it."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _list_items(value, (*path, str(key)))
    elif isinstance(node, list):
        for item in node:
            yield from _list_items(item, path, in_list=True)
    elif isinstance(node, str) and in_list:
        yield path, node


def rule_words() -> dict[str, set[str]]:
    """Lowercase words of the rule lists (each word of a phrase such as `akrab disapa`) -> where listed."""
    words: dict[str, set[str]] = {}
    for path in sorted(RULES_DIR.glob("*.yml")):
        for keys, item in _list_items(yaml.safe_load(path.read_text(encoding="utf-8")), (path.stem,)):
            if keys[:2] in CORPUS_LISTS:
                continue
            for word in item.split():
                if RULE_WORD.fullmatch(word):
                    words.setdefault(word, set()).add(f"{path.name} {'.'.join(keys[1:])}")
    return words


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _documentation(tree: ast.AST) -> set[int]:
    return {id(node) for call in ast.walk(tree) if isinstance(call, ast.Call)
            for keyword in call.keywords if keyword.arg in DOCUMENTATION_KEYWORDS
            for node in ast.walk(keyword.value)}


def code_strings(path: Path) -> Iterator[tuple[int, str]]:
    """The string literals of a module (f-string parts included), without its docstrings and
    documentation arguments; comments are not in the syntax tree."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _docstrings(tree) | _documentation(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            yield node.lineno, node.value


def words_in_literal(literal: str) -> set[str]:
    """Whole words of a literal, a regular expression's included (`\\bdi\\b` holds `di`)."""
    return set(LITERAL_TOKEN.findall(REGEX_ESCAPE.sub(" ", literal)))


def test_no_word_listed_in_rules_is_written_in_code() -> None:
    words = rule_words()
    assert {"di", "dan", "yang", "atau", "disapa", "me", "ber", "ter", "mengatakan"} <= words.keys()
    found = []
    for path in sorted(SERVICE_DIR.rglob("*.py")):
        for line, literal in code_strings(path):
            for word in sorted(words_in_literal(literal) & words.keys() - ALLOWED_WORDS.keys()):
                found.append(f"{path.relative_to(PROJECT_ROOT)}:{line} {literal[:60]!r} holds {word!r} "
                             f"(listed in {', '.join(sorted(words[word]))}): read it from the RuleSet")
    assert not found, "\n".join(found)


def test_the_allowed_words_are_still_listed_and_still_needed() -> None:
    words = rule_words()
    used = {word for path in SERVICE_DIR.rglob("*.py") for _, literal in code_strings(path)
            for word in words_in_literal(literal)}
    assert set(ALLOWED_WORDS) <= words.keys() & used, "drop an allowed word that no longer needs it"


def test_the_guard_sees_words_in_literals_and_patterns_only(tmp_path: Path) -> None:
    tree = '''"""Docstring: kata, dan, yang."""
PATTERN = r"\\bdi\\b|ke"
PAIR = ("me", "ber")
MESSAGE = f"rule {PATTERN} for yang"
field = Field(description="katanya -> kata")
'''
    path = tmp_path / "module.py"
    path.write_text(tree, encoding="utf-8")
    seen = set().union(*(words_in_literal(literal) for _, literal in code_strings(path)))
    assert {"di", "ke", "me", "ber", "yang"} <= seen
    assert not {"kata", "katanya", "dan", "bdi", "b"} & seen


# ---------------------------------------------------------------------------------------------
# 2. Every key of every rule file has a row in rules/README.md.

SECTION = re.compile(r"^## (\w+)\.yml\b")
NAMED = re.compile(r"`([^`]+)`")
NOT_A_RULE = {"version"}  # the file format's version, not a rule


def readme_rows() -> dict[str, list[tuple[set[str], set[str]]]]:
    """File stem -> its table rows as (names in the key cell, names anywhere in the row)."""
    rows: dict[str, list[tuple[set[str], set[str]]]] = {}
    current = None
    for line in README.read_text(encoding="utf-8").splitlines():
        heading = SECTION.match(line)
        if heading:
            current = heading.group(1)
            rows.setdefault(current, [])
        elif current and line.startswith("|") and not line.startswith(("| key", "|---")):
            cells = line.split("|")
            rows[current].append((set(NAMED.findall(cells[1])), set(NAMED.findall(line))))
    return rows


def rule_keys(node: dict[str, object], prefix: str = "") -> Iterator[str]:
    """Top-level keys, and the keys inside a section that is not itself one rule (a mapping
    without an `id`, such as `bounds` or `false_quotes`), as dotted paths."""
    for key, value in node.items():
        if key in NOT_A_RULE:
            continue
        yield prefix + key
        if isinstance(value, dict) and "id" not in value:
            yield from rule_keys(value, f"{prefix}{key}.")


def _documented(key: str, rows: list[tuple[set[str], set[str]]]) -> bool:
    """A row names the key (`bounds.max_quote_chars`, `postposed`), a row names a key inside
    it (`bounds` by `bounds.max_quote_chars`), or the row of its section names it
    (`false_quotes` names `directive`)."""
    parent, _, child = key.rpartition(".")
    for key_cell, row in rows:
        if key in key_cell or any(name.startswith(key + ".") for name in key_cell):
            return True
        if parent and parent in key_cell and child in row:
            return True
    return False


def test_every_rule_key_has_a_row_in_the_rules_readme() -> None:
    rows = readme_rows()
    missing = []
    for path in sorted(RULES_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert path.stem in rows, f"rules/README.md has no section `## {path.name}`"
        missing += [f"{path.name} {key}" for key in rule_keys(data) if not _documented(key, rows[path.stem])]
    assert not missing, "keys without a row in rules/README.md: " + ", ".join(missing)


# ---------------------------------------------------------------------------------------------
# 3. Every rule id the extractor can emit has a case in a test table.

THIS_FILE = Path(__file__).name
# Ids the code writes as literals in these namespaces (people[].variants[].rule, the
# name.ambiguous warning; speaker.* once the speaker rankers report theirs).
CODE_ID = re.compile(r"(?:name|speaker)\.[a-z_]+")
# Module constants that declare a set of emitted ids: ("service.extraction.x", "RULE_IDS").
DECLARED_ID_SETS: list[tuple[str, str]] = [("service.extraction.speakers", "GENERATOR_IDS")]
# Sections of rule files whose `id` values are emitted as they are: ("speakers.yml", "section").
DECLARED_ID_SECTIONS: list[tuple[str, str]] = []
# Ids the collector derives that no input can produce, each with the reason; a case for one
# of them fails the test below (it is reachable after all: move it to a table).
NOT_EMITTED = {
    "direct.cue.interposed_passive": "an interposed passive reads only after a comma token inside its sentence "
                                     "(a quotation's own comma sits inside its marks) and reports the clause "
                                     "around it, with any quotation after the agent as quoted words (mixed), "
                                     "never a quotation alone (cues/passive.py `_is_interposed_passive`)",
    "direct.cue.relative_report": "a relative report reads a clause around a backward attribution, which a "
                                  "quotation mark never claims (clauses.py `relative_clause_report` asks "
                                  "`backward_content` hits only, and attribution.py asks it in pass 2)",
    "direct.cue.lost_quote_run": "the run joins sentences to an indirect clause only: a clause or sentence with "
                                 "quotation marks takes no run (attribution.py `lost_quote_run_start` is asked "
                                 "only without inner marks; clauses.py `_holds_quotation` ends the run)",
    "mixed.cue.lost_quote_run": "the run joins sentences to an indirect clause only: a clause or sentence with "
                                "quotation marks takes no run (attribution.py `lost_quote_run_start` is asked "
                                "only without inner marks; clauses.py `_holds_quotation` ends the run)",
    "indirect.verb.describe": "a verb of `complement: quote` reports only a clause holding quoted words, which "
                              "is mixed (attribution.py: `hit.complement == \"quote\" and not inner`)",
    "direct.verb.small_clause": "a small clause is read from its object or marker, which no quotation mark "
                                "opens: with quotation marks in the sentence only the clitic's small clause is "
                                "read, from the marker before the quotation (cues/verbs.py `_small_clause_start`)",
    "indirect.verb.quoted_object": "the hit's complement is `quote`: it reports only a clause holding quoted words, "
                                   "which is mixed (attribution.py: `hit.complement == \"quote\" and not quoting`)",
    "direct.verb.quoted_object": "the object starts at a word before the quotation mark (one word in at least), so "
                                 "no quotation mark is the whole clause (cues/verbs.py `_quoted_object_start`)",
    "indirect.cue.postposed_by_position": "the positional cue stands right after a closing quotation mark and "
                                          "claims that quotation as a direct quote",
    "mixed.cue.postposed_by_position": "the positional cue stands right after a closing quotation mark and claims "
                                       "that quotation as a direct quote",
    "indirect.cue.name_after_quote": "the name stands right after a closing quotation mark and claims that "
                                     "quotation as a direct quote",
    "mixed.cue.name_after_quote": "the name stands right after a closing quotation mark and claims that "
                                  "quotation as a direct quote",
    "indirect.cue.name_before_colon": "the colon introduction is read only where an opening quotation mark "
                                      "follows the colon, and its content starts at that mark "
                                      "(cues/postposed.py `_is_name_before_colon`): direct or mixed",
    "indirect.cue.statement_frame": "the statement frame stands right after a closing quotation mark and claims "
                                    "that quotation as a direct quote",
    "mixed.cue.statement_frame": "the statement frame stands right after a closing quotation mark and claims "
                                 "that quotation as a direct quote",
    "direct.cue.interposed_opening": "the opening before the interposed source is part of the span and lies "
                                     "outside quotation marks (cues/phrases.py `interposed_opening_start` "
                                     "refuses an opening inside them), so the span is never one quotation",
    "false.mental_state": "no candidate is rejected for it: the loader refuses a mental state in a verb group "
                          "that takes a clause, so a thought never becomes a candidate; the id names the list",
    "direct.verb.figure_claim": "a figure claim is read only when the verb's object is no quotation: a "
                                "quotation mark right after the verb is the verb's direct or mixed complement "
                                "(cues/phrases.py `content_after` returns it before the figure test)",
    "direct.verb.clause_object": "a clause object is read only when the verb's object is no quotation: a "
                                 "quotation mark right after the verb is the verb's direct or mixed complement "
                                 "(cues/phrases.py `content_after` returns it before the clause-object test)",
    "direct.verb.clause_object_past_relative": "a clause object past a relative clause is read only when the "
                                               "verb's object is no quotation: a quotation mark right after the "
                                               "verb is the verb's direct or mixed complement (cues/phrases.py "
                                               "`content_after` returns it before the clause-object tests)",
    "direct.verb.stance_object": "a stance object is read only when the verb's object is no quotation: a "
                                 "quotation mark right after the verb is the verb's direct or mixed complement "
                                 "(cues/phrases.py `content_after` returns it before the stance-object test)",
    "direct.verb.adjective_predicate": "an adjective predicate is read only when the verb's object is no "
                                       "quotation: a quotation mark right after the verb is the verb's direct "
                                       "or mixed complement (cues/phrases.py `content_after` returns it first)",
    "direct.cue.concessive_subject": "the concessive verb reports its clause up to the comma as a fixed span "
                                     "(Hit.content_span), which clauses.py `reported_clause` refuses when a "
                                     "quotation mark opens it or crosses its edge (marks inside make it mixed), "
                                     "and a quotation followed by the main clause is not the verb's whole "
                                     "clause, so no mark is claimed",
    "speaker.salience": "a generator for the candidate listing only (Extractor.speaker_candidates): the rule "
                        "ranker never chooses it, so no quote's speaker.rule names it",
    "name.usage": "a form joins by usage only when it is already that entry's variant, so people[].variants "
                  "never records this rule (service/extraction/people.py `_by_usage_or_salience`)",
}


def _ids_in(node: object, skip: str | None = None) -> Iterator[str]:
    """The `id` values of a loaded rule file, outside the section `skip`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "id" and isinstance(value, str):
                yield value
            elif key != skip:
                yield from _ids_in(value, skip)
    elif isinstance(node, list):
        for item in node:
            yield from _ids_in(item, skip)


def _cues() -> dict[str, object]:
    return yaml.safe_load((RULES_DIR / "cues.yml").read_text(encoding="utf-8"))


def quote_rule_ids() -> set[str]:
    """`quote.rule`: each quote type with each cue's id (rules/cues.yml), and the quotation-mark
    spans that got a speaker without a cue (carried) or none (direct only: only quotation
    marks are quotes without a cue)."""
    cue_ids = set(_ids_in(_cues(), skip="false_quotes"))
    ids = {rule_id(kind, cue) for kind in get_args(QuoteType) for cue in cue_ids}
    return ids | {rule_id("direct", UNATTRIBUTED_RULE), rule_id("direct", CARRY_RULE)}


def rejection_ids() -> set[str]:
    """The reasons a candidate is rejected (`document.rejected`): cues.yml false_quotes."""
    return set(_ids_in(_cues()["false_quotes"]))


def code_ids() -> set[str]:
    """Ids the code writes as literals: name-merge rules and the name.ambiguous warning."""
    return {literal for path in SERVICE_DIR.rglob("*.py") for _, literal in code_strings(path)
            if CODE_ID.fullmatch(literal)}


def declared_ids() -> set[str]:
    """Ids a module constant or a rule-file section declares (DECLARED_ID_SETS, DECLARED_ID_SECTIONS)."""
    ids = {rule for module, name in DECLARED_ID_SETS for rule in getattr(importlib.import_module(module), name)}
    for file, section in DECLARED_ID_SECTIONS:
        ids |= set(_ids_in(yaml.safe_load((RULES_DIR / file).read_text(encoding="utf-8"))[section]))
    return ids


ID_SOURCES: list[Callable[[], set[str]]] = [quote_rule_ids, rejection_ids, code_ids, declared_ids]


def emitted_rule_ids() -> set[str]:
    return set().union(*(source() for source in ID_SOURCES))


def table_values() -> set[str]:
    """Strings inside the module-level tables (assignments) of the test files."""
    values = set()
    for path in sorted(TESTS_DIR.glob("test_*.py")):
        if path.name == THIS_FILE:
            continue
        for statement in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
                values |= {node.value for node in ast.walk(statement.value)
                           if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    return values


def test_every_rule_id_the_extractor_can_emit_has_a_table_case() -> None:
    emitted = emitted_rule_ids()
    assert {"direct.carry", "indirect.verb.say", "false.directive", "name.contained"} <= emitted
    missing = sorted(emitted - NOT_EMITTED.keys() - table_values())
    assert not missing, "rule ids without a table case: " + ", ".join(missing)


def test_ids_declared_unreachable_are_ids_and_have_no_case() -> None:
    emitted = emitted_rule_ids()
    assert NOT_EMITTED.keys() <= emitted, "drop ids the extractor no longer has"
    assert not NOT_EMITTED.keys() & table_values(), "a case produces this id: it is emitted, drop it from NOT_EMITTED"
