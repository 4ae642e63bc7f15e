"""The reproducible recipe for kutip's Indonesian Stanza NER model.

Steps (each can be run alone; `all` runs them in order):
  prepare  corpora -> Stanza JSON train/dev files (PER/ORG/LOC), NERP truecased and lowercased
  vectors  gensim FastText skip-gram vectors, lowercased (Stanza lowercases before lookup)
  pretrain vectors pruned to a vocabulary -> Stanza Pretrain (.pt)
  train    python -m stanza.models.ner_tagger --mode train
  ship     copy the best model and pretrain into models/ner/
  overlap  (check, not in `all`) evaluation sentences that occur in the raw text

Usage: python -m training.recipe all [--steps N] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from training.corpora import (
    HELD_OUT_FILES,
    CaseModel,
    Sentence,
    held_out_sentences,
    held_out_sentences_of,
    read_bio,
    read_text_lines,
    without_held_out,
)

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "training" / "work"
SHIP_DIR = ROOT / "models" / "ner"
MODEL_NAME = "id_kutip_nertagger.pt"
PRETRAIN_NAME = "id_kutip_pretrain.pt"
SEED = 1234


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def to_stanza_document(sentences: list[Sentence]) -> list[list[dict[str, object]]]:
    return [
        [{"id": index + 1, "text": word, "ner": label} for index, (word, label) in enumerate(sentence)]
        for sentence in sentences
    ]


def write_bio(path: Path, sentences: list[Sentence]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for sentence in sentences:
            for word, label in sentence:
                handle.write(f"{word}\t{label}\n")
            handle.write("\n")


def raw_text_lines(shared: Path, exclude_held_out: bool) -> list[list[str]]:
    """The raw text for case statistics and vectors, optionally without evaluation sentences."""
    lines = read_text_lines(shared / "data" / "text" / "indonesian_text.txt")
    if exclude_held_out:
        return list(without_held_out(lines, held_out_sentences(shared / "data" / "ner")))
    return list(lines)


def report_overlap(shared: Path) -> None:
    """How many sentences of each evaluation set occur (lowercased) in the raw text."""
    raw = {" ".join(words).lower() for words in read_text_lines(shared / "data" / "text" / "indonesian_text.txt")}
    for name in HELD_OUT_FILES:
        path = shared / "data" / "ner" / name
        if path.exists():
            sentences = held_out_sentences_of(path)
            log(f"{name}: {sum(sentence in raw for sentence in sentences)} of {len(sentences)} sentences "
                "occur in indonesian_text.txt")


def prepare(shared: Path, lowercase_share: float, nerp_case: str, nerp_dev: int = 0,
            truecase_context: bool = False, exclude_held_out: bool = False) -> None:
    """Build the training mix.

    NERGrit is the only cased training corpus, so it is used twice. NERP is lowercased by
    IndoNLU: one copy is truecased with case statistics from cased text (so it teaches
    what names look like in news), and a sample stays lowercase (so the model does not
    depend entirely on capitals). The dev split (model selection only) is a tenth of
    NERGrit train, plus `nerp_dev` held-out NERP sentences if asked. The defaults reproduce
    the shipped model; `--nerp-dev 400 --truecase-context` is the variant measured in
    MODEL_CARD.md (not better on the NERGrit dev split, so not shipped).
    """
    ner = shared / "data" / "ner"
    WORK.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)

    nergrit = read_bio(ner / "indonlu-nergrit" / "train.txt")
    rng.shuffle(nergrit)
    dev_size = len(nergrit) // 10
    nergrit_dev, nergrit_train = nergrit[:dev_size], nergrit[dev_size:]
    nerp = read_bio(ner / "indonlu-nerp" / "train.txt")
    nerp_dev_sentences: list[Sentence] = []
    if nerp_dev:
        rng.shuffle(nerp)
        nerp_dev_sentences, nerp = nerp[:nerp_dev], nerp[nerp_dev:]

    log("learning case statistics from cased text")
    cased_lines = raw_text_lines(shared, exclude_held_out)
    cased_lines.extend([word for word, _ in sentence] for sentence in nergrit_train)
    case_model = CaseModel.learn(cased_lines)
    nerp_truecased = [case_model.truecase(sentence, truecase_context) for sentence in nerp]
    nerp_dev_cased = [case_model.truecase(sentence, truecase_context) for sentence in nerp_dev_sentences]
    if nerp_case == "truecase":
        nerp_mix = nerp_truecased + [sentence for sentence in nerp if rng.random() < lowercase_share]
    else:  # NERP as IndoNLU ships it, lowercased
        nerp_mix = list(nerp)
    train = nergrit_train + nergrit_train + nerp_mix
    rng.shuffle(train)
    dev = nergrit_dev + (nerp_dev_cased if nerp_case == "truecase" else nerp_dev_sentences)
    (WORK / "train.json").write_text(json.dumps(to_stanza_document(train), ensure_ascii=False))
    (WORK / "dev.json").write_text(json.dumps(to_stanza_document(dev), ensure_ascii=False))
    write_bio(WORK / "dev.bio", dev)  # for `kutip eval-ner training/work/dev.bio`: model choice
    write_bio(WORK / "nerp_truecased_sample.bio", nerp_truecased[:200])
    log(f"train sentences {len(train)} (nergrit {len(nergrit_train)} x2, nerp {nerp_case} {len(nerp_mix)}); "
        f"dev {len(dev)}")


def train_vectors(shared: Path, dimensions: int, epochs: int, exclude_held_out: bool = False) -> None:
    """Lowercased FastText skip-gram vectors from the raw text plus the training words."""
    from gensim.models import FastText

    lines = [[word.lower() for word in words] for words in raw_text_lines(shared, exclude_held_out)]
    train = json.loads((WORK / "train.json").read_text())
    lines.extend([token["text"].lower() for token in sentence] for sentence in train)
    log(f"training FastText on {len(lines)} lines")
    model = FastText(vector_size=dimensions, window=5, min_count=2, sg=1, epochs=epochs,
                     workers=2, seed=SEED)
    model.build_vocab(corpus_iterable=lines)
    model.train(corpus_iterable=lines, total_examples=len(lines), epochs=epochs)
    model.wv.save(str(WORK / "fasttext.kv"))
    log(f"vectors: {len(model.wv.index_to_key)} words")


def build_pretrain(max_vocab: int) -> None:
    """Write the most frequent words' vectors as text, then convert to a Stanza Pretrain.

    The vocabulary is pruned to `max_vocab` words so that the shipped files stay small;
    the FastText model is used (not just its vocabulary) so that every training word
    gets a subword-informed vector even when rare.
    """
    from gensim.models import KeyedVectors
    from stanza.models.common.pretrain import Pretrain

    vectors = KeyedVectors.load(str(WORK / "fasttext.kv"))
    words = vectors.index_to_key[:max_vocab]
    text_path = WORK / "vectors.txt"
    with text_path.open("w", encoding="utf-8") as handle:
        handle.write(f"{len(words)} {vectors.vector_size}\n")
        for word in words:
            if " " in word:
                continue
            values = " ".join(f"{value:.5f}" for value in vectors[word])
            handle.write(f"{word} {values}\n")
    pretrain_path = WORK / PRETRAIN_NAME
    if pretrain_path.exists():
        pretrain_path.unlink()
    pretrain = Pretrain(str(pretrain_path), str(text_path), max_vocab=-1)
    pretrain.load()
    log(f"pretrain: {len(pretrain.vocab)} words -> {pretrain_path}")


def train_model(steps: int, eval_interval: int, continue_from: Path | None = None,
                learning_rate: float = 0.002, char_hidden_dim: int = 50,
                run_dir: Path = WORK / "model") -> None:
    """Stanza's NER trainer; `continue_from` resumes from a saved model (new optimiser state)."""
    command = [
        sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train",
        "--shorthand", "id_kutip",
        "--train_file", str(WORK / "train.json"), "--eval_file", str(WORK / "dev.json"),
        "--wordvec_pretrain_file", str(WORK / PRETRAIN_NAME),
        "--save_dir", str(run_dir), "--save_name", MODEL_NAME,
        "--optim", "adam", "--lr", str(learning_rate),
        "--char_hidden_dim", str(char_hidden_dim), "--char_emb_dim", "50",
        "--max_steps", str(steps), "--eval_interval", str(eval_interval),
        "--max_steps_no_improve", str(max(steps, 2500)),
        "--batch_size", "32", "--seed", str(SEED), "--cpu",
    ]
    if continue_from is not None:
        command += ["--finetune", "--finetune_load_name", str(continue_from)]
    log("running " + " ".join(command))
    subprocess.run(command, check=True, cwd=ROOT)


