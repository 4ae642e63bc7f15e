#!/usr/bin/env bash
# Trains the dependency parser measured in the README's Accuracy section (not shipped):
# spaCy tagger + morphologizer + parser on UD Indonesian GSD dev + CSUI train + PUD,
# model selection on GSD test, held-out score on CSUI test (news). CC BY-SA treebanks:
# a model trained here is a derived work; the treebank files stay in ../shared/data/ud/.
# Usage: training/parser.sh   (about 15 minutes on 2 cores; output in training/work/parser/)
set -euo pipefail
cd "$(dirname "$0")/.."
UD=../shared/data/ud
WORK=training/work/parser
PYTHON=.venv/bin/python
mkdir -p "$WORK"
cat "$UD/UD_Indonesian-GSD/id_gsd-ud-dev.conllu" "$UD/UD_Indonesian-CSUI/id_csui-ud-train.conllu" \
    "$UD/UD_Indonesian-PUD/id_pud-ud-test.conllu" > "$WORK/train.conllu"
cp "$UD/UD_Indonesian-GSD/id_gsd-ud-test.conllu" "$WORK/dev.conllu"
cp "$UD/UD_Indonesian-CSUI/id_csui-ud-test.conllu" "$WORK/test.conllu"
for split in train dev test; do
    "$PYTHON" -m spacy convert "$WORK/$split.conllu" "$WORK" --converter conllu --n-sents 10 --merge-subtokens
done
"$PYTHON" -m spacy init config "$WORK/config.cfg" --lang id --pipeline tagger,morphologizer,parser \
    --optimize efficiency --force
sed -i 's/^max_steps = 20000/max_steps = 3000/' "$WORK/config.cfg"
"$PYTHON" -m spacy train "$WORK/config.cfg" --paths.train "$WORK/train.spacy" --paths.dev "$WORK/dev.spacy" \
    --output "$WORK/out" --nlp.batch_size 256
"$PYTHON" -m spacy evaluate "$WORK/out/model-best" "$WORK/test.spacy"
