#!/usr/bin/env bash
# Runs each libFuzzer harness of tests/fuzz for SECONDS seconds, as many at a time as the
# machine has cores (a harness runs on one core, so each still gets its SECONDS of it). Each
# starts from a corpus of its own in a temporary folder: a copy of the articles of
# data/corpus/articles and of its regression seeds (nothing is ever written into data/). It
# prints libFuzzer's final statistics for each harness. A harness that breaks a promise or
# crashes stops at once; its input is saved in BUILD_DIR/fuzz-findings/, its report printed,
# and the script exits with status 1 (tests/fuzz/README.md says what to do next).
#
# Usage: tests/run_fuzzers.sh SECONDS [BUILD_DIR]
#   BUILD_DIR is a build with NEWSDESK_FUZZ=ON, build/sanitize by default (the sanitize preset).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -lt 1 || $# -gt 2 || ! $1 =~ ^[0-9]+$ ]]; then
  echo "usage: tests/run_fuzzers.sh SECONDS [BUILD_DIR]" >&2
  exit 2
fi
seconds=$1
build=${2:-build/sanitize}
harnesses=(count_text paragraphs tokenize normalize words sentences quotes)

findings="$build/fuzz-findings"
mkdir -p "$findings"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for harness in "${harnesses[@]}"; do
  if [[ ! -x "$build/tests/fuzz/fuzz-$harness" ]]; then
    echo "run_fuzzers: $build/tests/fuzz/fuzz-$harness: not built; build with NEWSDESK_FUZZ=ON first" >&2
    exit 2
  fi
done

# fuzz HARNESS: runs one harness; its output goes to $work/HARNESS.log, its exit status to
# $work/HARNESS.status.
fuzz() {
  local harness=$1
  local corpus="$work/$harness"
  mkdir "$corpus"
  cp data/corpus/articles/*.txt "$corpus/"
  if [[ -d "tests/fuzz/regressions/$harness" ]]; then
    cp "tests/fuzz/regressions/$harness"/* "$corpus/"
  fi
  # -max_len: the longest article is under 5 KB. -timeout: every function is O(n), so an
  # input that takes seconds is a finding too.
  local status=0
  "$build/tests/fuzz/fuzz-$harness" "$corpus" -max_total_time="$seconds" -max_len=8192 \
    -timeout=10 -dict=tests/fuzz/newsdesk.dict -print_final_stats=1 \
    -artifact_prefix="$findings/$harness-" > "$work/$harness.log" 2>&1 || status=$?
  echo "$status" > "$work/$harness.status"
}

jobs_at_once=$(nproc)
running=0
for harness in "${harnesses[@]}"; do
  if ((running == jobs_at_once)); then
    wait -n
    running=$((running - 1))
  fi
  fuzz "$harness" &
  running=$((running + 1))
done
wait

passed=0
failed=0
for harness in "${harnesses[@]}"; do
  log="$work/$harness.log"
  if [[ $(cat "$work/$harness.status") == 0 ]]; then
    echo "ok   $harness"
    passed=$((passed + 1))
  else
    echo "FAIL $harness: the report ends with"
    tail -n 40 "$log" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
  # The last status line (executions, coverage, features, corpus) and the final statistics.
  grep -E '^#[0-9]+' "$log" | tail -n 1 | sed 's/^/    /'
  grep -E '^stat::' "$log" | sed 's/^/    /'
done

echo "fuzz: $passed passed, $failed failed"
((failed == 0))
