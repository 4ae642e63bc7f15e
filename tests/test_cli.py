"""The kutip command line."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from service.engines.inputs import InputError, input_format_of, read_records
from service.engines.local import already_written
from service.engines.records import CONTENT_ID_PREFIX, content_id
from service.settings import PROJECT_ROOT

TEXT = "“Kami akan memeriksa semua saksi pekan depan,” kata Budi Santoso di Jakarta."
SEPARATED = "“Kami siap bekerja,” kata Budi Santoso.\u2028Ia lalu pergi.\u0085Rapat usai."  # one record
GARBAGE = b"\xff\xfe\x00\x9c{garbage"


def kutip(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], input=stdin, capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=300, check=False)


@pytest.mark.model
def test_extract_plain_text_from_stdin() -> None:
    result = kutip("extract", "-", "--input-format", "text", "--quiet", stdin=TEXT)
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["quotes"][0]["speaker"]["name"] == "Budi Santoso"


@pytest.mark.model
def test_extract_jsonl_with_resume(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    rows = [{"id": f"a{i}", "body": TEXT} for i in range(3)]
    source.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "a0", "quotes": []}) + "\n" + '{"id": "a1", "quo')  # interrupted run
    result = kutip("extract", str(source), "--text-key", "body", "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["a0", "a1", "a2"]  # a0 kept, the cut a1 redone
    assert lines[1]["quotes"][0]["speaker"]["name"] == "Budi Santoso"
    assert already_written(out) == {"a0", "a1", "a2"}


@pytest.mark.model
def test_each_record_keeps_its_format_and_metadata(tmp_path: Path) -> None:
    """The local engine reads a record's `format` as the API and the Ray engine do, and its
    result line carries the record's outlet, URL, date and content hash for `kutip load`."""
    source = tmp_path / "articles.jsonl"
    html = f"<html><body><p>{TEXT}</p><script>var x = 1;</script></body></html>"
    rows = [{"id": "h1", "text": html, "format": "html", "outlet": "Tempo", "url": "https://contoh.test/h1",
             "published_at": "2026-05-04T08:00:00+07:00"},
            {"id": "t1", "text": TEXT},
            {"id": "x1", "text": TEXT, "format": "pdf"}]
    source.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    result = kutip("extract", str(source), "--quiet")
    assert result.returncode == 1  # the pdf record
    lines = {line["id"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert lines["h1"]["text"] == TEXT and lines["h1"]["quotes"][0]["speaker"]["name"] == "Budi Santoso"
    assert lines["h1"]["quotes"][0]["start"] == TEXT.index("Kami")
    assert {key: lines["h1"]["source"][key] for key in ("outlet", "url", "published_at", "text_length")} == {
        "outlet": "Tempo", "url": "https://contoh.test/h1", "published_at": "2026-05-04T08:00:00+07:00",
        "text_length": len(html)}
    assert lines["t1"]["source"]["outlet"] is None and lines["t1"]["text"] is None
    assert lines["h1"]["source"]["content_hash"] != lines["t1"]["source"]["content_hash"]
    assert lines["x1"]["error"]["code"] == "invalid_format"


def test_jsonl_without_text_key_fails_clearly(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"id": 1, "content": "x"}) + "\n")
    result = kutip("extract", str(source), "--quiet")
    assert result.returncode == 1
    line = json.loads(result.stdout)
    assert line["error"]["code"] == "no_text" and "--text-key" in line["error"]["message"]
    assert "1 of 1 documents failed" in result.stderr


@pytest.mark.model
def test_evaluate_on_a_gold_file(tmp_path: Path) -> None:
    start = TEXT.index("Kami")
    end = TEXT.index("”")
    gold = {"id": "g1", "text": TEXT, "quotes": [{"text": TEXT[start:end], "start": start, "end": end,
                                                  "type": "direct", "speaker": "Budi Santoso"}]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold))
    report_path = tmp_path / "report.json"
    result = kutip("evaluate", str(path), "--json", str(report_path), "--misses")
    assert result.returncode == 0, result.stderr
    assert "quote F1" in result.stdout
    report = json.loads(report_path.read_text())
    assert report["results"][0]["threshold"] == 0.5
    assert report["results"][0]["attribution"]["f1"] == 1.0


def test_help_lists_commands() -> None:
    result = kutip("--help")
    for command in ("extract", "serve", "evaluate", "eval-ner", "train-ner"):
        assert command in result.stdout


