#!/usr/bin/env bash
# Word-frequency benchmark: `newsdesk freq` (05's tokens folded as 06, counted in a hash table)
# beside three ways people count words today, on the same generated text in one run: the
# McIlroy pipeline (tr | tr | sort | uniq -c | sort -rn), Python's collections.Counter over
# re.findall(r"\w+") of the whole file (bench/python_counter.py), and `wc -w`, which only
# counts white-space runs. Whole-process figures: hyperfine medians on the large text, and the
# peak memory (maximum resident set size, /usr/bin/time -v) of each on the small and the large
# text; for a pipeline that is the peak of its largest process. Targets (issue 11): freq at
# least 6 times as fast as McIlroy, 8 times as fast as Python, within 1.5 times wc -w's time,
# and at most a quarter of the input's size in memory.
#
# Usage: bench/freq.sh [megabytes] [runs] [small-megabytes]   (defaults: 100 5 10; after
#        `cmake --workflow --preset solutions`; needs hyperfine and /usr/bin/time:
#        apt-get install hyperfine time)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
runs=${2:-5}
small=${3:-10}
source bench/common.sh
text=$(generated_text "$megabytes")
small_text=$(generated_text "$small")

# name|command, with FILE for the input.
commands=(
  "newsdesk freq|$newsdesk freq FILE > /dev/null"
  "McIlroy pipeline|tr -cs A-Za-z '\n' < FILE | tr A-Z a-z | sort | uniq -c | sort -rn > /dev/null"
  "Python Counter|python3 bench/python_counter.py FILE > /dev/null"
  "wc -w|wc -w FILE > /dev/null"
)

arguments=()
for entry in "${commands[@]}"; do
  arguments+=(--command-name "${entry%%|*}" "${entry#*|}")
done
hyperfine --runs "$runs" --warmup 1 --export-json "$out/freq.json" \
  "${arguments[@]//FILE/$text}" > /dev/null

# peak_mib FILE COMMAND: the peak resident memory of COMMAND (FILE for its input), in MiB.
peak_mib() {
  local report
  report=$(mktemp)
  /usr/bin/time -v -o "$report" bash -c "${2//FILE/$1}"
  local rss
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$report")
  rm -f "$report"
  echo $(((rss + 512) / 1024))
}

memory=()
for entry in "${commands[@]}"; do
  memory+=("${entry%%|*}|$(peak_mib "$small_text" "${entry#*|}")|$(peak_mib "$text" "${entry#*|}")")
done

python3 - "$out/freq.json" "$(stat -L -c %s "$text")" "$small" "$megabytes" "${memory[@]}" <<'PY'
import json, sys
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
size_mb = int(sys.argv[2]) / 1e6
small, large = sys.argv[3], sys.argv[4]
memory = {name: (a, b) for name, a, b in (row.split("|") for row in sys.argv[5:])}
freq = results["newsdesk freq"]
print(f"| command | median ({large} MB) | throughput | time / freq's | peak memory {small} MB | peak memory {large} MB |")
print("|---|---|---|---|---|---|")
for name, median in results.items():
    print(f"| `{name}` | {median:.3f} s | {size_mb / median:.0f} MB/s | {median / freq:.2f} | "
          f"{memory[name][0]} MiB | {memory[name][1]} MiB |")
mcilroy, python, wc = results["McIlroy pipeline"], results["Python Counter"], results["wc -w"]
print()
print(f"freq is {mcilroy / freq:.2f} x as fast as McIlroy (target >= 6), "
      f"{python / freq:.2f} x as fast as Python (target >= 8), "
      f"and takes {freq / wc:.2f} x the time of wc -w (target <= 1.5)")
print(f"freq's peak memory on {large} MB: {memory['newsdesk freq'][1]} MiB "
      f"(target <= {int(sys.argv[2]) / 4 / 2**20:.0f} MiB, a quarter of the input)")
PY
