"""What character LMs of each size would cost the CPU tagger, before training any.

Times forward + backward Stanza character LMs (untrained weights: the cost does not depend
on them) over the words of the benchmark articles, per hidden size, next to the shipped
tagger on the same words. Prints medians and the ratio to the shipped tagger. Usage:
    python bench/bench_charlm_size.py [--articles 60] [--repeats 3] [--sizes 128 256 512 1024]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import load_articles, median  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[128, 256, 512, 1024])
    args = parser.parse_args()

    from stanza.models.common.char_model import CharacterLanguageModel
    from stanza.models.common.vocab import CharVocab

    from service.extraction.ner import EntityTagger, sentence_token_groups
    from service.extraction.pipeline import Extractor
    from service.settings import Settings

    extractor = Extractor.from_settings(Settings())
    tagger: EntityTagger = extractor.tagger
    articles = []
    for text in load_articles(args.articles):
        document = extractor.analyse(text)
        articles.append([[token.text for token in group] for group in sentence_token_groups(document)])
    tokens = sum(len(sentence) for article in articles for sentence in article)
    # CharVocab counts the characters of field 0 of each word entry
    vocab = {"char": CharVocab([[[word] for sentence in article for word in sentence] for article in articles])}

    def per_article(run: Callable[[list[list[str]]], object]) -> float:
        times = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            for article in articles:
                run(article)
            times.append(time.perf_counter() - started)
        return median(times)

    shipped = per_article(tagger.tag_sentences)
    print(f"articles {len(articles)}, tokens {tokens}, repeats {args.repeats}")
    print(f"shipped tagger:        {tokens / shipped:8,.0f} tokens/s")
    for size in args.sizes:
        options = {"char_emb_dim": 100, "char_hidden_dim": size, "char_num_layers": 1, "char_dropout": 0.0,
                   "char_rec_dropout": 0.0, "char_unit_dropout": 0.0}
        models = [CharacterLanguageModel(options, vocab, is_forward_lm=forward) for forward in (True, False)]
        for model in models:
            model.eval()

        def both_directions(article: list[list[str]], models: list[CharacterLanguageModel] = models) -> None:
            for model in models:
                model.build_char_representation(article)

        seconds = per_article(both_directions)
        print(f"char LMs, hidden {size:>4}: {tokens / seconds:8,.0f} tokens/s for the LMs alone "
              f"({seconds / shipped:.2f} x the shipped tagger's time)")


if __name__ == "__main__":
    main()
