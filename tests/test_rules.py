"""Rule files are validated at start-up with a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extraction.rules import RuleError, RuleSet, load_rules
from service.settings import PROJECT_ROOT
from tests.conftest import copy_rules


def test_shipped_rules_load() -> None:
    rules = load_rules(PROJECT_ROOT / "rules")
    assert "kata" in rules.postposed_cues
    assert rules.reporting_verbs["mengatakan"].id == "verb.say"
    assert rules.clitic_cue("katanya") == "kata"
    assert rules.clitic_cue("Menurutnya") == "menurut"
    assert rules.clitic_cue("hanya") is None
    assert len(rules.version) == 12


def test_missing_file(tmp_path: Path) -> None:
    directory = copy_rules(tmp_path)
    (directory / "cues.yml").unlink()
    with pytest.raises(RuleError, match="missing"):
        load_rules(directory)


def test_invalid_yaml(tmp_path: Path) -> None:
    directory = copy_rules(tmp_path)
    (directory / "quotes.yml").write_text("marks: [unclosed\n")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rules(directory)


def test_unknown_field_names_the_file(tmp_path: Path) -> None:
    directory = copy_rules(tmp_path)
    path = directory / "speakers.yml"
    path.write_text(path.read_text() + "\nmisspelled_list: [a]\n")
    with pytest.raises(RuleError, match="speakers.yml"):
        load_rules(directory)


def test_bad_complement_value(tmp_path: Path) -> None:
    directory = copy_rules(tmp_path)
    path = directory / "cues.yml"
    path.write_text(path.read_text().replace("complement: optional", "complement: sometimes", 1))
    with pytest.raises(RuleError, match="complement"):
        load_rules(directory)


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    directory = copy_rules(tmp_path)
    (directory / "quotes.yml").write_text("!!python/object/apply:os.system ['echo unsafe']\n")
    with pytest.raises(RuleError):
        load_rules(directory)


TITLE_CASES = [
    # (word, is_title, is_title_or_role, is_person_title)
    ("Dr.", True, True, True),       # abbreviation dot
    ("Prof", True, True, True),
    ("Kapolri", False, True, True),  # an office, not an honorific
    ("Kapolri.", False, True, True),
    ("Putri", False, True, False),   # a role noun that is also a given name
    ("Joko", False, False, False),
    ("mengatakan", False, False, False),
]


@pytest.mark.parametrize(("word", "title", "title_or_role", "person_title"), TITLE_CASES)
def test_title_checks(word: str, title: bool, title_or_role: bool, person_title: bool) -> None:
    rules = load_rules(PROJECT_ROOT / "rules")
    assert rules.is_title(word) is title
    assert rules.is_title_or_role(word) is title_or_role
    assert rules.is_person_title(word) is person_title


def test_every_rule_file_reads_the_same_through_libyaml_and_pure_python() -> None:
    """The fast loader at start must not change a single rule."""
    import yaml

    from service.extraction.rules import read_yaml

    for path in sorted((PROJECT_ROOT / "rules").glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        assert read_yaml(text) == yaml.safe_load(text), path.name
        assert read_yaml(text.encode("utf-8")) == yaml.safe_load(text), path.name


def test_title_or_role_answers_kept_per_rule_set_and_repeated_alike() -> None:
    """`is_title_or_role` keeps each word's answer: asked again it answers the same, and a rule
    set loaded with another role list keeps answers of its own."""
    shipped = load_rules(PROJECT_ROOT / "rules")
    other = load_rules(PROJECT_ROOT / "rules")
    other.titles_and_roles = frozenset()
    for word, _, title_or_role, _ in TITLE_CASES:
        assert shipped.is_title_or_role(word) is title_or_role
        assert shipped.is_title_or_role(word) is title_or_role  # read from the kept answers
        assert other.is_title_or_role(word) is False


@pytest.mark.parametrize(("word", "office"), [
    ("Kasubbid", True), ("kasubbag", True), ("Wakasat", True), ("Wakabid", True), ("Kabid", True),
    ("Wakakak", False), ("wakaf", False), ("Kasubag", False),
])
def test_deputy_and_sub_unit_offices_are_derived(word: str, office: bool, rules: RuleSet) -> None:
    """speakers.yml derived_offices: wa + an office of `offices`, ka + sub + the rest of one; no
    other word that happens to open alike ("Wakakak", a laugh; "wakaf")."""
    assert rules.is_title_or_role(word) is office
