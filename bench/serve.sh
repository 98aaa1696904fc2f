#!/usr/bin/env bash
# docwiz serve against nginx serving `docwiz export` of the same content, in
# one run, with wrk on loopback (issue 12, item 8). Three requests:
#   page     a topic page without live state  (/en/certificate-request.html)
#   f1       the F1 redirect                   (docwiz: /f1?k=KEYWORD -> 302;
#            nginx: the export's F1 page /f1/KEYWORD.html, its static stand-in)
#   live     a topic page with the live panel  (/en/certificate-request-returned.html;
#            nginx serves the exported copy, which cannot be live)
# Target: docwiz >= nginx in requests/s for page and f1, p99 no worse than
# nginx's; live >= half of nginx's page figure.
#
# Needs: wrk and nginx (Debian: apt-get install wrk nginx-light), a release
# build (built here). Usage: bash bench/serve.sh [DURATION] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10s}
CONNECTIONS=${2:-64}
THREADS=2
for tool in wrk nginx; do
    command -v "$tool" >/dev/null || { echo "bench/serve.sh needs $tool (apt-get install wrk nginx-light)" >&2; exit 2; }
done
cargo build --release --quiet
BIN=${CARGO_TARGET_DIR:-target}/release/docwiz
WORK=$(mktemp -d)
trap 'kill $SERVE_PID 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# A store with an issued request, so the live panel has something to show.
"$BIN" --store "$WORK/store" wizard request --fqdn bench.example.com --key ecdsa-p256 --no-interactive >/dev/null
"$BIN" --store "$WORK/store" export --format html --out "$WORK/site" --live >/dev/null

# nginx's workers run as another user when it is started as root: they must
# be able to read the site (mktemp -d makes a directory only we can read).
chmod -R a+rX "$WORK"

NGINX_PORT=18480
DOCWIZ_PORT=18481
mkdir -p "$WORK/logs"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/site;
    }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/logs/error.log"
"$BIN" --store "$WORK/store" serve --listen 127.0.0.1:$DOCWIZ_PORT >/dev/null &
SERVE_PID=$!
for _ in $(seq 50); do
    curl -fs -o /dev/null "http://127.0.0.1:$DOCWIZ_PORT/en/index.html" && break
    sleep 0.1
done

KEYWORD=ms.lync.dep.DeployCertRequestReturned
KEYFILE=$(echo "$KEYWORD" | tr 'A-Z' 'a-z')
# name  url
runs=(
    "page nginx http://127.0.0.1:$NGINX_PORT/en/certificate-request.html"
    "page docwiz http://127.0.0.1:$DOCWIZ_PORT/en/certificate-request.html"
    "f1 nginx http://127.0.0.1:$NGINX_PORT/f1/$KEYFILE.html"
    "f1 docwiz http://127.0.0.1:$DOCWIZ_PORT/f1?k=$KEYWORD"
    "live nginx http://127.0.0.1:$NGINX_PORT/en/certificate-request-returned.html"
    "live docwiz http://127.0.0.1:$DOCWIZ_PORT/en/certificate-request-returned.html"
)
printf '%-6s %-7s %12s %10s %10s\n' request server 'requests/s' 'p50' 'p99'
for run in "${runs[@]}"; do
    set -- $run
    # Warm up, then measure.
    wrk -t$THREADS -c$CONNECTIONS -d2s "$3" >/dev/null
    out=$(wrk -t$THREADS -c$CONNECTIONS -d"$DURATION" --latency "$3")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
    printf '%-6s %-7s %12s %10s %10s %s\n' "$1" "$2" "$rps" "$p50" "$p99" "${errors:+(non-2xx/3xx: $errors)}"
done
