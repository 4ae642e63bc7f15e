"""The `kutip` command line: extract, load, speakers rebuild, serve, evaluate, eval-ner, train-ner."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from service.settings import Settings

if TYPE_CHECKING:
    from service.engines.records import InputRecord

EXIT_USAGE = 2  # what argparse exits with: the command could not start (bad input, missing file)
EXIT_SIGNAL_BASE = 128  # a shell's status for a process ended by signal N is 128 + N


def _usage_error(message: str) -> NoReturn:
    """One line on stderr naming what is wrong, exit 2, no traceback."""
    print(f"kutip: {message}", file=sys.stderr)
    raise SystemExit(EXIT_USAGE)


def _probability(value: str) -> float:
    """argparse type: a number from 0 to 1."""
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return number


def _stop_on_signals() -> None:
    """SIGTERM (and Ctrl-C) stop a run between records: lines written stay written (each is
    flushed), worker processes end, and a rerun resumes."""
    from service.engines.local import Stopped

    def stop(signal_number: int, _frame: object) -> None:
        raise Stopped(signal_number)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def _read_records(args: argparse.Namespace) -> list[InputRecord]:
    from service.engines.inputs import InputError, input_format_of, read_records

    try:
        input_format = input_format_of(args.file, args.input_format)
        if args.file != "-" and Path(args.file).is_dir():
            raise InputError(f"{args.file}: a folder of input files needs --engine ray")
        records = list(read_records(args.file, input_format, args.text_key, args.id_key))
    except (InputError, OSError) as error:
        _usage_error(str(error))
    if args.strict:
        for record in records:
            if record.error is not None:
                raise SystemExit(f"line {record.line}: {record.error[1]}")
    return records


def command_extract(args: argparse.Namespace) -> None:
    from service.engines.local import Stopped

    _stop_on_signals()
    try:
        if args.engine == "ray":
            command_extract_ray(args)
        else:
            command_extract_local(args)
    except Stopped as stopped:
        signal_number = int(stopped.args[0])
        print(f"stopped by {signal.Signals(signal_number).name}: lines written so far are kept; rerun with the "
              "same --out to resume", file=sys.stderr)
        raise SystemExit(EXIT_SIGNAL_BASE + signal_number) from None


def extraction_settings(args: argparse.Namespace) -> Settings:
    """KUTIP_* settings with the command line's --min-confidence over KUTIP_MIN_CONFIDENCE."""
    settings = Settings()
    if args.min_confidence is not None:
        settings = settings.model_copy(update={"min_confidence": args.min_confidence})
    return settings


def command_extract_local(args: argparse.Namespace) -> None:
    from service.engines.local import run_extraction

    if args.overwrite:
        _usage_error("--overwrite is for --engine ray; the local engine resumes into --out")
    if args.retry_errors and not args.out:
        _usage_error("--retry-errors retries the error lines of an --out file: give --out")
    documents = _read_records(args)
    settings = extraction_settings(args)
    timeout = args.timeout if args.timeout is not None else settings.request_timeout_s
    failed = run_extraction(documents, settings, out=args.out, workers=args.workers, pretty=args.pretty,
                            progress=not args.quiet, timeout_s=timeout, strict=args.strict,
                            retry_errors=args.retry_errors)
    if failed:
        print(f"{failed} of {len(documents)} documents failed; see their error lines"
              f"{' (--retry-errors extracts them again)' if args.out else ''}", file=sys.stderr)
        raise SystemExit(1)


def command_extract_ray(args: argparse.Namespace) -> None:
    try:
        import ray  # noqa: F401

        from service.engines.ray_engine import OutputExists, run_ray_extraction
    except ImportError:
        raise SystemExit("--engine ray needs Ray: pip install 'kutip[ray]'") from None
    from service.engines.inputs import InputError, input_format_of

    if not args.out:
        _usage_error("--engine ray writes shards: give --out DIRECTORY")
    if args.file == "-":
        _usage_error("--engine ray reads a file or a folder, not stdin")
    if args.retry_errors:
        _usage_error("--retry-errors is for the local engine; --engine ray reruns everything with --overwrite")
    settings = extraction_settings(args)
    try:
        run = run_ray_extraction(Path(args.file), Path(args.out), settings, args.address, args.output_format,
                                 args.text_key, args.id_key, args.timeout or settings.request_timeout_s,
                                 input_format=input_format_of(args.file, args.input_format),
                                 overwrite=args.overwrite)
    except (InputError, OutputExists) as error:
        _usage_error(str(error))
    print(f"{run.documents} documents ({run.failed} failed) on {run.actors} actors -> {run.documents_dir}, "
          f"{run.quotes_dir}", file=sys.stderr)
    if run.failed:
        raise SystemExit(1)


