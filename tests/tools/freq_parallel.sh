#!/bin/sh
# The map-reduce path of README.md, "Word frequencies", run with GNU parallel: the corpus
# articles in groups of 7, one `newsdesk freq --tsv` per group (two at a time), the parts
# added up by `newsdesk merge-counts`; the result must be exactly one `newsdesk freq` over all
# the articles, in TSV and in plain text. Exits 77 (CTest: skipped) when GNU parallel is not
# installed (apt-get install parallel).
# Usage: freq_parallel.sh NEWSDESK   (from the source root)
newsdesk=$1
if ! command -v parallel > /dev/null 2>&1; then
  echo "GNU parallel is not installed: apt-get install parallel"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
set -e

# --will-cite: parallel asks once for a citation, on a terminal; a test has none.
ls data/corpus/articles/*.txt |
  parallel --will-cite -j 2 -N 7 "'$newsdesk' freq --tsv {} > '$work'/part-{#}.tsv"
parts=$(ls "$work"/part-*.tsv | wc -l)
"$newsdesk" merge-counts --tsv "$work"/part-*.tsv > "$work/merged.tsv"
"$newsdesk" freq --tsv data/corpus/articles > "$work/whole.tsv"
"$newsdesk" merge-counts --top 0 "$work"/part-*.tsv > "$work/merged.txt"
"$newsdesk" freq --top 0 data/corpus/articles > "$work/whole.txt"

echo "$parts parts merged: $(wc -l < "$work/merged.tsv") words"
[ "$parts" -ge 6 ] || { echo "expected at least 6 parts, got $parts"; exit 1; }
cmp "$work/merged.tsv" "$work/whole.tsv"
cmp "$work/merged.txt" "$work/whole.txt"