def jsonl(*lines: object) -> bytes:
    """JSONL bytes: dicts as JSON written raw (ensure_ascii=False writes U+2028 as it is), bytes as they are."""
    return b"".join((line if isinstance(line, bytes) else json.dumps(line, ensure_ascii=False).encode()) + b"\n"
                    for line in lines)


# (what the file holds, then per record: line, id ("content" for a content id), error code or None)
READING = [
    ("row 4: a line of binary garbage costs that line",
     jsonl({"id": "a", "text": TEXT}, GARBAGE, {"id": "b", "text": TEXT}),
     [(1, "a", None), (2, None, "invalid_utf8"), (3, "b", None)]),
    ("row 5: U+2028 and U+0085 inside a record are text; lines split on \\n alone",
     jsonl({"id": "a", "text": SEPARATED}, {"id": "b", "text": TEXT}),
     [(1, "a", None), (2, "b", None)]),
    ("row 6: a first line that is not an object is an error line, the file stays JSONL",
     jsonl("just a string", {"id": "b", "text": TEXT}) + b"plain prose\n",
     [(1, None, "invalid_record"), (2, "b", None), (3, None, "invalid_json")]),
    ("row 7: a repeated id is an error line; blank lines are counted",
     jsonl({"id": "a", "text": TEXT}) + b"\n" + jsonl({"id": "a", "text": "Lain."}, {"id": 7, "text": TEXT}),
     [(1, "a", None), (3, "a", "duplicate_id"), (4, "7", None)]),
    ("row 14: no id gives a content id; a given id cannot take one that is not its own",
     jsonl({"text": TEXT}, {"id": CONTENT_ID_PREFIX + "0" * 32, "text": "Lain."}, {"text": TEXT}),
     [(1, "content", None), (2, None, "invalid_id"), (3, "content", "duplicate_id")]),
    ("a lone surrogate or an impossible date is the record's error",
     b'{"id": "s", "text": "\\ud800"}\n' + jsonl({"id": "d", "text": TEXT, "published_at": "9999-12-31T23:59:59-01:00"}),
     [(1, "s", "invalid_text"), (2, "d", "invalid_published_at")]),
]


@pytest.mark.parametrize(("content", "expected"), [row[1:] for row in READING], ids=[row[0] for row in READING])
def test_reading_jsonl_records(tmp_path: Path, content: bytes, expected: list[tuple[int, str | None, str | None]]) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_bytes(content)
    records = list(read_records(str(source), "jsonl"))
    seen = [(record.line, "content" if (record.id or "").startswith(CONTENT_ID_PREFIX) else record.id,
             record.error[0] if record.error else None) for record in records]
    assert seen == expected


def test_separators_stay_inside_the_text(tmp_path: Path) -> None:
    """Row 5: the record's text comes back whole, U+2028 and U+0085 included."""
    source = tmp_path / "articles.jsonl"
    source.write_bytes(jsonl({"id": "a", "text": SEPARATED}))
    assert [record.text for record in read_records(str(source), "jsonl")] == [SEPARATED]


FORMATS = [  # (source, --input-format, format or the error's words)
    ("articles.jsonl", None, "jsonl"),
    ("articles.ndjson", None, "jsonl"),
    ("article.txt", None, "text"),
    ("articles.parquet", None, "parquet"),
    ("article.txt", "jsonl", "jsonl"),
    ("-", None, "jsonl"),
    ("-", "text", "text"),
    ("articles.csv", None, "cannot tell its format"),
    ("articles", None, "cannot tell its format"),
]


@pytest.mark.parametrize(("source", "explicit", "expected"), FORMATS)
def test_input_format_from_extension_or_flag_never_content(source: str, explicit: str | None, expected: str) -> None:
    if expected in ("jsonl", "text", "parquet"):
        assert input_format_of(source, explicit) == expected
    else:
        with pytest.raises(InputError, match=expected):
            input_format_of(source, explicit)


def test_content_ids_are_one_rule_across_files(tmp_path: Path) -> None:
    """Row 14: the same record in two files gets one id, different records different ids,
    whatever their line; the id is the documented hash."""
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_bytes(jsonl({"text": TEXT}, {"text": "Lain."}))
    second.write_bytes(jsonl({"text": "Yang ketiga."}, {"text": TEXT, "outlet": "Tempo"}, {"text": TEXT}))
    ids = [[record.id for record in read_records(str(path), "jsonl")] for path in (first, second)]
    assert ids[0][0] == ids[1][2] == content_id(TEXT, {})
    assert len({*ids[0], *ids[1]}) == 4  # the outlet makes the fourth record another article
    assert all(str(one).startswith(CONTENT_ID_PREFIX) for one in ids[0] + ids[1])