def open_store(database: str | None) -> Any:
    from service.extraction.rules import load_rules
    from service.store.store import Store

    settings = Settings()
    url = database or settings.database_url
    if not url:
        raise SystemExit("no database: pass --database URL or set KUTIP_DATABASE_URL")
    return Store.open(url, load_rules(settings.rules_dir), settings.aliases_path, zone=settings.zone)


def command_load(args: argparse.Namespace) -> None:
    from service.engines.loading import load_results
    from service.store.engine import StoreBusy

    store = open_store(args.database)
    try:
        counts = load_results(Path(args.output), store)
    except StoreBusy as error:
        print(f"kutip: the store is busy ({error}); run kutip load again: what is stored already is skipped",
              file=sys.stderr)
        raise SystemExit(1) from None
    print(json.dumps(dict(counts)))


def command_speakers_rebuild(args: argparse.Namespace) -> None:
    store = open_store(args.database)
    report = store.rebuild_speakers()
    print(json.dumps({"speakers": report.speakers, "people": report.people, "quotes": report.quotes}))


def command_serve(args: argparse.Namespace) -> None:
    import uvicorn

    if args.workers > 1 and "KUTIP_TORCH_THREADS" not in os.environ:
        # one intra-op thread per worker: N workers on N cores, no oversubscription
        os.environ["KUTIP_TORCH_THREADS"] = str(max(1, (os.cpu_count() or 1) // args.workers))
    settings = Settings()
    uvicorn.run("service.http.app:create_app", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_config=None, timeout_graceful_shutdown=30,
                http="service.http.protocol:HeadDeadlineProtocol",
                timeout_keep_alive=settings.keep_alive_timeout_s)


def command_evaluate(args: argparse.Namespace) -> None:
    """Score extraction against gold files by the reference rule (score.py, calibration.py)."""
    from service.evaluation.quotes import (
        ScoringRule,
        evaluate_predictions,
        extract_predictions,
        format_report,
        read_gold,
        read_predictions,
    )
    from service.extraction.rules import load_rules

    settings = Settings()
    for path in args.gold:
        if not Path(path).is_file():
            _usage_error(f"{path}: no such gold file")
    if args.pred and not Path(args.pred).is_file():
        _usage_error(f"{args.pred}: no such prediction file")
    golds = [article for path in args.gold for article in read_gold(Path(path))]
    if args.pred:
        rules = load_rules(Path(settings.rules_dir))
        predictions = read_predictions(Path(args.pred))
    else:
        from service.extraction.pipeline import Extractor

        extractor = Extractor.from_settings(settings)
        rules = extractor.rules
        predictions = extract_predictions(golds, extractor.extract)
    if args.save_pred:
        with Path(args.save_pred).open("w", encoding="utf-8") as handle:
            for prediction in predictions.values():
                handle.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    thresholds = [args.threshold] + ([0.9] if args.threshold != 0.9 else [])
    scoring_rule = ScoringRule.load(Path(settings.rules_dir) / "scoring.yml")
    report, misses = evaluate_predictions(golds, predictions, scoring_rule, rules, thresholds, args.direct_only)
    print(format_report(report))
    if args.misses:
        print(f"\nmisses at overlap >= {args.threshold} ({len(misses)}):")
        for miss in misses:
            print(json.dumps(miss, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))


def command_eval_ner(args: argparse.Namespace) -> None:
    from service.evaluation.ner import evaluate_ner, format_ner_report
    from service.extraction.ner import StanzaTagger
    from service.extraction.rules import load_rules

    settings = Settings()
    tagger = StanzaTagger.from_settings(settings)
    rules = None if args.model_only else load_rules(Path(settings.rules_dir))
    report = evaluate_ner(Path(args.file), tagger, rules)
    if args.json:
        print(json.dumps(report))
    else:
        print(format_ner_report(report))


def command_train_ner(args: argparse.Namespace) -> None:
    from training.recipe import main as recipe

    recipe(["all", "--steps", str(args.steps)] + (["--shared", args.shared] if args.shared else []))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kutip", description="Quotations and speakers in Indonesian news.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract quotes from a text or JSONL file")
    extract.add_argument("file", help="a .jsonl, .txt or .parquet file (a folder of them with --engine ray), "
                                      "or - for stdin")
    extract.add_argument("--input-format", choices=["jsonl", "text", "parquet"], default=None,
                         help="the input's format (default: from the file's extension; stdin: jsonl)")
    extract.add_argument("--text-key", default="text")
    extract.add_argument("--id-key", default="id")
    extract.add_argument("--out", help="write JSONL here (resumable: ids already written are skipped)")
    extract.add_argument("--retry-errors", action="store_true",
                         help="on resume, extract again the records an earlier run wrote an error line for")
    extract.add_argument("--overwrite", action="store_true",
                         help="--engine ray: replace a non-empty --out (swapped in when the run is complete)")
    extract.add_argument("--workers", type=int, default=1, help="worker processes")
    extract.add_argument("--pretty", action="store_true", help="indent JSON (single document only)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    extract.add_argument("--strict", action="store_true",
                         help="stop at the first bad record or failed document instead of writing an error line")
    extract.add_argument("--timeout", type=float, default=None,
                         help="seconds per document (default KUTIP_REQUEST_TIMEOUT_S); past it, an error line")
    extract.add_argument("--min-confidence", type=_probability, default=None,
                         help="leave out quotes whose confidence (the probability that the quote and its speaker "
                              "are right) is under this (default KUTIP_MIN_CONFIDENCE, 0)")
    extract.add_argument("--engine", choices=["local", "ray"], default="local",
                         help="local: this machine's processes (--workers); ray: a Ray cluster (kutip[ray])")
    extract.add_argument("--address", default=None, help="Ray cluster address (default: start a local one)")
    extract.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl",
                         help="--engine ray: format of the documents shards (quotes are always Parquet)")
    extract.set_defaults(handler=command_extract)

    load = commands.add_parser("load", help="put `kutip extract` results into the quote store")
    load.add_argument("output", help="an --engine ray output directory, or a local engine JSONL file")
    load.add_argument("--database", help="SQLAlchemy URL (default KUTIP_DATABASE_URL)")
    load.set_defaults(handler=command_load)

    speakers = commands.add_parser("speakers", help="the store's cross-article speakers")
    speaker_commands = speakers.add_subparsers(dest="speakers_command", required=True)
    rebuild = speaker_commands.add_parser("rebuild", help="recompute every speaker key (after editing "
                                                          "rules/aliases.yml)")
    rebuild.add_argument("--database", help="SQLAlchemy URL (default KUTIP_DATABASE_URL)")
    rebuild.set_defaults(handler=command_speakers_rebuild)

    serve = commands.add_parser("serve", help="run the REST API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(handler=command_serve)

    evaluate = commands.add_parser("evaluate", help="score against gold quotes (see ../shared/README.md)")
    evaluate.add_argument("gold", nargs="+", help="JSONL files of gold articles, or JSON articles; several are "
                                                  "scored together (dev + dev2 people precision)")
    evaluate.add_argument("--direct-only", action="store_true")
    evaluate.add_argument("--threshold", type=float, default=0.5)
    evaluate.add_argument("--json", help="write the report as JSON to this path")
    evaluate.add_argument("--misses", action="store_true", help="list missed quotes and wrong speakers")
    evaluate.add_argument("--pred", help="score this prediction file (one /v1/extract response per line, with "
                          "its id) instead of extracting")
    evaluate.add_argument("--save-pred", help="write the predictions scored, one response per line")
    evaluate.set_defaults(handler=command_evaluate)

    eval_ner = commands.add_parser("eval-ner", help="per-type NER P/R/F1 on a BIO file")
    eval_ner.add_argument("file")
    eval_ner.add_argument("--json", action="store_true")
    eval_ner.add_argument("--model-only", action="store_true",
                          help="score the model's raw spans, without the NER stage's title trimming")
    eval_ner.set_defaults(handler=command_eval_ner)

    train = commands.add_parser("train-ner", help="rerun the NER training recipe (long)")
    train.add_argument("--steps", type=int, default=1000)
    train.add_argument("--shared", default=None)
    train.set_defaults(handler=command_train_ner)
    return parser


def main(argv: list[str] | None = None) -> None:
    args: Any = build_parser().parse_args(argv)
    args.handler(args)


if __name__ == "__main__":
    main()
