#!/usr/bin/env bash
# The exported site's search index next to its pages, on the N-topic corpus
# of bench/corpus.py (N topics x 6 languages): bytes on disk (apparent size),
# file counts, the biggest files, and what a query loads (meta.js and the
# term shards of its words; the hits' section texts come on top, one chunk
# per hit shown at most).
#
#   bash bench/site_search_size.sh [N]     (default 10000)
#
# CORPUS=DIR uses an existing corpus (DIR/docwiz), else one is generated in
# /tmp/corpus<N>-site; the site is exported to /tmp/site<N>-search.
set -euo pipefail
n=${1:-10000}
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-/tmp/corpus$n-site}
site=/tmp/site$n-search
if [ ! -d "$corpus/docwiz/content" ]; then
  python3 "$repo/bench/corpus.py" "$n" "$corpus" "$repo"
fi
cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
rm -rf "$site"
/usr/bin/time -f "export: %e s wall, %U s user, %M KB peak RSS" \
  "$repo/target/release/docwiz" --root "$corpus/docwiz" export --format html --out "$site" >/dev/null

cd "$site"
bytes() { du -cb --apparent-size "$@" | tail -1 | cut -f1; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
langs=$(ls -d */ | tr -d / | grep -v -e '^f1$' -e '^search$')
pages=0
for l in $langs; do pages=$((pages + $(bytes "$l"))); done
search=$(($(bytes search) + $(bytes search.js)))
echo "topic and index pages ($(echo $langs | wc -w) languages): $(mib "$pages") in $(find $langs -name '*.html' | wc -l) files"
echo "F1 pages and f1-map.json: $(mib $(($(bytes f1) + $(bytes f1-map.json))))"
echo "search index and search.js: $(mib "$search") in $(find search -type f | wc -l) files ($((100 * search / pages))% of the pages)"
for l in $langs; do
  printf '  %-6s %s: terms %s in %d shards (biggest %s KiB), texts %s in %d chunks, meta.js %d B\n' \
    "$l" "$(mib "$(bytes "search/$l")")" "$(mib "$(bytes "search/$l/t")")" "$(ls "search/$l/t" | wc -l)" \
    "$(($(ls -S -l "search/$l/t" | awk 'NR == 2 { print $5 }') / 1024))" \
    "$(mib "$(bytes "search/$l/d")")" "$(ls "search/$l/d" | wc -l)" "$(bytes "search/$l/meta.js")"
done

# What a query loads before its hits' texts: meta.js and every shard whose
# prefix begins one of its words (folded as search.js folds them).
python3 - "$site" <<'EOF'
import json, os, sys, unicodedata
site = sys.argv[1]
def fold(word):
    word = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in word if unicodedata.category(c) != "Mn").replace("ß", "ss")
def name(prefix):
    return "-".join(format(ord(c), "x") for c in prefix) if prefix else "all"
for lang, query in [("en", "certificate"), ("en", "import root"), ("de", "Zertifikate"),
                    ("fr", "empreinte numerique"), ("ru", "сертификаты"), ("zh-TW", "根憑證")]:
    base = os.path.join(site, "search", lang)
    meta_path = os.path.join(base, "meta.js")
    text = open(meta_path, encoding="utf-8").read()
    meta = json.loads(text[text.index(",") + 1:text.rindex(")")])
    keys = [fold(w) for w in query.split()]
    if lang == "zh-TW":
        keys = [k[i:] for k in keys for i in range(len(k))]
    shards = [p for p in meta["shards"] if any(k.startswith(p) for k in keys)]
    size = os.path.getsize(meta_path) + sum(os.path.getsize(os.path.join(base, "t", name(p) + ".js")) for p in shards)
    chunks = [os.path.getsize(os.path.join(base, "d", f)) for f in os.listdir(os.path.join(base, "d"))]
    print(f"query {lang} {query!r}: {size / 1024:.0f} KiB in {len(shards) + 1} files, "
          f"then at most 10 chunks of ~{sum(chunks) / len(chunks) / 1024:.0f} KiB for the hits")
EOF
