"""Issue 17's CLI property: random small inputs (repeated ids, garbage lines, separators
inside text), a run killed with SIGKILL at a random point, then a resume: every good record
is in the output exactly once and every bad one is an error line with its line number, for
both engines. Few examples: each costs two runs that load the model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from service.engines.loading import rows_of
from service.engines.records import CONTENT_ID_PREFIX
from service.settings import PROJECT_ROOT

SENTENCES = ["“Kami siap bekerja,” kata Budi Santoso.", "Rapat itu berlangsung dua jam.",
             "Menurut Siti Aminah, harga beras turun.", "“Tidak ada masalah,” ujar Andi."]
SEPARATORS = ["", "\u2028", "\u0085", "\u2029"]
GIVEN_IDS = ["a", "b", "c"]  # few, so that they repeat
GARBAGE = [b"\xff\xfe\x00garbage", b"\xc3\x28 broken", b"[1, 2, 3]", b"{\"id\": \"a\", \"text\": ", b"plain prose"]
RUN_LIMIT_S = 300
POLL_S = 0.05
LOCAL_EXAMPLES = 3
RAY_EXAMPLES = 2
RAY_CPUS = 2


@dataclass(frozen=True)
class Line:
    """One input line: a record (id or None, text) or raw bytes that are no record."""

    record: tuple[str | None, str] | None = None
    raw: bytes | None = None

    def encoded(self) -> bytes:
        if self.raw is not None:
            return self.raw
        assert self.record is not None
        document_id, text = self.record
        body: dict[str, Any] = {"text": text} if document_id is None else {"id": document_id, "text": text}
        return json.dumps(body, ensure_ascii=False).encode()


texts = st.builds(lambda first, separator, second: first + separator + second,
                  st.sampled_from(SENTENCES), st.sampled_from(SEPARATORS), st.sampled_from(SENTENCES))
records = st.builds(lambda document_id, text: Line(record=(document_id, text)),
                    st.one_of(st.none(), st.sampled_from(GIVEN_IDS)), texts)
garbage = st.builds(lambda raw: Line(raw=raw), st.sampled_from(GARBAGE))
inputs = st.lists(st.one_of(records, records, garbage), min_size=2, max_size=7)


@dataclass(frozen=True)
class Expected:
    good_given: set[str]  # ids given by good records
    good_unnamed: set[int]  # lines of good records without an id
    bad_lines: set[int]  # lines that must come out as error lines


def expected_of(lines: list[Line]) -> Expected:
    """The rule, restated: the first record with an id (or, without one, with its text) is
    extracted; a later one is an error, as is every line that is no record."""
    seen: set[tuple[str, str]] = set()
    good_given: set[str] = set()
    good_unnamed: set[int] = set()
    bad: set[int] = set()
    for number, line in enumerate(lines, start=1):
        if line.record is None:
            bad.add(number)
            continue
        document_id, text = line.record
        key = ("id", document_id) if document_id is not None else ("text", text)
        if key in seen:
            bad.add(number)
        elif document_id is not None:
            good_given.add(document_id)
        else:
            good_unnamed.add(number)
        seen.add(key)
    return Expected(good_given, good_unnamed, bad)


def write_input(path: Path, lines: list[Line]) -> None:
    path.write_bytes(b"".join(line.encoded() + b"\n" for line in lines))


def kutip_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "service.cli", "extract", *args, "--quiet"]


def kill_when(process: subprocess.Popen[bytes], ready: Any) -> None:
    """SIGKILL once `ready()` holds (or let the run end by itself first)."""
    deadline = time.monotonic() + RUN_LIMIT_S
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(POLL_S)
    process.wait(RUN_LIMIT_S)


def lines_written(out: Path) -> int:
    return out.read_bytes().count(b"\n") if out.exists() else 0


@pytest.mark.model
@settings(max_examples=LOCAL_EXAMPLES, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=inputs, kill_after=st.integers(min_value=0, max_value=4))
def test_local_engine_kill_and_resume(tmp_path_factory: pytest.TempPathFactory, lines: list[Line],
                                      kill_after: int) -> None:
    folder = tmp_path_factory.mktemp("local")
    source, out = folder / "articles.jsonl", folder / "out.jsonl"
    write_input(source, lines)
    first = subprocess.Popen(kutip_command(str(source), "--out", str(out), "--workers", "2"), cwd=PROJECT_ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kill_when(first, lambda: lines_written(out) > kill_after)
    resumed = subprocess.run(kutip_command(str(source), "--out", str(out)), cwd=PROJECT_ROOT, capture_output=True,
                             text=True, timeout=RUN_LIMIT_S, check=False)
    expected = expected_of(lines)
    assert resumed.returncode == (1 if expected.bad_lines else 0), resumed.stderr
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]
    errors = Counter(line["line"] for line in written if "error" in line)
    results = Counter(line["id"] for line in written if "error" not in line)
    assert errors == Counter(expected.bad_lines)
    assert Counter({key: count for key, count in results.items() if not key.startswith(CONTENT_ID_PREFIX)}) == \
        Counter(expected.good_given)
    unnamed = [key for key in results if key.startswith(CONTENT_ID_PREFIX)]
    assert (len(unnamed), set(results[key] for key in unnamed) or {1}) == (len(expected.good_unnamed), {1})


@pytest.fixture(scope="module")
def shared_ray() -> Iterator[str]:
    """One local Ray for every example; each run is a `kutip` process that joins it."""
    if os.environ.get("KUTIP_REQUIRE_RAY") == "1":  # .ci/run: this test must run there
        import ray
    else:
        ray = pytest.importorskip("ray", reason="Ray is the optional extra kutip[ray] (make test installs it)")
    ray.init(num_cpus=RAY_CPUS, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield str(ray.get_runtime_context().gcs_address)
    ray.shutdown()


@pytest.mark.model
@settings(max_examples=RAY_EXAMPLES, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=inputs, kill_after_s=st.floats(min_value=0.0, max_value=20.0))
def test_ray_engine_kill_and_rerun(shared_ray: str, tmp_path_factory: pytest.TempPathFactory, lines: list[Line],
                                   kill_after_s: float) -> None:
    folder = tmp_path_factory.mktemp("ray")
    source, out = folder / "articles.jsonl", folder / "out"
    write_input(source, lines)
    command = kutip_command(str(source), "--out", str(out), "--engine", "ray", "--address", shared_ray)
    first = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    kill_when(first, lambda: time.monotonic() - started > kill_after_s)
    rerun = subprocess.run([*command, "--overwrite"], cwd=PROJECT_ROOT, capture_output=True, text=True,
                           timeout=RUN_LIMIT_S, check=False)
    expected = expected_of(lines)
    assert rerun.returncode == (1 if expected.bad_lines else 0), rerun.stderr
    rows = [row for path in sorted((out / "documents").iterdir()) for row in rows_of(path)]
    assert Counter(row["line"] for row in rows if row["error_code"]) == Counter(expected.bad_lines)
    good = [row for row in rows if not row["error_code"]]
    assert Counter(row["id"] for row in good if not row["id"].startswith(CONTENT_ID_PREFIX)) == \
        Counter(expected.good_given)
    assert sorted(row["line"] for row in good if row["id"].startswith(CONTENT_ID_PREFIX)) == \
        sorted(expected.good_unnamed)
    assert sorted(path.name for path in folder.iterdir()) == ["articles.jsonl", "out"]
