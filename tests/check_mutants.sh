#!/usr/bin/env bash
# The mutant check: every mutant of a reference solution must fail at least one test of its
# exercise. A mutant is the reference with one mistake of the kind students make (the last
# line not counted, only ASCII white space, curly quotes forgotten, ...); a mutant that passes
# every test shows a gap in the tests, which then cannot tell that mistake from a right answer.
#
# Layout: solutions/NN-name/mutants/<short-name>.patch, one mutant per file, kept with the
# reference so that it stays out of the student's folder. Each is a unified diff against the
# solution file (paths a/solutions/NN-name/<file>.cpp, so `patch -p1` applies it from the
# source root) after a header of one sentence saying which mistake it models.
# To add one: copy the solution, make the mistake in the copy, then write
#   { echo "One sentence on the mistake."; echo;
#     diff -u --label a/solutions/NN-name/F.cpp --label b/solutions/NN-name/F.cpp \
#       solutions/NN-name/F.cpp copy.cpp; } > solutions/NN-name/mutants/<short-name>.patch
# and run this check: the new mutant must be "caught".
#
# How: a submission folder laid out like exercises/ holds a copy of every solution, and one
# build folder grades it (NEWSDESK_SUBMISSION_DIR). The mutants are tried in rounds: round k
# applies the k-th mutant of every exercise at once (the exercises share no code, so one
# exercise's mutant cannot change another's results), rebuilds the test programs of those
# exercises in one build (so both cores compile), and runs each exercise's tests
# (`ctest -L '^NN-name$'`); then the reference files go back. A mutant that does not apply or
# does not compile proves nothing, so it fails the check too.
#
# Usage: tests/check_mutants.sh   (from anywhere; it works in build/mutants/)
set -euo pipefail
cd "$(dirname "$0")/.."

work=build/mutants
submission=$PWD/$work/submission
build=$work/build
logs=$work/logs
exercises=$(sed -n 's/^add_exercise(\([0-9][0-9]-[a-z0-9-]*\) .*/\1/p' CMakeLists.txt)

# Puts the reference files of one exercise back into the submission folder. cp gives them a
# new time stamp, so the next build compiles them again even when the bytes are the same.
restore() {
  local exercise=$1
  mkdir -p "$submission/$exercise"
  cp solutions/"$exercise"/*.cpp "$submission/$exercise/"
}

# Runs the tests of one exercise; prints the case names of those that failed, one per line,
# or "no tests" when there were none to run.
failed_cases() {
  local exercise=$1 log
  log=$(ctest --test-dir "$build" -L "^${exercise}\$" -j2 2>&1 || true)
  if ! grep -q 'tests failed out of [1-9]' <<<"$log"; then
    echo "no tests"
    return
  fi
  # "  12 - 01-count-text/count_text/counts_lines (Failed)" gives "counts_lines".
  sed -n '/The following tests FAILED:/,$ s|.* - [^/]*/[^/]*/\([^ ]*\) (.*|\1|p' <<<"$log"
}

rm -rf "$submission" "$logs"
mkdir -p "$logs"
test_programs=()
for exercise in $exercises; do
  restore "$exercise"
  test_programs+=("test-$exercise")
done

echo "mutants: building the reference solutions in $build"
# The presets' build type without its -g, which changes no code and saves a quarter of the time.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" -DNEWSDESK_SUBMISSION_DIR="$submission" \
  > "$logs/configure.log" 2>&1 || { cat "$logs/configure.log"; exit 1; }
cmake --build "$build" -j2 --target "${test_programs[@]}" > "$logs/build.log" 2>&1 ||
  { tail -n 40 "$logs/build.log"; exit 1; }
# A mutant is caught when a test fails; that means something only if the reference passes.
for exercise in $exercises; do
  failures=$(failed_cases "$exercise")
  if [[ -n "$failures" ]]; then
    echo "FAIL $exercise: the reference solution does not pass its tests: $failures"
    exit 1
  fi
done

caught=0
survived=0
broken=0
rounds=0
for exercise in $exercises; do
  count=$(find solutions/"$exercise"/mutants -name '*.patch' 2>/dev/null | wc -l)
  ((count > rounds)) && rounds=$count
done

for ((round = 0; round < rounds; round++)); do
  # Apply the round's mutant of each exercise that has one.
  applied=()
  for exercise in $exercises; do
    mapfile -t patches < <(find solutions/"$exercise"/mutants -name '*.patch' 2>/dev/null | sort)
    ((round < ${#patches[@]})) || continue
    patch_file=${patches[$round]}
    mutant="$exercise/$(basename "$patch_file" .patch)"
    log="$logs/${mutant//\//-}.log"
    # -p2 strips "a/solutions/", so the paths fall into the submission folder; no fuzz, so a
    # patch that no longer fits the solution is reported rather than applied somewhere else.
    if ! patch --batch --silent --fuzz=0 --no-backup-if-mismatch --reject-file=- -p2 \
        -d "$submission" < "$patch_file" > "$log" 2>&1; then
      echo "BROKEN  $mutant: the patch does not apply to the solution (see $log)"
      broken=$((broken + 1))
      restore "$exercise"
      continue
    fi
    applied+=("$exercise:$mutant")
  done
  ((${#applied[@]})) || continue

  # One build of all their test programs; -k 0 so that a mutant that does not compile stops
  # none of the others. Each program is then asked for alone, which is quick when it is built
  # and fails again, with its compiler errors, when it is not.
  targets=()
  for entry in "${applied[@]}"; do
    targets+=("test-${entry%%:*}")
  done
  cmake --build "$build" -j2 --target "${targets[@]}" -- -k 0 > "$logs/round-$round.log" 2>&1 ||
    true
  for entry in "${applied[@]}"; do
    exercise=${entry%%:*}
    mutant=${entry#*:}
    log="$logs/${mutant//\//-}.log"
    if ! cmake --build "$build" -j2 --target "test-$exercise" >> "$log" 2>&1; then
      echo "BROKEN  $mutant: the mutant does not compile (see $log)"
      broken=$((broken + 1))
      continue
    fi
    failures=$(failed_cases "$exercise")
    if [[ "$failures" == "no tests" ]]; then
      echo "BROKEN  $mutant: no tests ran"
      broken=$((broken + 1))
    elif [[ -z "$failures" ]]; then
      echo "SURVIVED $mutant: every test passes"
      survived=$((survived + 1))
    else
      echo "caught  $mutant: $(paste -sd ' ' <<<"$failures" | sed 's/ /, /g')"
      caught=$((caught + 1))
    fi
  done
  for entry in "${applied[@]}"; do
    restore "${entry%%:*}"
  done
done

echo "mutants: $caught caught, $survived survived, $broken broken," \
     "of $((caught + survived + broken))"
((survived == 0 && broken == 0))
