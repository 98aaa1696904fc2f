#!/usr/bin/env bash
# Cold-process time of `docwiz help <keyword> --format md` on the built-in content
# (target: median at most 5 ms). Needs hyperfine (Debian package `hyperfine`).
# Usage: bench/help_cold.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-500}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/docwiz
out=$(mktemp)
trap 'rm -f "$out"; rm -rf "${DOCWIZ_HOME:-}"' EXIT
cd /  # the built-in content must not depend on the working directory
# An empty wizard store: the live panel says "no request yet", the same each run.
export DOCWIZ_HOME=$(mktemp -d)
hyperfine -N --warmup 50 --runs "$runs" --export-json "$out" \
  "$bin help ms.lync.dep.DeployCertRequestReturned --format md --lang en" \
  "$bin help ms.lync.dep.DeployCertRequestReturned --format md --lang zh-TW" \
  "$bin help ms.lync.dep.DeployCertRequestReturned --format html --lang fr" \
  "$bin help ms.lync.dep.DeployCertRequestReturned --lang de" >/dev/null
python3 - "$out" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median']*1000:6.2f} ms  mean {r['mean']*1000:6.2f} ms  max {r['max']*1000:6.2f} ms  {r['command'].split('docwiz ',1)[1]}")
PY
