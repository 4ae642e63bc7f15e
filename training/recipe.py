"""The reproducible recipe for kutip's Indonesian Stanza NER model.

Steps (each can be run alone; `all` runs them in order):
  prepare  corpora -> Stanza JSON train/dev files (PER/ORG/LOC), NERP truecased and lowercased
  vectors  gensim FastText skip-gram vectors, lowercased (Stanza lowercases before lookup)
  pretrain vectors pruned to a vocabulary -> Stanza Pretrain (.pt)
  charlm-text  cased raw text for the character language models (held-out sentences removed)
  charlm   forward and backward Stanza character LMs, side by side (optional; --charlm-dir)
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
import signal
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
    replace_mentions,
    without_held_out,
)

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "training" / "work"
SHIP_DIR = ROOT / "models" / "ner"
MODEL_NAME = "id_kutip_nertagger.pt"
PRETRAIN_NAME = "id_kutip_pretrain.pt"
SEED = 1234
CHARLM_TEXT_DIR = WORK / "charlm"
CHARLM_FILES = {"forward": "id_kutip_forward_charlm.pt", "backward": "id_kutip_backward_charlm.pt"}


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
    raw = {" ".join(words).lower() for words in raw_text_lines(shared, exclude_held_out=False)}
    for name in HELD_OUT_FILES:
        path = shared / "data" / "ner" / name
        if path.exists():
            sentences = held_out_sentences_of(path)
            log(f"{name}: {sum(sentence in raw for sentence in sentences)} of {len(sentences)} sentences "
                "occur in indonesian_text.txt")


def prepare(shared: Path, lowercase_share: float, nerp_case: str, nerp_dev: int = 0,
            truecase_context: bool = False, exclude_held_out: bool = False,
            mention_replacement: bool = False) -> None:
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
    # the only cased corpus, used twice; with mention replacement the second copy has new names
    second_copy = replace_mentions(nergrit_train, random.Random(SEED)) if mention_replacement else nergrit_train
    train = nergrit_train + second_copy + nerp_mix
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


def run_until(commands: list[tuple[list[str], Path]], minutes: float | None) -> None:
    """Run commands side by side, each logging to its file; stop them all at the deadline.

    Stanza's trainers save the best model whenever the dev score improves, so stopping at a
    deadline keeps the best model so far; this is how a run is fitted to a lent GPU's time.
    """
    processes = []
    for command, log_path in commands:
        log("running " + " ".join(command) + f"  (log: {log_path})")
        with log_path.open("w") as log_file:
            processes.append(subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT, cwd=ROOT))
    deadline = time.monotonic() + minutes * 60 if minutes else None
    while any(process.poll() is None for process in processes):
        if deadline is not None and time.monotonic() > deadline:
            log(f"deadline of {minutes} minutes reached: stopping")
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in processes:
                process.wait()
            return
        time.sleep(2)
    failed = [command for (command, _), process in zip(commands, processes, strict=True) if process.returncode != 0]
    if failed:
        raise SystemExit(f"failed: {failed}")


def prepare_charlm_text(shared: Path, exclude_held_out: bool, dev_every: int = 100) -> None:
    """Cased raw text for the character LMs; every `dev_every`-th line goes to the dev file.

    Unlike the word vectors, the character LMs keep case: capitals are the strongest
    character-level cue for names in cased news.
    """
    train_dir = CHARLM_TEXT_DIR / "train"
    train_dir.mkdir(parents=True, exist_ok=True)
    lines = raw_text_lines(shared, exclude_held_out)
    with (train_dir / "text.txt").open("w", encoding="utf-8") as train, \
            (CHARLM_TEXT_DIR / "dev.txt").open("w", encoding="utf-8") as dev:
        for index, words in enumerate(lines):
            (dev if index % dev_every == 0 else train).write(" ".join(words) + "\n")
    log(f"charlm text: {len(lines)} lines -> {CHARLM_TEXT_DIR} (held-out sentences removed: {exclude_held_out})")


def train_charlm(charlm_dir: Path, hidden_dim: int, emb_dim: int, epochs: int, minutes: float | None,
                 gpu: bool, eval_steps: int = 100) -> None:
    """Forward and backward character LMs (Stanza's trainer), run side by side."""
    charlm_dir.mkdir(parents=True, exist_ok=True)
    commands = []
    for direction, name in CHARLM_FILES.items():
        command = [
            sys.executable, "-m", "stanza.models.charlm", "--mode", "train",
            "--train_dir", str(CHARLM_TEXT_DIR / "train"), "--eval_file", str(CHARLM_TEXT_DIR / "dev.txt"),
            "--direction", direction, "--shorthand", "id_kutip",
            "--char_hidden_dim", str(hidden_dim), "--char_emb_dim", str(emb_dim),
            "--epochs", str(epochs), "--eval_steps", str(eval_steps),
            "--save_dir", str(charlm_dir), "--save_name", name, "--vocab_save_name", f"{direction}_vocab.pt",
            "--seed", str(SEED), "--cuda" if gpu else "--cpu",
        ]
        commands.append((command, charlm_dir / f"{direction}.log"))
    run_until(commands, minutes)
    check_charlm(charlm_dir)


def check_charlm(charlm_dir: Path) -> None:
    """Both LMs must load; a file cut by the deadline is replaced by the last checkpoint."""
    from stanza.models.common.char_model import CharacterLanguageModel

    for direction, name in CHARLM_FILES.items():
        path = charlm_dir / name
        try:
            CharacterLanguageModel.load(str(path))
        except Exception as error:  # noqa: BLE001 - any unreadable file gets the same fallback
            checkpoint = next(charlm_dir.glob(f"*{direction}*checkpoint*"), None)
            if checkpoint is None:
                raise SystemExit(f"{path} cannot be loaded ({error}) and there is no checkpoint") from error
            log(f"{path} cannot be loaded ({error}); using {checkpoint}")
            model = CharacterLanguageModel.load(str(checkpoint))
            model.save(str(path))
        log(f"{direction} charlm ok: {path}")


def ner_train_command(steps: int, eval_interval: int, continue_from: Path | None = None,
                      learning_rate: float = 0.002, char_hidden_dim: int = 50,
                      run_dir: Path = WORK / "model", charlm_dir: Path | None = None,
                      seed: int = SEED, gpu: bool = False) -> list[str]:
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
        "--batch_size", "32", "--seed", str(seed), "--cuda" if gpu else "--cpu",
    ]
    if charlm_dir is not None:
        command += ["--charlm", "--charlm_shorthand", "id_kutip",
                    "--charlm_forward_file", str(charlm_dir / CHARLM_FILES["forward"]),
                    "--charlm_backward_file", str(charlm_dir / CHARLM_FILES["backward"])]
    if continue_from is not None:
        command += ["--finetune", "--finetune_load_name", str(continue_from)]
    return command


