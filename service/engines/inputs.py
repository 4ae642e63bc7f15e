"""What `kutip extract` reads, the same for both engines: formats, lines, ids.

The format comes from the file's extension or `--input-format`, never from its content (a
JSONL file whose first line is bad is still JSONL). JSONL is split on "\\n" alone: U+2028,
U+0085 and other separators inside a record are text, and each line is decoded on its own,
so a line of binary garbage costs that line (`invalid_utf8`). Records then claim their ids
in input order (`IdClaims`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal, get_args

from service.engines.records import IdClaims, InputRecord, content_id, record_from_json_line, record_from_mapping

InputFormat = Literal["jsonl", "text", "parquet"]
INPUT_FORMATS: tuple[str, ...] = get_args(InputFormat)
FORMAT_OF_SUFFIX: dict[str, InputFormat] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text",
                                            ".text": "text", ".parquet": "parquet"}
STDIN = "-"
STDIN_FORMAT: InputFormat = "jsonl"
PARQUET_ROWS_PER_READ = 1024


class InputError(ValueError):
    """An input kutip cannot read at all (the command exits 2): unknown format, no file."""


def input_format_of(source: str, explicit: str | None) -> InputFormat:
    """--input-format when given; else the extension of the file (or of the files of a
    folder); stdin is JSONL unless told otherwise."""
    if explicit is not None:
        return explicit  # type: ignore[return-value]  # argparse choices are INPUT_FORMATS
    if source == STDIN:
        return STDIN_FORMAT
    path = Path(source)
    suffixes = {item.suffix for item in path.iterdir() if item.is_file()} if path.is_dir() else {path.suffix}
    known = {FORMAT_OF_SUFFIX[suffix] for suffix in suffixes if suffix in FORMAT_OF_SUFFIX}
    if len(known) != 1:
        raise InputError(f"{source}: cannot tell its format from the extension ({', '.join(FORMAT_OF_SUFFIX)}); "
                         f"pass --input-format {'|'.join(INPUT_FORMATS)}")
    return known.pop()


def input_files(source: Path, input_format: InputFormat) -> list[Path]:
    """The file, or the files of a folder with that format's extensions, in name order."""
    if not source.exists():
        raise InputError(f"{source}: no such file or folder")
    if not source.is_dir():
        return [source]
    suffixes = {suffix for suffix, name in FORMAT_OF_SUFFIX.items() if name == input_format}
    files = sorted(item for item in source.iterdir() if item.is_file() and item.suffix in suffixes)
    if not files:
        raise InputError(f"{source}: no {input_format} files ({', '.join(sorted(suffixes))}) in this folder")
    return files


def jsonl_records(handle: BinaryIO, text_key: str, id_key: str, file: str | None = None) -> Iterator[InputRecord]:
    """One record per line; lines are counted from 1, blank ones too, so that error lines
    name the line an editor shows."""
    for number, raw in enumerate(handle, start=1):  # a binary file splits on b"\n" alone
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield InputRecord(None, None, number, ("invalid_utf8", f"not UTF-8 (byte {error.start} of the line)"),
                              file=file)
            continue
        yield record_from_json_line(line, text_key, id_key, number, file)


def text_record(data: bytes, file: str | None = None) -> InputRecord:
    """A plain-text input is one article, named by its content id."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputRecord(None, None, None, ("invalid_utf8", f"not UTF-8 (byte {error.start})"), file=file)
    return InputRecord(content_id(text, {}), text, None, file=file)


def parquet_records(path: Path, text_key: str, id_key: str, file: str | None = None) -> Iterator[InputRecord]:
    """One record per row; `line` is the row's number in the file, from 1."""
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        raise InputError("Parquet input needs pyarrow: pip install 'kutip[ray]'") from None
    number = 0
    for batch in parquet.ParquetFile(path).iter_batches(batch_size=PARQUET_ROWS_PER_READ):
        for row in batch.to_pylist():
            number += 1
            yield record_from_mapping(row, text_key, id_key, number, file)


def _unclaimed_records(source: str, input_format: InputFormat, text_key: str,
                       id_key: str) -> Iterator[InputRecord]:
    if source == STDIN:
        if input_format == "parquet":
            raise InputError("Parquet input cannot come from stdin: give the file")
        if input_format == "text":
            yield text_record(sys.stdin.buffer.read())
        else:
            yield from jsonl_records(sys.stdin.buffer, text_key, id_key)
        return
    root = Path(source)
    for path in input_files(root, input_format):
        name = path.name if root.is_dir() else None
        if input_format == "parquet":
            yield from parquet_records(path, text_key, id_key, name)
        elif input_format == "text":
            yield text_record(path.read_bytes(), name)
        else:
            with path.open("rb") as handle:
                yield from jsonl_records(handle, text_key, id_key, name)


def read_records(source: str, input_format: InputFormat, text_key: str = "text",
                 id_key: str = "id") -> Iterator[InputRecord]:
    """Every record of `source` (a file, a folder of files of one format, or "-"), with a
    repeated id turned into a `duplicate_id` error: the first record with an id keeps it."""
    claims = IdClaims()
    for record in _unclaimed_records(source, input_format, text_key, id_key):
        yield claims.claim(record)
