"""The Docker files cannot be built on our machines; these checks keep them consistent with the repo."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "docker" / "Dockerfile").read_text()
MAKEFILE = (ROOT / "Makefile").read_text()
COMPOSE = yaml.safe_load((ROOT / "docker" / "compose.yml").read_text())


def runtime_stage() -> str:
    return DOCKERFILE[DOCKERFILE.index("AS runtime"):]


def test_torch_pin_matches_the_makefile() -> None:
    pins = set(re.findall(r"torch==([\w.]+)", DOCKERFILE))
    assert pins == set(re.findall(r"torch==([\w.]+)", MAKEFILE)) and len(pins) == 1


def test_runtime_runs_as_non_root_with_a_healthcheck() -> None:
    stage = runtime_stage()
    users = re.findall(r"^USER\s+(\S+)", stage, flags=re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    assert stage.index("USER") < stage.index("CMD")
    assert "HEALTHCHECK" in stage and "/healthz" in stage


def test_image_paths_point_at_shipped_files() -> None:
    for variable, path in re.findall(r"(KUTIP_\w+_PATH)=/app/(\S+)", runtime_stage()):
        assert (ROOT / path).is_file(), f"{variable} points at {path}, which is not in the repository"
    for source in re.findall(r"^COPY (?!--from)(\S+)", DOCKERFILE, flags=re.MULTILINE):
        assert (ROOT / source).exists(), f"COPY {source}: not in the repository"


def test_build_context_ignores_the_virtualenv_and_training_runs() -> None:
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", "training/work", ".git"} <= set(ignored)


def test_compose_replicas_behind_one_port_with_read_only_rules() -> None:
    service = COMPOSE["services"]["kutip"]
    assert service["deploy"]["replicas"] >= 2
    assert "ports" not in service  # only the proxy publishes a port
    assert any(volume.endswith("/app/rules:ro") for volume in service["volumes"])
    proxy = COMPOSE["services"]["proxy"]
    assert proxy["ports"] == ["8000:8000"]
    nginx = (ROOT / "docker" / "nginx.conf").read_text()
    assert "http://kutip:8000" in nginx
    assert re.search(r'"--port", "8000"', DOCKERFILE)
