"""Shared fixtures: the real extractor (the model ships in the repository) loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from service.evaluation import ScoringRule
from service.pipeline import Extractor
from service.rules import RuleSet, load_rules
from service.settings import PROJECT_ROOT, Settings

SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules(PROJECT_ROOT / "rules")


@pytest.fixture(scope="session")
def scoring_rule() -> ScoringRule:
    """The reference scorer's name comparison (rules/scoring.yml)."""
    return ScoringRule.load(PROJECT_ROOT / "rules" / "scoring.yml")


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
