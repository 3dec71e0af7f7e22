#!/usr/bin/env bash
# Train the tagger and the parser of all three configs (full, compact, baseline) at the same time,
# then score full and compact on dev (to choose one) and the baseline on the held-out test split.
#
#   training/stanza_parallel.sh WORK_DIR BUDGET_SECONDS [more train_stanza.py options]
#
# WORK_DIR must hold the data and vectors stages' output (train_stanza.py --stages data,vectors)
# and the full config's tokenizer and lemmatizer (--stages tokenize,lemma), which every config
# shares in the evaluation. The parsers are trained on gold tags so that they need not wait for a
# tagger (a tagger trained on the same sentences re-tags them almost perfectly anyway). Six
# trainings at once suit a machine with many cores (we used 16 cores and one GPU: Stanza's
# training of these small models is bound by its Python data handling, not by the GPU).
# THREADS (default 2) sets OMP_NUM_THREADS per training.
set -u
work=$1; budget=$2; shift 2
recipe="$(dirname "$0")/train_stanza.py"
run() { python3 "$recipe" --work-dir "$work" --out "$work/out" --gold-tags "$@"; }

run --stages pos,depparse --prepare-only "$@" || exit 1
pids=()
for config in full compact baseline; do
  for stage in pos depparse; do
    run --config "$config" --stages "$stage" --skip-prepare --threads "${THREADS:-2}" --budget "$stage=$budget" "$@" \
      > "$work/logs/run.$stage.$config.out" 2>&1 &
    pids+=($!)
  done
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for config in full compact; do
  run --config "$config" --stages evaluate --eval-split dev --gold-tokens-only "$@" || status=1
done
run --config baseline --stages evaluate --gold-tokens-only "$@" || status=1
exit $status
