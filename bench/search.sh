#!/usr/bin/env bash
# Cold-process time of `docwiz search` (issue 13: at most 10 ms on the built-in
# content, at most 50 ms on the 10,000-topic corpus of bench/corpus.py), with
# the index docwiz keeps in its cache already made, and, once, the time to make
# it. Needs hyperfine (Debian package `hyperfine`) and python3.
# Usage: bench/search.sh [runs] [topics]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
topics=${2:-10000}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/docwiz
work=$(mktemp -d)
out=$work/hyperfine.json
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
python3 bench/corpus.py "$topics" "$work/corpus" . >/dev/null
tree=$work/corpus/docwiz
cd /  # the built-in content must not depend on the working directory

echo "index made by the first search (one run each):"
for args in "--lang en search certificate" "--root $tree --lang de search Zertifikat 4711" "--root $tree --lang zh-TW search 憑證 4711"; do
  start=$(date +%s%N)
  $bin $args >/dev/null
  end=$(date +%s%N)
  echo "  $(( (end - start) / 1000000 )) ms  docwiz $args" | sed "s|$tree|CORPUS|"
done
du -sh "$XDG_CACHE_HOME/docwiz"/search-*/* | sed "s|$XDG_CACHE_HOME/docwiz/||;s|^|  index size |"

hyperfine -N --warmup 20 --runs "$runs" --export-json "$out" \
  "$bin --lang en search thumbprint" \
  "$bin --lang ru search сертификаты" \
  "$bin --lang zh-TW search 根憑證" \
  "$bin --lang fr search empreinte numerique" \
  "$bin --root $tree --lang de search Zertifikat 4711" \
  "$bin --root $tree --lang zh-TW search 憑證 4711" \
  "$bin --root $tree --lang en search certificate" >/dev/null
python3 - "$out" "$tree" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    command = r["command"].split("docwiz ", 1)[1].replace(sys.argv[2], "CORPUS")
    print(f"median {r['median']*1000:6.2f} ms  mean {r['mean']*1000:6.2f} ms  max {r['max']*1000:6.2f} ms  {command}")
PY
