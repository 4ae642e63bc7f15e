"""Shared fixtures: the real extractor (the model ships in the repository) loaded once."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.evaluation.quotes import ScoringRule
from service.extraction.pipeline import Extractor
from service.extraction.rules import RuleSet, load_rules
from service.settings import PROJECT_ROOT, Settings
from tests.markup import MarkupExtractor

SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules(PROJECT_ROOT / "rules")


@pytest.fixture(scope="session")
def scoring_rule() -> ScoringRule:
    """The reference scorer's name comparison (rules/scoring.yml)."""
    return ScoringRule.load(PROJECT_ROOT / "rules" / "scoring.yml")


@pytest.fixture(scope="session")
def markup_extractor(rules: RuleSet) -> MarkupExtractor:
    """The real pipeline over the markup tagger (tests/markup.py): the rule tables' extractor."""
    return MarkupExtractor(rules)


def copy_rules(tmp_path: Path) -> Path:
    """A writable copy of the shipped rules, for tests that break one file on purpose."""
    target = tmp_path / "rules"
    shutil.copytree(PROJECT_ROOT / "rules", target)
    return target


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.from_settings(Settings())


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation data lives beside the repository, not in it")
    return path


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    from tests.databases import postgres_server

    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind the store supports."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kutip.db'}"
    from tests.databases import fresh_postgres_database

    return fresh_postgres_database(request.getfixturevalue("postgres_admin_url"))


# Put into request text by tests that exercise error paths; no log line of any test may
# carry it (README: article text is never logged; issue 17 row 13).
LOG_MARKER = "PENANDA-LOG-7f3a"
CLIENT_LOGGERS = ("httpx", "httpcore")  # the tests' own HTTP client logs the URLs it requests


class _RecordKeeper(logging.Handler):
    """Keeps every record a test logs, to be formatted as the service formats them."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_request_text_in_logs() -> Iterator[None]:
    """Every test: the log lines it caused, formatted by the service's JSON formatter
    (exceptions included), never hold LOG_MARKER."""
    from service.logging_setup import JSONFormatter

    keeper = _RecordKeeper()
    root = logging.getLogger()
    root.addHandler(keeper)
    try:
        yield
    finally:
        root.removeHandler(keeper)
    formatter = JSONFormatter()
    service_records = [record for record in keeper.records if not record.name.startswith(CLIENT_LOGGERS)]
    leaked = [line for line in (_formatted(formatter, record) for record in service_records) if LOG_MARKER in line]
    assert not leaked, f"request text reached the logs: {leaked[0][:500]}"


def _formatted(formatter: logging.Formatter, record: logging.LogRecord) -> str:
    try:
        return formatter.format(record)
    except (TypeError, ValueError):  # a library's record whose arguments do not fit its message
        return f"{record.msg} {record.args}"