def ship(run_dir: Path, charlm_dir: Path | None) -> None:
    SHIP_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copy(run_dir / MODEL_NAME, SHIP_DIR / MODEL_NAME)
    shutil.copy(WORK / PRETRAIN_NAME, SHIP_DIR / PRETRAIN_NAME)
    for name in CHARLM_FILES.values():
        if charlm_dir is not None:
            shutil.copy(charlm_dir / name, SHIP_DIR / name)
        elif (SHIP_DIR / name).exists():
            (SHIP_DIR / name).unlink()  # a model trained without them must not be served with them
    log(f"shipped to {SHIP_DIR}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["prepare", "vectors", "pretrain", "charlm-text", "charlm", "train", "ship",
                                         "all", "overlap"])
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
    parser.add_argument("--mention-replacement", action="store_true",
                        help="prepare: the second NERGrit copy gets every mention swapped for another "
                             "of its type (measured in MODEL_CARD.md)")
    parser.add_argument("--nerp-dev", type=int, default=0,
                        help="held-out NERP sentences added to the dev split")
    parser.add_argument("--char-hidden-dim", type=int, default=50,
                        help="character LSTM size of the tagger")
    parser.add_argument("--run-dir", type=Path, default=WORK / "model",
                        help="where the train step saves the model and ship takes it from")
    parser.add_argument("--charlm-dir", type=Path, default=None,
                        help="charlm step: where the LMs are saved; train/ship: use the LMs there "
                             "(default: no character LMs, the per-word character LSTM instead)")
    parser.add_argument("--charlm-hidden-dim", type=int, default=128,
                        help="character LM size; CPU tagging speed falls quickly with it (MODEL_CARD.md)")
    parser.add_argument("--charlm-emb-dim", type=int, default=100)
    parser.add_argument("--charlm-epochs", type=int, default=50)
    parser.add_argument("--charlm-eval-steps", type=int, default=100,
                        help="batches between dev evaluations (each may save a better model)")
    parser.add_argument("--minutes", type=float, default=None,
                        help="charlm/train: stop at this wall-clock limit, keeping the best model so far")
    parser.add_argument("--seed", type=int, default=SEED, help="train step: Stanza's random seed")
    parser.add_argument("--gpu", action="store_true", help="charlm/train: run on CUDA (default: CPU)")
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
                    args.exclude_held_out, args.mention_replacement)
        elif step == "vectors":
            train_vectors(args.shared, args.dimensions, args.vector_epochs, args.exclude_held_out)
        elif step == "pretrain":
            build_pretrain(args.max_vocab)
        elif step == "charlm-text":
            prepare_charlm_text(args.shared, exclude_held_out=True)
        elif step == "charlm":
            if args.charlm_dir is None:
                parser.error("the charlm step needs --charlm-dir")
            train_charlm(args.charlm_dir, args.charlm_hidden_dim, args.charlm_emb_dim, args.charlm_epochs,
                         args.minutes, args.gpu, args.charlm_eval_steps)
        elif step == "train":
            args.run_dir.mkdir(parents=True, exist_ok=True)
            command = ner_train_command(args.steps, args.eval_interval, args.continue_from, args.lr,
                                        args.char_hidden_dim, args.run_dir, args.charlm_dir, args.seed, args.gpu)
            run_until([(command, args.run_dir / "train.log")], args.minutes)
        elif step == "ship":
            ship(args.run_dir, args.charlm_dir)


if __name__ == "__main__":
    main()
