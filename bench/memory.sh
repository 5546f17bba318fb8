#!/usr/bin/env bash
# Memory benchmark: the peak resident memory (maximum resident set size, from /usr/bin/time -v)
# and wall-clock time of every text command of `newsdesk`, plain and --json, on generated text
# of 100 MB and 1 GB, beside `wc` on the same file in the same run. The commands read and
# write in pieces, so their memory should stay flat as the input grows tenfold.
#
# Usage: bench/memory.sh [megabytes...] [-- NEWSDESK]   (default sizes: 100 1000; default
#        program: build/solutions/tools/newsdesk/newsdesk; another program, e.g. an older
#        build, can be measured the same way; needs /usr/bin/time: apt-get install time)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=()
newsdesk=build/solutions/tools/newsdesk/newsdesk
while (($#)); do
  if [[ $1 == -- ]]; then
    newsdesk=$2
    break
  fi
  sizes+=("$1")
  shift
done
((${#sizes[@]})) || sizes=(100 1000)
out=bench/results
mkdir -p "$out"

# Prints "peak-MiB elapsed exit-status" of one command, its output thrown away.
measure() {
  local report status=0
  report=$(mktemp)
  /usr/bin/time -v -o "$report" "$@" > /dev/null 2>&1 || status=$?
  local rss elapsed
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$report")
  elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$report")
  rm -f "$report"
  echo "$((rss / 1024)) $elapsed $status"
}

echo "| input | command | peak memory | time | exit status |"
echo "|---|---|---|---|---|"
for megabytes in "${sizes[@]}"; do
  text="$out/news-${megabytes}mb.txt"
  [[ -f "$text" ]] || "$newsdesk" generate --megabytes "$megabytes" --seed 1 --out "$text"
  for command in "wc -l" "wc -w" "$newsdesk count" "$newsdesk count --json" \
                 "$newsdesk paragraphs" "$newsdesk paragraphs --json" \
                 "$newsdesk tokenize" "$newsdesk tokenize --json" \
                 "$newsdesk sentences" "$newsdesk sentences --json" \
                 "$newsdesk quotes" "$newsdesk quotes --json"; do
    read -r rss elapsed status < <(measure $command "$text")
    echo "| $megabytes MB | \`${command#"$newsdesk "}\` | $rss MiB | $elapsed | $status |"
  done
done
