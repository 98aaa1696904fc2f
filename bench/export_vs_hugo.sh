#!/usr/bin/env bash
# Static export against hugo on the same synthetic corpus (bench/corpus.py):
# N topics x 6 locales. Reports pages per second, peak RSS, and the cold time of
# `docwiz --root <corpus> help <keyword>` (no indexing command run before).
# Targets for N = 10000: docwiz >= 5x hugo's pages/s, peak RSS <= 200 MB, help
# <= 20 ms. Needs Debian's hugo, GNU time (package `time`) and hyperfine.
# Usage: bench/export_vs_hugo.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
for tool in hugo hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install hugo hyperfine time)" >&2; exit 2; }
done
cargo build --release --quiet
bin=$PWD/target/release/docwiz
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
echo "corpus: $n topics x 6 locales in $work"
python3 bench/corpus.py "$n" "$work/corpus" "$PWD"
export XDG_CACHE_HOME=$work/cache
pages=$((n * 6))

runs=${RUNS:-3}
# Output goes to a tmpfs by default: on this machine's disk the time to create
# 60,000 files varies threefold from run to run with the state of the journal,
# which would measure the disk, not the tools. OUT_BASE=<dir> writes elsewhere.
out_base=${OUT_BASE:-/dev/shm}
out_dir=$(mktemp -d "$out_base/docwiz-bench.XXXXXX")
trap 'rm -rf "$out_dir"' EXIT
# One run: wall seconds and peak RSS in KB, into $work/<name>.<i>.time.
measure() { # name, index, command...
  local name=$1 i=$2; shift 2
  rm -rf "$out_dir/out-$name"; sync
  /usr/bin/time -f "%e %M" -o "$work/$name.$i.time" "$@" >/dev/null 2>"$work/$name.log" || { cat "$work/$name.log" >&2; exit 1; }
}
# Runs alternate, so that both tools see the same state of the disk.
for i in $(seq "$runs"); do
  measure docwiz "$i" "$bin" --root "$work/corpus/docwiz" export --format html --out "$out_dir/out-docwiz"
  measure hugo "$i" hugo --source "$work/corpus/hugo" --destination "$out_dir/out-hugo" --quiet
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for name in docwiz hugo; do
  seconds=$(cat "$work"/$name.*.time | awk '{print $1}' | median)
  kb=$(cat "$work"/$name.*.time | awk '{print $2}' | sort -n | tail -1)
  echo "$seconds" > "$work/$name.median"
  printf '%-8s median %7.2f s of %s runs (%s)  %9.0f pages/s  peak RSS %6.0f MB\n' "$name" "$seconds" "$runs" \
    "$(cat "$work"/$name.*.time | awk '{print $1}' | tr '\n' ' ' | sed 's/ $//')" \
    "$(echo "$pages / $seconds" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
done
d=$(cat "$work/docwiz.median"); h=$(cat "$work/hugo.median")
printf 'docwiz is %.1fx hugo (pages per second)\n' "$(echo "$h / $d" | bc -l)"
echo "topic pages written: docwiz $(find "$out_dir/out-docwiz" -name 't[0-9]*.html' | wc -l), hugo $(find "$out_dir/out-hugo" -path '*/t[0-9]*/index.html' | wc -l)"

# Cold help on the big tree: a fresh cache, then the cache docwiz keeps itself.
rm -rf "$XDG_CACHE_HOME"
key=bench.k$(printf '%05d' $((n / 2)))
"$bin" --root "$work/corpus/docwiz" help "$key" --format md --no-live >/dev/null  # builds the cache
hyperfine -N --warmup 5 --runs 50 --export-json "$work/help.json" \
  "$bin --root $work/corpus/docwiz help $key --format md --no-live" >/dev/null 2>&1
python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"help (cold process, cached index): median {r['median']*1000:.2f} ms, max {r['max']*1000:.2f} ms\")" "$work/help.json"
start=$(date +%s%N); "$bin" --root "$work/corpus/docwiz" help "$key" --format md --no-live >/dev/null; end=$(date +%s%N)
rm -rf "$XDG_CACHE_HOME"
start=$(date +%s%N); "$bin" --root "$work/corpus/docwiz" help "$key" --format md --no-live >/dev/null; end=$(date +%s%N)
echo "help with no cache yet (scans the tree once): $(( (end - start) / 1000000 )) ms"
