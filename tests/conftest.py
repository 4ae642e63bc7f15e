"""Shared fixtures: the real extractor (the model ships in the repository) loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.pipeline import Extractor
from service.rules import RuleSet, load_rules
from service.settings import PROJECT_ROOT, Settings

SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules(PROJECT_ROOT / "rules")


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.from_settings(Settings())


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation data lives beside the repository, not in it")
    return path
