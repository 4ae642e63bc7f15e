"""Read the public Indonesian NER corpora and map them to one label set.

The corpora disagree on label names (PERSON / PPL, PLACE / PLC / LOCATION, ...);
kutip's model predicts PER, ORG and LOC only, because those are the entities the
quote attribution layer needs (speakers, institutions, places that are not speakers).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from service.evaluation.corpora import LABEL_MAP, Sentence, Token, map_label, read_bio, repair_bio
from service.extraction.entity_repairs import tag_spans

__all__ = ["LABEL_MAP", "Sentence", "Token", "map_label", "read_bio", "repair_bio"]


class CaseModel:
    """Most frequent surface form of each lowercased word, learnt from cased text.

    NERP is lowercased by IndoNLU; restoring the usual casing lets it teach the model
    what capitalised names look like instead of teaching it to ignore capitals. Case
    also depends on the next word: a title before a name is capitalised ("Presiden Joko
    Widodo", "Menteri Keuangan Sri Mulyani") though the same noun is lowercase elsewhere,
    and a model that never sees capitalised titles outside names learns to swallow them
    into the PER span. So a second table counts forms seen right before a capitalised word.
    """

    MIN_CONTEXT_COUNT = 5

    def __init__(self, counts: dict[str, Counter[str]],
                 before_capital: dict[str, Counter[str]] | None = None) -> None:
        self.counts = counts
        self.before_capital = before_capital or {}

    @classmethod
    def learn(cls, sentences: Iterable[list[str]]) -> CaseModel:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        before_capital: dict[str, Counter[str]] = defaultdict(Counter)
        for words in sentences:
            if not any(word[:1].isupper() for word in words[1:]):
                continue  # a lowercased line (IndoNLU lowercases some corpora) says nothing of case
            # the first word of a sentence is capitalised by convention, not by identity
            for index in range(1, len(words)):
                word = words[index]
                if not any(character.isalpha() for character in word):
                    continue
                counts[word.lower()][word] += 1
                following = words[index + 1] if index + 1 < len(words) else ""
                if following[:1].isupper():
                    before_capital[word.lower()][word] += 1
        return cls(counts, before_capital)

    def restore(self, word: str, in_entity: bool, sentence_initial: bool,
                before_capital: bool = False) -> str:
        forms = self.counts.get(word.lower())
        context_forms = self.before_capital.get(word.lower()) if before_capital else None
        if not in_entity and context_forms and sum(context_forms.values()) >= self.MIN_CONTEXT_COUNT:
            forms = context_forms
        lower_share = 0.0
        total = 0
        if forms:
            total = sum(forms.values())
            lower_share = forms.get(word.lower(), 0) / total
        if in_entity:
            if forms and lower_share >= 0.95 and total >= 20:
                best = word.lower()  # function words inside names: "Bank of", "dan"
            elif forms and forms.most_common(1)[0][0].isupper():
                best = forms.most_common(1)[0][0]  # acronyms: KPK, NATO
            else:
                best = word[:1].upper() + word[1:].lower()
        elif forms:
            best, best_count = forms.most_common(1)[0]
            if best_count / total < 0.5:
                best = word.lower()
        else:
            best = word
        if sentence_initial:
            best = best[:1].upper() + best[1:]
        return best

    def truecase(self, sentence: Sentence, use_context: bool = False) -> Sentence:
        """Restore right to left, so that each word can see whether the next one is capitalised."""
        restored: list[str] = [""] * len(sentence)
        for index in range(len(sentence) - 1, -1, -1):
            word, label = sentence[index]
            following = restored[index + 1] if index + 1 < len(sentence) else ""
            before_capital = use_context and following[:1].isupper()
            restored[index] = self.restore(word, label != "O", index == 0, before_capital)
        return [(form, label) for form, (_, label) in zip(restored, sentence, strict=True)]


HELD_OUT_FILES = ("indonlu-nergrit/valid.txt", "indonlu-nerp/valid.txt",
                  "indolem-nerui/test.tsv", "indolem-nerugm/test.tsv")


def held_out_sentences_of(path: Path) -> list[str]:
    """Lowercased, space-joined words of each sentence of one BIO file."""
    return [" ".join(word for word, _ in sentence).lower() for sentence in read_bio(path)]


def held_out_sentences(ner_dir: Path) -> set[str]:
    """The sentences of every evaluation set that exists under ner_dir."""
    sentences: set[str] = set()
    for name in HELD_OUT_FILES:
        path = ner_dir / name
        if path.exists():
            sentences.update(held_out_sentences_of(path))
    return sentences


def without_held_out(lines: Iterable[list[str]], held_out: set[str]) -> Iterator[list[str]]:
    """Raw-text lines minus the evaluation sentences (the IndoNLU text columns include them)."""
    for words in lines:
        if " ".join(words).lower() not in held_out:
            yield words


def read_text_lines(path: Path, limit: int | None = None) -> Iterator[list[str]]:
    """Whitespace-tokenised lines of the raw text corpus."""
    with path.open(encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            words = line.split()
            if words:
                yield words


def replace_mentions(sentences: list[Sentence], rng: random.Random) -> list[Sentence]:
    """Copies of the sentences with every mention swapped for another of its type.

    Mention replacement (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named
    Entity Recognition") shows the tagger more names in the same contexts, so it leans on
    context rather than on remembering the few hundred names of a small corpus.
    """
    mentions = [tag_spans([label for _, label in sentence]) for sentence in sentences]
    pool: dict[str, list[list[str]]] = {}
    for sentence, spans in zip(sentences, mentions, strict=True):
        for start, end, kind in spans:
            pool.setdefault(kind, []).append([word for word, _ in sentence[start:end]])
    replaced: list[Sentence] = []
    for sentence, spans in zip(sentences, mentions, strict=True):
        new: Sentence = []
        position = 0
        for start, end, kind in spans:
            new.extend(sentence[position:start])
            words = rng.choice(pool[kind])
            new.extend((word, ("B-" if offset == 0 else "I-") + kind) for offset, word in enumerate(words))
            position = end
        new.extend(sentence[position:])
        replaced.append(new)
    return replaced