def test_parquet_rows_are_numbered_and_read_like_jsonl(tmp_path: Path) -> None:
    """The same record rules for Parquet rows; `line` is the row's number."""
    table = pytest.importorskip("pyarrow").Table.from_pylist(
        [{"id": "a", "text": TEXT}, {"id": "a", "text": "Lain."}, {"id": None, "text": TEXT}])
    pytest.importorskip("pyarrow.parquet").write_table(table, tmp_path / "articles.parquet")
    records = list(read_records(str(tmp_path / "articles.parquet"), "parquet"))
    assert [(record.line, record.id, record.error[0] if record.error else None) for record in records] == [
        (1, "a", None), (2, "a", "duplicate_id"), (3, content_id(TEXT, {}), None)]


USAGE_ERRORS = [  # (arguments, the one line on stderr); exit 2 before any model loads
    (["extract", "{missing}"], "kutip: {missing}: no such file or folder"),
    (["extract", "{source}", "--retry-errors"], "kutip: --retry-errors retries the error lines of an --out file: "
                                                "give --out"),
    (["extract", "{source}", "--overwrite"], "kutip: --overwrite is for --engine ray; the local engine resumes "
                                             "into --out"),
    (["extract", "{folder}"], "kutip: {folder}: a folder of input files needs --engine ray"),
]


@pytest.mark.parametrize(("arguments", "message"), USAGE_ERRORS)
def test_usage_errors_are_one_line(tmp_path: Path, arguments: list[str], message: str) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_bytes(jsonl({"id": "a", "text": TEXT}))
    names = {"missing": str(tmp_path / "absent.jsonl"), "source": str(source), "folder": str(tmp_path)}
    result = kutip(*(argument.format(**names) for argument in arguments))
    assert (result.returncode, result.stderr.strip().splitlines()) == (2, [message.format(**names)])


def test_unknown_extension_needs_input_format(tmp_path: Path) -> None:
    source = tmp_path / "articles.csv"
    source.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n")
    result = kutip("extract", str(source), "--quiet")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"kutip: {source}: cannot tell its format from the extension (.jsonl, .ndjson, .txt, .text, .parquet); "
        "pass --input-format jsonl|text|parquet"]


def output_lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]


def summary(lines: list[dict]) -> list[tuple[object, object]]:
    """(line or id, error code or "ok") per output line, in order."""
    return [(line["line"], line["error"]["code"]) if "error" in line else (line["id"], "ok") for line in lines]


@pytest.mark.model
def test_bad_lines_are_error_lines_and_resume_keeps_them(tmp_path: Path) -> None:
    """Rows 4-7 and 17 end to end: garbage, a separator inside a record, a first line that is
    not an object and a repeated id each cost their line; a resume keeps the error lines,
    says so and exits 1 while they remain."""
    source = tmp_path / "articles.jsonl"
    source.write_bytes(jsonl(["not", "an", "object"], {"id": "a", "text": SEPARATED}, GARBAGE,
                             {"id": "a", "text": TEXT}, {"text": TEXT}))
    out = tmp_path / "out.jsonl"
    first = kutip("extract", str(source), "--out", str(out), "--quiet")
    assert first.returncode == 1, first.stderr
    expected = [(1, "invalid_record"), ("a", "ok"), (3, "invalid_utf8"), (4, "duplicate_id"),
                (content_id(TEXT, {}), "ok")]
    assert summary(output_lines(out)) == expected
    assert output_lines(out)[1]["quotes"][0]["text"] == "Kami siap bekerja,"
    assert "3 of 5 documents failed" in first.stderr
    again = kutip("extract", str(source), "--out", str(out), "--quiet")
    assert again.returncode == 1
    assert "resuming: 2 documents already in" in again.stderr and "3 error lines kept" in again.stderr
    assert summary(output_lines(out)) == expected  # nothing redone, nothing added
    retried = kutip("extract", str(source), "--out", str(out), "--quiet", "--retry-errors")
    assert retried.returncode == 1  # the same lines are bad again, and said so the same way
    assert sorted(summary(output_lines(out)), key=str) == sorted(expected, key=str)


