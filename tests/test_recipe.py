"""The training recipe's plumbing (training/recipe.py), on tiny inputs written here; no training."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from training import recipe


def test_run_until_stops_runs_at_the_deadline(tmp_path: Path) -> None:
    sleeper = [sys.executable, "-c", "import time; print('started', flush=True); time.sleep(60)"]
    started = time.monotonic()
    recipe.run_until([(sleeper, tmp_path / "a.log"), (sleeper, tmp_path / "b.log")], minutes=0.05)
    assert time.monotonic() - started < 30
    assert (tmp_path / "a.log").read_text().startswith("started")


def test_run_until_reports_a_failed_run(tmp_path: Path) -> None:
    failing = [sys.executable, "-c", "raise SystemExit(3)"]
    with pytest.raises(SystemExit, match="failed"):
        recipe.run_until([(failing, tmp_path / "fail.log")], minutes=None)


def test_charlm_text_is_cased_split_and_free_of_held_out_sentences(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    (shared / "data" / "text").mkdir(parents=True)
    (shared / "data" / "ner" / "indonlu-nergrit").mkdir(parents=True)
    raw = [f"Kalimat nomor {index} dari Jakarta ." for index in range(10)] + ["Joko datang ."]
    (shared / "data" / "text" / "indonesian_text.txt").write_text("\n".join(raw) + "\n", encoding="utf-8")
    (shared / "data" / "ner" / "indonlu-nergrit" / "valid.txt").write_text(
        "Joko\tB-PERSON\ndatang\tO\n.\tO\n", encoding="utf-8")
    monkeypatch.setattr(recipe, "CHARLM_TEXT_DIR", tmp_path / "charlm")

    recipe.prepare_charlm_text(shared, exclude_held_out=True, dev_every=5)

    train = (tmp_path / "charlm" / "train" / "text.txt").read_text(encoding="utf-8").splitlines()
    dev = (tmp_path / "charlm" / "dev.txt").read_text(encoding="utf-8").splitlines()
    assert dev == ["Kalimat nomor 0 dari Jakarta .", "Kalimat nomor 5 dari Jakarta ."]
    assert len(train) == 8 and "Joko datang ." not in train + dev
    assert all(line.startswith("Kalimat") for line in train)  # case kept


@pytest.mark.parametrize("charlm", [None, "charlm"])
def test_ner_train_command_uses_both_character_lms_or_none(charlm: str | None) -> None:
    command = recipe.ner_train_command(10, 5, charlm_dir=Path(charlm) if charlm else None, seed=7, gpu=True)
    assert command[command.index("--seed") + 1] == "7" and "--cuda" in command
    if charlm is None:
        assert "--charlm" not in command
    else:
        forward = command[command.index("--charlm_forward_file") + 1]
        backward = command[command.index("--charlm_backward_file") + 1]
        assert Path(forward).name == recipe.CHARLM_FILES["forward"]
        assert Path(backward).name == recipe.CHARLM_FILES["backward"]


def test_mentions_are_replaced_by_mentions_of_the_same_type() -> None:
    import random

    from service.extraction.entity_repairs import tag_spans
    from training.corpora import replace_mentions

    def mentions_of(sentence: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
        return tag_spans([label for _, label in sentence])

    sentences = [
        [("Joko", "B-PER"), ("Widodo", "I-PER"), ("ke", "O"), ("Bandung", "B-LOC")],
        [("Kata", "O"), ("Ani", "B-PER"), ("di", "O"), ("KPK", "B-ORG")],
        [("Hujan", "O"), ("turun", "O")],
    ]
    assert mentions_of(sentences[0]) == [(0, 2, "PER"), (3, 4, "LOC")]
    replaced = replace_mentions(sentences, random.Random(1))
    assert replaced[2] == sentences[2]
    for original, new in zip(sentences, replaced, strict=True):
        assert [kind for _, _, kind in mentions_of(new)] == [kind for _, _, kind in mentions_of(original)]
        assert [word for word, label in new if label == "O"] == [word for word, label in original if label == "O"]
    people = {" ".join(word for word, _ in sentence[start:end])
              for sentence in replaced for start, end, kind in mentions_of(sentence) if kind == "PER"}
    assert people <= {"Joko Widodo", "Ani"}
