#!/usr/bin/env bash
# The sensitivity check: every test of every exercise must fail against the untouched stubs
# (the exercises track) and pass against the reference (the solutions track). A test that
# passes on a stub cannot tell a student's work from no work, so it fails this check.
#
# "Untouched" is checked first: in a git checkout, the stubs and headers of exercises/NN-name/
# must be the committed ones, and build/exercises is then rebuilt from them, so that the test
# programs it runs are the stubs' and not those of an edited copy.
#
# Usage: tests/check_sensitivity.sh   (from the source tree, after both tracks are built)
set -euo pipefail
cd "$(dirname "$0")/.."

exercises=$(sed -n 's/^add_exercise(\([0-9][0-9]-[a-z0-9-]*\) .*/\1/p' CMakeLists.txt)
passed=0
failed=0

# The stubs' files, as git pathspecs: the stubs, the given code and the contract headers.
stubs=()
for exercise in $exercises; do
  stubs+=("exercises/$exercise/*.cpp" "exercises/$exercise/*.hpp")
done
if [[ ! -e .git ]]; then
  echo "stubs: not compared with the committed ones: this tree has no .git, so no commit to" \
       "compare with"
elif ! command -v git > /dev/null; then
  echo "stubs: not compared with the committed ones: git is not installed"
else
  edited=$(git diff --name-only HEAD -- "${stubs[@]}")
  added=$(git ls-files --others -- "${stubs[@]}")
  if [[ -n "$edited$added" ]]; then
    echo "FAIL stubs: these differ from the last commit, so they are not the untouched stubs:"
    [[ -z "$edited" ]] || sed 's/^/    /' <<<"$edited"
    [[ -z "$added" ]] || sed 's/^\(.*\)$/    \1 (not in the commit)/' <<<"$added"
    echo "Restore them (git checkout HEAD -- FILE; remove the new ones) or commit them first."
    exit 1
  fi
  echo "stubs: $(git ls-files -- "${stubs[@]}" | grep -c .) files, identical to the committed ones"
fi
if [[ ! -f build/exercises/CMakeCache.txt ]]; then
  echo "FAIL stubs: build/exercises is not configured; run cmake --preset exercises first"
  exit 1
fi
if ! build_log=$(cmake --build build/exercises -j2 2>&1); then
  echo "FAIL stubs: build/exercises does not build from them:"
  tail -n 20 <<<"$build_log"
  exit 1
fi
echo "stubs: build/exercises rebuilt from them"

# Runs the tests labelled with one exercise in one build folder; prints "passed failed total".
run_exercise() {
  local build=$1 exercise=$2 log
  log=$(ctest --test-dir "$build" -L "^${exercise}\$" --no-tests=error 2>&1 || true)
  local total failed
  total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' <<<"$log")
  failed=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' <<<"$log")
  echo "$((total - failed)) $failed $total"
}

for exercise in $exercises; do
  read -r stub_passed _ stub_total < <(run_exercise build/exercises "$exercise")
  read -r _ solution_failed solution_total < <(run_exercise build/solutions "$exercise")
  if [[ -z "$stub_total" || "$stub_total" -eq 0 || -z "$solution_total" ]]; then
    echo "FAIL $exercise: no tests found"
    failed=$((failed + 1))
  elif [[ "$stub_passed" -ne 0 ]]; then
    echo "FAIL $exercise: $stub_passed of $stub_total tests pass on the untouched stub:"
    { ctest --test-dir build/exercises -L "^${exercise}\$" 2>&1 || true; } |
      sed -n 's/.*Test *#[0-9]*: \([^ ]*\) .*Passed.*/    \1/p'
    failed=$((failed + 1))
  elif [[ "$solution_failed" -ne 0 ]]; then
    echo "FAIL $exercise: $solution_failed of $solution_total tests fail on the solution"
    failed=$((failed + 1))
  else
    echo "ok   $exercise: $stub_total tests fail on the stub, $solution_total pass on the solution"
    passed=$((passed + 1))
  fi
done
echo "sensitivity: $passed passed, $failed failed"
((failed == 0))
