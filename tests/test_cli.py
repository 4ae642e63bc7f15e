"""The kutip command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from service.batch import already_written
from service.settings import PROJECT_ROOT

TEXT = "“Kami akan memeriksa semua saksi pekan depan,” kata Budi Santoso di Jakarta."


def kutip(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], input=stdin, capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=300, check=False)


@pytest.mark.model
def test_extract_plain_text_from_stdin() -> None:
    result = kutip("extract", "-", "--quiet", stdin=TEXT)
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
    assert "quote_f1" in result.stdout
    report = json.loads(report_path.read_text())
    assert report["by_threshold"]["0.5"]["attribution_f1"] == 1.0


def test_help_lists_commands() -> None:
    result = kutip("--help")
    for command in ("extract", "serve", "evaluate", "eval-ner", "train-ner"):
        assert command in result.stdout