@pytest.mark.model
def test_retry_errors_extracts_what_failed_before(tmp_path: Path) -> None:
    """Row 17: an error line of an earlier run (a timeout, say) is kept and reported until
    --retry-errors extracts the record again; then the run exits 0."""
    source = tmp_path / "articles.jsonl"
    source.write_bytes(jsonl({"id": "a", "text": TEXT}, {"id": "b", "text": TEXT}))
    out = tmp_path / "out.jsonl"
    failed = {"id": "b", "line": 2, "error": {"code": "timeout", "message": "extraction ran past 1 s"}}
    out.write_text(json.dumps(failed) + "\n")
    kept = kutip("extract", str(source), "--out", str(out), "--quiet")
    assert kept.returncode == 1
    assert "1 error lines kept (--retry-errors retries them)" in kept.stderr
    assert summary(output_lines(out)) == [(2, "timeout"), ("a", "ok")]
    retried = kutip("extract", str(source), "--out", str(out), "--quiet", "--retry-errors")
    assert retried.returncode == 0, retried.stderr
    assert summary(output_lines(out)) == [("a", "ok"), ("b", "ok")]


def children_of(pid: int) -> set[int]:
    """Live child processes of `pid` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def is_alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


WORKER_START_S = 120  # two workers loading the model on a busy 2-core machine
EXIT_S = 15


@pytest.mark.model
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("kill_signal", [signal.SIGTERM, signal.SIGKILL])
def test_workers_exit_with_kutip(tmp_path: Path, kill_signal: signal.Signals) -> None:
    """Row 8: SIGTERM or SIGKILL of `kutip extract --workers 2` leaves no worker behind;
    after SIGTERM the output holds whole lines only and a rerun resumes."""
    source = tmp_path / "articles.jsonl"
    source.write_bytes(jsonl(*({"id": f"a{number}", "text": TEXT} for number in range(400))))
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "service.cli", "extract", str(source), "--out", str(out),
                                "--workers", "2", "--quiet"], cwd=PROJECT_ROOT, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(lambda: out.exists() and out.stat().st_size > 0, WORKER_START_S), "no line written"
        workers = children_of(process.pid)
        assert len(workers) >= 2
        process.send_signal(kill_signal)
        process.wait(EXIT_S)
        assert wait_for(lambda: not any(is_alive(pid) for pid in workers), EXIT_S), "a worker outlived kutip"
    finally:
        process.kill()
        process.wait()
    if kill_signal == signal.SIGTERM:
        assert process.returncode == 128 + signal.SIGTERM
        assert "stopped by SIGTERM" in (process.stderr.read() if process.stderr else "")
        data = out.read_bytes()
        assert data.endswith(b"\n")  # flushed whole lines
        assert all(line["id"].startswith("a") and "quotes" in line for line in output_lines(out))


def test_evaluate_names_a_missing_file(tmp_path: Path) -> None:
    """Row 20: one line naming the file, exit 2, no traceback (and no model loaded)."""
    missing = tmp_path / "absent.jsonl"
    result = kutip("evaluate", str(missing))
    assert (result.returncode, result.stderr.strip().splitlines()) == (2, [f"kutip: {missing}: no such gold file"])


def test_make_eval_names_a_missing_file(tmp_path: Path) -> None:
    """Row 20 for `make eval`: the data folder is checked before anything is installed."""
    result = subprocess.run(["make", "--no-print-directory", "eval", f"EVAL_DIR={tmp_path}"], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    lines = [line for line in result.stderr.splitlines() if line]
    assert (result.returncode, len(lines)) == (2, 1), result.stderr
    assert f"{tmp_path}/seed.json is missing" in lines[0]


@pytest.mark.model
def test_extract_min_confidence_leaves_out_doubtful_quotes(tmp_path: Path) -> None:
    text = ("“Harga beras harus turun pekan ini,” kata Budi Santoso di Jakarta.\n\n"
            "“Kami sudah memeriksa gudang di tiga kabupaten.”\n\nIa juga menyebut harga cabai stabil.")
    every = json.loads(kutip("extract", "-", "--input-format", "text", "--quiet", stdin=text).stdout)
    top = max(quote["confidence"] for quote in every["quotes"])
    assert any(quote["confidence"] < top for quote in every["quotes"]), every["quotes"]
    kept = kutip("extract", "-", "--input-format", "text", "--quiet", "--min-confidence", str(top), stdin=text)
    assert [q["id"] for q in json.loads(kept.stdout)["quotes"]] == [
        q["id"] for q in every["quotes"] if q["confidence"] >= top]
    wrong = kutip("extract", "-", "--input-format", "text", "--min-confidence", "2", stdin=text)
    assert wrong.returncode == 2 and "not between 0 and 1" in wrong.stderr
