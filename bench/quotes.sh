#!/usr/bin/env bash
# Quotation benchmark: `newsdesk quotes` (exercises 13-15 together) on the 100 MB generated
# corpus, beside `wc -w` on the same file in the same run, output to /dev/null. Whole-process
# figures: hyperfine medians, and the peak memory (maximum resident set size) from
# /usr/bin/time -v, with the longest line of the input beside it (memory is bounded by a few
# pieces of 1 MiB and the longest paragraph, not by the input).
# Target: >= 50 MB/s. Accuracy on the gold is bench/quotes_accuracy.py's to show.
#
# Usage: bench/quotes.sh [megabytes] [runs]   (after `cmake --workflow --preset solutions`;
#        needs hyperfine and /usr/bin/time: apt-get install hyperfine time)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
runs=${2:-5}
source bench/common.sh
text=$(generated_text "$megabytes")
bytes=$(stat -L -c %s "$text")

hyperfine --runs "$runs" --warmup 1 --export-json "$out/quotes.json" \
  --command-name "newsdesk quotes" "$newsdesk quotes $text > /dev/null" \
  --command-name "newsdesk quotes --json" "$newsdesk quotes --json $text > /dev/null" \
  --command-name "wc -w" "wc -w $text > /dev/null"

python3 - "$out/quotes.json" "$bytes" <<'PY'
import json, sys
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
size_mb = int(sys.argv[2]) / 1e6
wc = results["wc -w"]
print(f"input: {size_mb:.1f} MB")
for name, median in results.items():
    print(f"{name:24} median {median:.3f} s, {size_mb / median:5.0f} MB/s, "
          f"{median / wc:.2f} x the time of wc -w")
PY

echo "longest line: $(awk '{ if (length($0) > n) n = length($0) } END { print n }' "$text") bytes"
for command in "$newsdesk quotes $text" "wc -w $text"; do
  rss=$(/usr/bin/time -v $command 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p')
  echo "peak memory of '$command': $((rss / 1024)) MiB"
done
