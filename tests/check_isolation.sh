#!/usr/bin/env bash
# The isolation check: a fault in one exercise of a submission fails that exercise's cases and
# nothing else, as README.md promises the student and the grader. It grades a submission made
# from the reference solutions with the faults of tests/isolation/*.patch put in:
#   01-count-text   count_lines() loops forever: its cases that count lines time out;
#   02-paragraphs   split_lines() reads through a null pointer: its cases that split crash;
#   04-split-words  does not compile: one failing 04-split-words/NOT_BUILT stands for its cases;
#   06-normalize    compiled once, then does not compile: NOT_BUILT too, and the test program
#                   left by the good build is not run (it would grade the old code).
# Every case of every other exercise must pass.
#
# It builds as README.md tells graders to (`-- -k 0`, so a failed compile stops nothing else),
# in build/isolation/, with a short NEWSDESK_TEST_TIMEOUT so that the loops end soon.
#
# Usage: tests/check_isolation.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

work=build/isolation
submission=$PWD/$work/submission
build=$work/build
timeout=3
exercises=$(sed -n 's/^add_exercise(\([0-9][0-9]-[a-z0-9-]*\) .*/\1/p' CMakeLists.txt)
faulty="01-count-text 02-paragraphs 04-split-words 06-normalize"

rm -rf "$work"
mkdir -p "$work"
test_programs=()
for exercise in $exercises; do
  mkdir -p "$submission/$exercise"
  cp solutions/"$exercise"/*.cpp "$submission/$exercise/"
  test_programs+=("test-$exercise")
done

# A patch of tests/isolation/ into the submission folder ("a/solutions/" stripped).
put_in() {
  patch --batch --silent --fuzz=0 --no-backup-if-mismatch --reject-file=- -p2 \
    -d "$submission" < "tests/isolation/$1.patch"
}

echo "isolation: a good build first, then the faults, in $build"
# The presets' build type without its -g, which changes no code and saves a quarter of the time.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" -DNEWSDESK_SUBMISSION_DIR="$submission" \
  -DNEWSDESK_TEST_TIMEOUT="$timeout" > "$work/configure.log" 2>&1 ||
  { cat "$work/configure.log"; exit 1; }
# 04 is left out, so that it is never built; every other exercise builds once as it should.
good_build=()
for program in "${test_programs[@]}"; do
  [[ "$program" == test-04-split-words ]] || good_build+=("$program")
done
cmake --build "$build" -j2 --target "${good_build[@]}" > "$work/build.log" 2>&1 ||
  { tail -n 40 "$work/build.log"; exit 1; }

put_in 01-count-text-loops-forever
put_in 02-paragraphs-crashes
put_in 04-split-words-does-not-compile
put_in 06-normalize-does-not-compile
if cmake --build "$build" -j2 --target "${test_programs[@]}" -- -k 0 >> "$work/build.log" 2>&1; then
  echo "FAIL: the build succeeded, but two exercises should not compile"
  exit 1
fi

# The faulty exercises run first, and the others after them, so that no looping case takes a
# core from a healthy one and makes it time out.
labels() { sed 's/\([^ ]*\)/^\1$/g; s/ /|/g' <<<"$1"; }
healthy=$(for exercise in $exercises; do
  [[ " $faulty " == *" $exercise "* ]] || echo "$exercise"
done | paste -sd ' ')
results=""
outputs=""
for group in "$faulty" "$healthy"; do
  results+=$(ctest --test-dir "$build" -L "$(labels "$group")" -j2 2>&1 || true)$'\n'
  # Each case's output, as "<test name>\t<line of output>", for telling a crash from a failure.
  outputs+=$(awk '/^[0-9]+\/[0-9]+ Test: / { name = $3 } name != "" { print name "\t" $0 }' \
               "$build/Testing/Temporary/LastTest.log")$'\n'
done

# The cases of one exercise, "<status> <name>" per line: "Passed", or the word CTest gives for
# a failure ("Timeout", "Failed", ...). CTest prints a case as
#   " 3/12 Test #12: 02-paragraphs/paragraphs/splits_lines_and_trims_them ....***Failed  0.01 sec"
cases_of() {
  sed -n "s|^ *[0-9]*/[0-9]* Test *#[0-9]*: \\($1/[^ ]*\\) \\.*[ *]*\\([A-Za-z]*\\).*|\\2 \\1|p" \
    <<<"$results"
}

# Whether the output of the case `name` shows a crash: Boost.Test catches the signal and names
# it ("memory access violation"); CTest names it when the program dies of it ("SegFault").
crashed() {
  grep -F "$1"$'\t' <<<"$outputs" |
    grep -Eq 'memory access violation|signal: |SegFault|SEGFAULT|Child aborted'
}

count() { grep -c . <<<"$1" || true; }
names() { sed 's/^[^ ]* //' <<<"$1" | paste -sd ' '; }

# One line per exercise, "ok   NN-name: what happened" or "FAIL NN-name: what went wrong".
problems=0
ok() { echo "ok   $exercise: $1"; }
fail() {
  echo "FAIL $exercise: $1"
  problems=$((problems + 1))
}
for exercise in $exercises; do
  cases=$(cases_of "$exercise")
  total=$(count "$cases")
  failures=$(grep -v '^Passed ' <<<"$cases" || true)
  failed=$(count "$failures")
  case "$exercise" in
    01-count-text)
      others=$(grep -v '^Timeout ' <<<"$failures" || true)
      if ((failed == 0)); then
        fail "the loop in count_lines() failed no case"
      elif [[ -n "$others" ]]; then
        fail "cases failed other than by a timeout: $(names "$others")"
      else
        ok "$failed of $total cases time out after $timeout s (count_lines() loops)"
      fi ;;
    02-paragraphs)
      others=$(while read -r _ name; do crashed "$name" || echo "- $name"; done <<<"$failures")
      if ((failed == 0)); then
        fail "the null pointer in split_lines() failed no case"
      elif [[ -n "$others" ]]; then
        fail "cases failed without a crash: $(names "$others")"
      else
        ok "$failed of $total cases crash (split_lines() reads through a null pointer)"
      fi ;;
    04-split-words | 06-normalize)
      if [[ "$cases" != "Failed $exercise/NOT_BUILT" ]]; then
        fail "expected one case, a failing $exercise/NOT_BUILT; got $total, $failed failing"
      else
        ok "does not compile: one failing $exercise/NOT_BUILT and no other case"
      fi ;;
    *)
      if ((total == 0)); then
        fail "no cases ran"
      elif ((failed > 0)); then
        fail "a fault elsewhere failed its cases: $(names "$failures")"
      else
        ok "all $total cases pass"
      fi ;;
  esac
done
echo "isolation: $problems problems"
((problems == 0))
