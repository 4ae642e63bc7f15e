"""NER alone and full extraction, fp32 and int8, one document at a time and batched.

Everything is paired in one run (this VM's speed drifts and other jobs share its cores, so
separate runs cannot be compared): each article is tagged by the fp32 and the int8 tagger
and extracted in full right after, in alternating order; each group of articles is extracted
one at a time and then batched (`Extractor.extract_many`, as `kutip extract` does). Ratios
are medians of the per-article (per-group) ratios; the groups' ratio is also given in the
process's CPU time, which other jobs on the cores hardly move. Last, full extraction with
the rules' speaker ranker and with the trained one (`KUTIP_SPEAKER_RANKER=trained`: it asks every candidate for
its signals and scores them), paired the same way, and the trained ranker's load time. Usage:
    python bench/bench_ner.py [--articles 60] [--repeats 3] [--torch-threads N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import load_articles, median, peak_rss_mb  # noqa: E402

PRECISIONS = ("fp32", "int8")


def seconds_of(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def timed(action: Callable[[], Any]) -> tuple[float, float]:
    """Wall and CPU seconds of the action: the process's CPU time hardly moves when other
    jobs share the cores, so its ratios are a second figure beside the wall clock's."""
    started, cpu_started = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - started, time.process_time() - cpu_started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--torch-threads", type=int, default=None)
    args = parser.parse_args()

    started = time.perf_counter()
    import torch

    from service.engines.local import GROUP_DOCUMENTS
    from service.extraction.document import Document
    from service.extraction.ner import StanzaTagger, sentence_token_groups
    from service.extraction.pipeline import ExtractionJob, Extractor, load_speaker_ranker
    from service.extraction.tokenization import tokenize
    from service.settings import Settings

    import_seconds = time.perf_counter() - started
    settings = Settings(torch_threads=args.torch_threads)
    started = time.perf_counter()
    default = Extractor.from_settings(settings)
    load_seconds = time.perf_counter() - started
    default_tagger = default.tagger
    assert isinstance(default_tagger, StanzaTagger), "the benchmark measures the shipped Stanza model"
    extractors = {default_tagger.precision: default}
    for precision in PRECISIONS:
        if precision not in extractors:
            tagger = StanzaTagger.from_settings(settings.model_copy(update={"ner_precision": precision}))
            extractors[precision] = Extractor(default.rules, tagger, default.tokenizer, default.known_names,
                                              default.quote_scorer)

    texts = load_articles(args.articles)
    pretokenized = []
    for text in texts:
        document = Document(text)
        tokenize(document, default.tokenizer, default.glue_pattern)
        pretokenized.append([[token.text for token in group] for group in sentence_token_groups(document)])
    tokens = [sum(len(sentence) for sentence in article) for article in pretokenized]
    token_count = sum(tokens)

    for extractor in extractors.values():
        extractor.extract(texts[0])  # warm-up
    ner: dict[str, list[float]] = {precision: [] for precision in PRECISIONS}
    full: dict[str, list[float]] = {precision: [] for precision in PRECISIONS}
    ner_totals: dict[str, list[float]] = {precision: [] for precision in PRECISIONS}
    for repeat in range(args.repeats):
        totals = dict.fromkeys(PRECISIONS, 0.0)
        for number, (text, sentences) in enumerate(zip(texts, pretokenized, strict=True)):
            order = PRECISIONS if (number + repeat) % 2 == 0 else tuple(reversed(PRECISIONS))
            for precision in order:
                extractor = extractors[precision]
                ner_seconds = seconds_of(lambda: extractor.tagger.tag_sentences(sentences))  # noqa: B023
                full_seconds = seconds_of(lambda: extractor.extract(text))  # noqa: B023
                ner[precision].append(ner_seconds)
                full[precision].append(full_seconds)
                totals[precision] += ner_seconds
        for precision in PRECISIONS:
            ner_totals[precision].append(totals[precision])

    # one at a time vs batched, per group of articles as `kutip extract` forms them
    groups = [texts[start:start + GROUP_DOCUMENTS] for start in range(0, len(texts), GROUP_DOCUMENTS)]
    alone_totals, batched_totals, group_ratios, cpu_ratios = [], [], [], []
    for repeat in range(args.repeats):
        alone_total = batched_total = 0.0
        for number, group in enumerate(groups):
            def one_at_a_time(group: list[str] = group) -> None:
                for text in group:
                    default.extract(text)

            def together(group: list[str] = group) -> None:
                default.extract_many([ExtractionJob(text) for text in group])

            if (number + repeat) % 2 == 0:
                (alone_seconds, alone_cpu), (batched_seconds, batched_cpu) = timed(one_at_a_time), timed(together)
            else:
                (batched_seconds, batched_cpu), (alone_seconds, alone_cpu) = timed(together), timed(one_at_a_time)
            alone_total += alone_seconds
            batched_total += batched_seconds
            group_ratios.append(alone_seconds / batched_seconds)
            cpu_ratios.append(alone_cpu / batched_cpu)
        alone_totals.append(alone_total)
        batched_totals.append(batched_total)

    precision = default_tagger.precision
    print(f"articles {len(texts)}, tokens {token_count}, repeats {args.repeats}, "
          f"torch threads {torch.get_num_threads()}, default precision {precision}")
    print(f"import (torch, stanza, spacy) {import_seconds:.2f} s; model + rules load {load_seconds:.2f} s "
          f"(NER model alone {default_tagger.load_seconds:.2f} s)")
    for name in PRECISIONS:
        seconds = median(ner_totals[name])
        print(f"NER only {name}: median {seconds:.2f} s -> {token_count / seconds:,.0f} tokens/s")
    speed_ups = [fp32 / int8 for fp32, int8 in zip(ner["fp32"], ner["int8"], strict=True)]
    print(f"speed-up int8/fp32: {median(speed_ups):.2f} (median of per-article ratios)")
    for name in PRECISIONS:
        ratios = [whole / part for whole, part in zip(full[name], ner[name], strict=True)]
        marker = " (default)" if name == precision else ""
        print(f"full / NER-only {name}{marker}: {median(ratios):.2f} (median of per-article ratios)")
    alone, batched = median(alone_totals), median(batched_totals)
    print(f"full extraction, one document at a time: median {alone:.2f} s -> {token_count / alone:,.0f} tokens/s")
    print(f"full extraction, batched ({GROUP_DOCUMENTS} documents a group): median {batched:.2f} s -> "
          f"{token_count / batched:,.0f} tokens/s")
    print(f"batched / one at a time speed-up: {median(group_ratios):.2f} (median of per-group ratios, "
          f"{len(groups)} groups x {args.repeats})")
    print(f"batched / one at a time speed-up in CPU time: {median(cpu_ratios):.2f} (median of per-group ratios)")

    # rules' ranker vs trained ranker, the same tagger, rules and confidence model
    started = time.perf_counter()
    trained_ranker = load_speaker_ranker(settings.model_copy(update={"speaker_ranker": "trained"}))
    ranker_load_seconds = time.perf_counter() - started
    rankers = {"rules": default if default.speaker_ranker.version == "rules" else
               Extractor(default.rules, default.tagger, default.tokenizer, default.known_names, default.quote_scorer),
               "trained": Extractor(default.rules, default.tagger, default.tokenizer, default.known_names,
                                    default.quote_scorer, trained_ranker)}
    rankers["trained"].extract(texts[0])  # warm-up
    by_ranker: dict[str, list[float]] = {name: [] for name in rankers}
    for repeat in range(args.repeats):
        for number, text in enumerate(texts):
            order = tuple(rankers) if (number + repeat) % 2 == 0 else tuple(reversed(tuple(rankers)))
            for name in order:
                by_ranker[name].append(seconds_of(lambda: rankers[name].extract(text)))  # noqa: B023
    ranker_ratios = [trained / rules for trained, rules in zip(by_ranker["trained"], by_ranker["rules"], strict=True)]
    rules_ms, trained_ms = median(by_ranker["rules"]) * 1000, median(by_ranker["trained"]) * 1000
    print(f"trained speaker ranker load {ranker_load_seconds * 1000:.1f} ms; full extraction trained / rules ranker: "
          f"{median(ranker_ratios):.3f} (median of per-article ratios; medians per article: rules {rules_ms:.0f} ms, "
          f"trained {trained_ms:.0f} ms)")
    print(f"peak RSS {peak_rss_mb():.0f} MB (both taggers loaded)")


if __name__ == "__main__":
    main()
