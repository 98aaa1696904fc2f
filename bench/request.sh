#!/usr/bin/env bash
# Whole-process time of an online request (key, CSR, local CA signs, chain
# stored, status page printed) and of the status page, on the release binary.
# Target: an ECDSA request in at most 30 ms. Needs hyperfine.
# Usage: bench/request.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/docwiz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store=$work/store
out=$work/results.json
# The local CA is created by the first request; measure it separately.
hyperfine -N --runs 20 --prepare "rm -rf $work/fresh" --export-json "$work/first.json" \
  "$bin --store $work/fresh wizard request --fqdn first.example.com --key ecdsa-p256" >/dev/null 2>&1
"$bin" --store "$store" wizard request --fqdn warm.example.com --key ecdsa-p256 >/dev/null
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out" \
  "$bin --store $store wizard request --fqdn host.example.com --key ecdsa-p256" \
  "$bin --store $store wizard request --fqdn host.example.com --key rsa-2048" \
  "$bin --store $store wizard status" >/dev/null 2>&1
python3 - "$work/first.json" "$out" <<'PY'
import json, sys
for f in sys.argv[1:]:
    for r in json.load(open(f))["results"]:
        cmd = r["command"].split(" wizard ", 1)[1]
        print(f"median {r['median']*1000:7.2f} ms  mean {r['mean']*1000:7.2f} ms  max {r['max']*1000:7.2f} ms  wizard {cmd}")
PY
