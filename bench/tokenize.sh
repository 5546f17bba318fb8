#!/usr/bin/env bash
# Tokenizer benchmark: the reference tokenizer (`newsdesk tokenize`) on the 100 MB generated
# corpus, beside `wc -w` on the same file in the same run. Whole-process figures: hyperfine
# medians, and the peak memory (maximum resident set size) from /usr/bin/time -v.
# Target: >= 100 MB/s single-threaded; memory stays flat as the input grows (bench/memory.sh).
#
# Usage: bench/tokenize.sh [megabytes] [runs]   (after `cmake --workflow --preset solutions`;
#        needs hyperfine and /usr/bin/time: apt-get install hyperfine time)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
runs=${2:-5}
source bench/common.sh
text=$(generated_text "$megabytes")
bytes=$(stat -L -c %s "$text")

hyperfine --runs "$runs" --warmup 1 --export-json "$out/tokenize.json" \
  --command-name "newsdesk tokenize" "$newsdesk tokenize $text > /dev/null" \
  --command-name "wc -w" "wc -w $text > /dev/null"

python3 - "$out/tokenize.json" "$bytes" <<'PY'
import json, sys
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
size_mb = int(sys.argv[2]) / 1e6
tokenize, wc = results["newsdesk tokenize"], results["wc -w"]
print(f"input: {size_mb:.1f} MB")
print(f"newsdesk tokenize: median {tokenize:.3f} s, {size_mb / tokenize:.0f} MB/s")
print(f"wc -w:             median {wc:.3f} s, {size_mb / wc:.0f} MB/s")
print(f"ratio tokenize / wc -w time: {tokenize / wc:.2f}")
PY

for command in "$newsdesk tokenize $text" "wc -w $text"; do
  rss=$(/usr/bin/time -v $command 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p')
  echo "peak memory of '$command': $((rss / 1024)) MiB"
done
