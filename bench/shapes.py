"""Adversarial input shapes for the linear-time checks (tests/test_limits.py, bench/bench_shapes.py).

Each shape builds a text of about `size` characters. Doubling `size` must at most about
double the extraction time: every stage is meant to be linear (or n log n) in its input.
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


SHAPES: dict[str, Callable[[int], str]] = {
    "punctuation_run": lambda size: _repeat("!", size),
    "quote_mark_bomb": lambda size: "\u201c" * (size // 2) + " kata Joko " + '"' * (size // 2),
    "one_long_token": lambda size: _repeat("a", size),
    "many_names": lambda size: _repeat("Budi Santoso, Siti Rahma, ", size),
    "one_word_sentences": lambda size: _repeat("Ya. ", size),
    "one_giant_sentence_of_cues": lambda size: _repeat("kata Budi Santoso, ", size),
    "alternating_quote_marks": lambda size: _repeat("\u201ca\u201d \"b\" ", size),
    "deep_parentheses": lambda size: "(" * (size // 2) + ")" * (size // 2),
    "mixed_scripts_and_combining_marks":
        lambda size: _repeat("e\u0301 \u0627\u0644\u0639 \u4e2d\u6587 Zo\u0308e. ", size),
    "news_like": lambda size: _repeat("\u201cKami siap bekerja sama,\u201d kata Budi Santoso. Ia mengatakan bahwa "
                                      "harga beras akan turun pekan depan. Menurut Siti Rahma, stok aman. ", size),
}
