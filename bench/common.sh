# Sourced by the benchmarks (from the source tree): the program they measure, the folder of
# their results, and the generated text they read.
newsdesk=build/solutions/tools/newsdesk/newsdesk
out=bench/results
mkdir -p "$out"

# generated_text MEGABYTES: the path of MEGABYTES MB from `newsdesk generate --seed 1`, made
# on first use and kept in bench/results/ for the next benchmark.
generated_text() {
  local text="$out/news-${1}mb.txt"
  [[ -f "$text" ]] || "$newsdesk" generate --megabytes "$1" --seed 1 --out "$text"
  echo "$text"
}
