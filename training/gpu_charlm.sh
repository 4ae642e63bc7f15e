#!/usr/bin/env bash
# One run on a lent GPU (about 9 minutes): character LMs, then NER taggers that use them.
#
# Inputs (from `python -m training.recipe prepare`, `pretrain` and `charlm-text`):
#   training/work/train.json, dev.json, id_kutip_pretrain.pt, charlm/train/text.txt, charlm/dev.txt
# Outputs under $1 (default training/work/gpu): charlm128/, charlm256/ (forward and backward
# LMs), ner_<charlm>_s<seed>/ (taggers), and every log. Runs that share the GPU are started
# side by side; each stops at its deadline keeping its best dev checkpoint (recipe --minutes).
# On CPU the same commands run without --gpu (hours instead of minutes).
set -euo pipefail
RUN_DIR=${1:-training/work/gpu}
CHARLM_MINUTES=${CHARLM_MINUTES:-4.5}
NER_MINUTES=${NER_MINUTES:-3.3}
CHARLM_EVAL_STEPS=${CHARLM_EVAL_STEPS:-100}
DEVICE_FLAG=${DEVICE_FLAG:---gpu}
PYTHON=${PYTHON:-python3}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-2} PYTHONUNBUFFERED=1
mkdir -p "$RUN_DIR"

for hidden in 128 256; do
  $PYTHON -m training.recipe charlm $DEVICE_FLAG --charlm-dir "$RUN_DIR/charlm$hidden" \
    --charlm-hidden-dim $hidden --charlm-eval-steps "$CHARLM_EVAL_STEPS" --minutes "$CHARLM_MINUTES" \
    > "$RUN_DIR/charlm$hidden.log" 2>&1 &
done
wait
for hidden in 128 256; do
  grep -q "backward charlm ok" "$RUN_DIR/charlm$hidden.log" || { cat "$RUN_DIR/charlm$hidden.log"; exit 1; }
done

for spec in "charlm128 1234" "charlm128 2" "charlm256 1234" "none 2"; do
  set -- $spec
  charlm_flag=()
  [ "$1" != none ] && charlm_flag=(--charlm-dir "$RUN_DIR/$1")
  $PYTHON -m training.recipe train $DEVICE_FLAG "${charlm_flag[@]}" --seed "$2" --steps 5000 \
    --eval-interval 100 --minutes "$NER_MINUTES" --run-dir "$RUN_DIR/ner_$1_s$2" \
    > "$RUN_DIR/ner_$1_s$2.log" 2>&1 &
done
wait
for log in "$RUN_DIR"/ner_*/train.log; do echo "$log: best $(grep -o "dev_score = [0-9.]*" "$log" | sort -t= -k2 -n | tail -1), evaluations $(grep -c dev_score "$log")"; done
