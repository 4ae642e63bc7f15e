"""Read the public Indonesian NER corpora (token<TAB>label files) and map them to one label set.

The corpora disagree on label names (PERSON / PPL, PLACE / PLC / LOCATION, ...); kutip's
model predicts PER, ORG and LOC only, because those are the entities the quote attribution
layer needs. `kutip eval-ner` scores the model on them and training/ trains on them, so the
reader lives here, below both.
"""

from __future__ import annotations

from pathlib import Path

Token = tuple[str, str]
Sentence = list[Token]

LABEL_MAP: dict[str, str] = {
    # IndoNLU NERGrit
    "PERSON": "PER",
    "PLACE": "LOC",
    "ORGANISATION": "ORG",
    # IndoNLU NERP (EVT and FNB have no counterpart and become O)
    "PPL": "PER",
    "PLC": "LOC",
    "IND": "ORG",
    # IndoLEM NER-UI / NER-UGM
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    # already mapped
    "PER": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
}


def map_label(label: str) -> str:
    """Map a corpus BIO label to B-/I-PER, ORG, LOC or O."""
    if label in ("", "O") or "-" not in label:
        return "O"
    prefix, _, kind = label.partition("-")
    mapped = LABEL_MAP.get(kind)
    if mapped is None or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{mapped}"


def repair_bio(labels: list[str]) -> list[str]:
    """Turn an I- that does not continue an entity of its kind into a B-."""
    repaired: list[str] = []
    previous = "O"
    for label in labels:
        if label.startswith("I-") and previous[2:] != label[2:]:
            label = "B-" + label[2:]
        repaired.append(label)
        previous = label
    return repaired


def read_bio(path: Path) -> list[Sentence]:
    """Read a token<TAB>label file with blank lines between sentences."""
    sentences: list[Sentence] = []
    current: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                parts = line.split()
            word = parts[0].strip()
            label = parts[-1].strip() if len(parts) > 1 else "O"
            if not word:
                continue
            current.append((word, map_label(label)))
    if current:
        sentences.append(current)
    fixed: list[Sentence] = []
    for sentence in sentences:
        labels = repair_bio([label for _, label in sentence])
        fixed.append([(word, label) for (word, _), label in zip(sentence, labels, strict=True)])
    return fixed