def ship(run_dir: Path) -> None:
    SHIP_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copy(run_dir / MODEL_NAME, SHIP_DIR / MODEL_NAME)
    shutil.copy(WORK / PRETRAIN_NAME, SHIP_DIR / PRETRAIN_NAME)
    log(f"shipped to {SHIP_DIR}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["prepare", "vectors", "pretrain", "train", "ship", "all", "overlap"])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--steps", type=int, default=1000, help="training steps (the shipped model: 1000)")
    parser.add_argument("--eval-interval", type=int, default=500)
    parser.add_argument("--dimensions", type=int, default=100)
    parser.add_argument("--vector-epochs", type=int, default=5)
    parser.add_argument("--max-vocab", type=int, default=60000)
    parser.add_argument("--lowercase-share", type=float, default=0.3,
                        help="with --nerp-case truecase: share of NERP also kept lowercase")
    parser.add_argument("--lr", type=float, default=0.002, help="Adam learning rate")
    parser.add_argument("--continue-from", type=Path, default=None,
                        help="train step: resume from this saved model instead of starting afresh")
    parser.add_argument("--exclude-held-out", action="store_true",
                        help="drop the evaluation sentences from the raw text (the shipped model's "
                             "vectors were learnt with them in; see MODEL_CARD.md)")
    parser.add_argument("--truecase-context", action="store_true",
                        help="capitalise words before capitalised words as cased text does (titles)")
    parser.add_argument("--nerp-dev", type=int, default=0,
                        help="held-out NERP sentences added to the dev split")
    parser.add_argument("--char-hidden-dim", type=int, default=50,
                        help="character LSTM size of the tagger")
    parser.add_argument("--run-dir", type=Path, default=WORK / "model",
                        help="where the train step saves the model and ship takes it from")
    parser.add_argument("--nerp-case", choices=["truecase", "lowercase"], default="truecase",
                        help="how NERP (lowercased by IndoNLU) enters the mix; see MODEL_CARD.md")
    args = parser.parse_args(argv)
    steps = [args.step] if args.step != "all" else ["prepare", "vectors", "pretrain", "train", "ship"]
    for step in steps:
        log(f"step {step}")
        if step == "overlap":
            report_overlap(args.shared)
        elif step == "prepare":
            prepare(args.shared, args.lowercase_share, args.nerp_case, args.nerp_dev, args.truecase_context,
                    args.exclude_held_out)
        elif step == "vectors":
            train_vectors(args.shared, args.dimensions, args.vector_epochs, args.exclude_held_out)
        elif step == "pretrain":
            build_pretrain(args.max_vocab)
        elif step == "train":
            train_model(args.steps, args.eval_interval, args.continue_from, args.lr,
                        args.char_hidden_dim, args.run_dir)
        elif step == "ship":
            ship(args.run_dir)


if __name__ == "__main__":
    main()
