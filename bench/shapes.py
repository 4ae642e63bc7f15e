"""Adversarial input shapes for the linear-time checks (tests/test_limits.py, bench/bench_shapes.py).

Each shape builds a text of about `size` characters. Doubling `size` must at most about
double the extraction time: every stage is meant to be linear (or n log n) in its input.
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


NAMES = ("Budi Santoso", "Siti Rahma", "Andi Wijaya", "Rina Marlina", "Hendra Gunawan", "Dewi Lestari")
PLACES = ("Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang")
TOPICS = ("harga beras", "stok pupuk", "tarif listrik", "anggaran desa", "jalan tol", "bantuan sosial")


def varied_news(size: int) -> str:
    """News-like text whose sentences differ (numbers, names, places, topics rotate), as in a
    real article: no two sentences are the same word for word."""
    sentences: list[str] = []
    length = 0
    number = 0
    while length < size:
        name, place = NAMES[number % len(NAMES)], PLACES[(number // 2) % len(PLACES)]
        topic = TOPICS[(number // 3) % len(TOPICS)]
        sentence = (f"“Kami akan memeriksa {topic} di {place} pekan ke-{number},” kata {name}. "
                    f"Ia mengatakan bahwa {topic} naik {number % 17 + 2} persen sejak bulan {number % 12 + 1}. ")
        sentences.append(sentence)
        length += len(sentence)
        number += 1
    return "".join(sentences)


SHAPES: dict[str, Callable[[int], str]] = {
    "punctuation_run": lambda size: _repeat("!", size),
    "quote_mark_bomb": lambda size: "\u201c" * (size // 2) + " kata Joko " + '"' * (size // 2),
    "one_long_token": lambda size: _repeat("a", size),
    "many_names": lambda size: _repeat("Budi Santoso, Siti Rahma, ", size),
    "one_word_sentences": lambda size: _repeat("Ya. ", size),
    "one_giant_sentence_of_cues": lambda size: _repeat("kata Budi Santoso, ", size),
    # offices read back to the sentence start for a subject (issue 21's connectives before an office)
    "one_giant_sentence_of_offices": lambda size: _repeat("Namun Menteri Budi Santoso menilai ", size),
    # one name written again and again after its office: each mention asked where else the article
    # writes the name without the office, and whether each writing overlaps an entity (the brackets
    # are tests/markup.py's: the limits test tags the name PER; bench_shapes reads them as text)
    "one_name_after_its_office": lambda size: _repeat("[Dirlantas Febrie Ardiansyah|PER] hadir. ", size),
    "alternating_quote_marks": lambda size: _repeat("\u201ca\u201d \"b\" ", size),
    "deep_parentheses": lambda size: "(" * (size // 2) + ")" * (size // 2),
    "mixed_scripts_and_combining_marks":
        lambda size: _repeat("e\u0301 \u0627\u0644\u0639 \u4e2d\u6587 Zo\u0308e. ", size),
    "varied_news": varied_news,
    "glued_words_and_sentence_ends": lambda size: _repeat("Duta Besar AustriaKlaus Woelfer (KemenkesRI) RISetya "
                                                          "McGregor tahun ini.\u201cSebab (DNA).\"Test TV.Manajer "
                                                          "itu.\"Ia ", size),
    "news_like": lambda size: _repeat("\u201cKami siap bekerja sama,\u201d kata Budi Santoso. Ia mengatakan bahwa "
                                      "harga beras akan turun pekan depan. Menurut Siti Rahma, stok aman. ", size),
}
