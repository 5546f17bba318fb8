#!/usr/bin/env bash
# Build-time benchmark: a fresh configure and build of each track, and the edit cycle of one
# exercise (touch its .cpp, rebuild, run its tests), as medians of several runs with hyperfine.
# Targets: both tracks from scratch in under 90 s together; the edit cycle under 5 s.
#
# Usage: bench/build_times.sh [runs]   (from a clean clone; needs hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
out=bench/results
mkdir -p "$out"

for track in exercises solutions; do
  hyperfine --runs "$runs" --export-json "$out/fresh-$track.json" \
    --prepare "rm -rf build/$track" \
    --command-name "fresh configure+build, $track track" \
    "cmake --preset $track > /dev/null && cmake --build --preset $track > /dev/null"
done

# In the student track the tests of a stub fail, so the cycle's exit status is ignored.
hyperfine --runs "$((runs * 2))" --export-json "$out/edit-cycle.json" --ignore-failure \
  --prepare "touch exercises/01-count-text/count_text.cpp" \
  --command-name "edit cycle: touch, rebuild, test 01-count-text" \
  "cmake --build --preset exercises > /dev/null && ctest --preset exercises -L 01-count-text > /dev/null"
