"""(a) NER alone on pretokenized text, and (b) full extraction on the same articles.

Prints medians over repeated runs and the ratio full / NER-only. Usage:
    python bench/bench_ner.py [--articles 60] [--repeats 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import load_articles, median, peak_rss_mb  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    import torch

    from service.extraction.pipeline import Extractor
    from service.settings import Settings

    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    extractor = Extractor.from_settings(Settings())
    load_seconds = time.perf_counter() - started

    from service.extraction.document import Document
    from service.extraction.ner import StanzaTagger, sentence_token_groups
    from service.extraction.tokenization import tokenize

    texts = load_articles(args.articles)
    pretokenized = []
    for text in texts:
        document = Document(text)
        tokenize(document, extractor.tokenizer, extractor.glue_pattern)
        pretokenized.append([[token.text for token in group] for group in sentence_token_groups(document)])
    token_count = sum(len(sentence) for article in pretokenized for sentence in article)

    extractor.extract(texts[0])  # warm-up
    # each article is timed NER-only and then in full right away, so both sides of the ratio
    # see the same machine state (this VM's speed drifts by 10-20 % over minutes)
    ner_times, full_times, article_ratios = [], [], []
    for _ in range(args.repeats):
        ner_total = full_total = 0.0
        for text, sentences in zip(texts, pretokenized, strict=True):
            started = time.perf_counter()
            extractor.tagger.tag_sentences(sentences)
            ner_seconds = time.perf_counter() - started
            started = time.perf_counter()
            extractor.extract(text)
            full_seconds = time.perf_counter() - started
            ner_total += ner_seconds
            full_total += full_seconds
            article_ratios.append(full_seconds / ner_seconds)
        ner_times.append(ner_total)
        full_times.append(full_total)

    # the confidence stage alone, on each analysed article, as a share of its full extraction
    confidence_shares = []
    for text in texts:
        document = extractor.analyse(text)
        started = time.perf_counter()
        extractor.quote_scorer.score(document)
        scored = time.perf_counter() - started
        started = time.perf_counter()
        extractor.extract(text)
        confidence_shares.append(scored / (time.perf_counter() - started))

    ner, full = median(ner_times), median(full_times)
    tagger_load = extractor.tagger.load_seconds if isinstance(extractor.tagger, StanzaTagger) else 0.0
    print(f"articles {len(texts)}, tokens {token_count}, repeats {args.repeats}, "
          f"torch threads {torch.get_num_threads()}")
    print(f"import (torch, stanza, spacy) {import_seconds:.2f} s; model + rules load {load_seconds:.2f} s "
          f"(NER model alone {tagger_load:.2f} s)")
    print(f"(a) NER only:        median {ner:.2f} s  -> {token_count / ner:,.0f} tokens/s, "
          f"{len(texts) / ner:.1f} articles/s")
    print(f"(b) full extraction: median {full:.2f} s  -> {token_count / full:,.0f} tokens/s, "
          f"{len(texts) / full:.1f} articles/s")
    print(f"ratio full / NER-only: {full / ner:.2f} (median of per-article ratios {median(article_ratios):.2f})")
    print(f"confidence stage ({extractor.quote_scorer.version}) / full extraction: median of per-article "
          f"shares {100 * median(confidence_shares):.1f} %")
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
