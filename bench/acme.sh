#!/usr/bin/env bash
# Wall time of a whole `docwiz wizard request --ca acme` for three names against
# a local pebble (target: at most 1.0 s), with the account already created.
# Needs pebble, openssl and hyperfine. Usage: bench/acme.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
for tool in pebble openssl hyperfine; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 2; }
done
cargo build --release --quiet
bin=$PWD/target/release/docwiz
work=$(mktemp -d)
cleanup() { [ -n "${pebble_pid:-}" ] && kill "$pebble_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cd "$work"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 2 \
  -subj "/CN=bench TLS CA" -addext basicConstraints=critical,CA:TRUE 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr -subj /CN=localhost 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile ext 2>/dev/null
cat > pebble.json <<JSON
{"pebble": {"listenAddress": "127.0.0.1:24000", "managementListenAddress": "127.0.0.1:25000",
 "certificate": "$work/server.pem", "privateKey": "$work/server.key", "httpPort": 25002, "tlsPort": 25001,
 "ocspResponderURL": "", "externalAccountBindingRequired": false}}
JSON
PEBBLE_VA_ALWAYS_VALID=1 PEBBLE_VA_NOSLEEP=1 PEBBLE_WFE_NONCEREJECT=0 pebble -config pebble.json >pebble.log 2>&1 &
pebble_pid=$!
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/24000) 2>/dev/null && break; sleep 0.1; done
request="$bin --store $work/store wizard request --fqdn host.example.com --san www.example.com --san api.example.com --key ecdsa-p256 --ca acme --acme-directory https://127.0.0.1:24000/dir --acme-ca-bundle $work/ca.pem --acme-http-port 25080"
$request >/dev/null   # creates the ACME account, kept in the store
hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/acme.json" "$request" >/dev/null 2>&1
python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"ACME order, three names, whole process: median {r['median']*1000:.0f} ms, min {r['min']*1000:.0f} ms, max {r['max']*1000:.0f} ms\")" "$work/acme.json"
