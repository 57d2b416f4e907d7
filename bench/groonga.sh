#!/usr/bin/env bash
# Runs the Groonga peer of the recaps benchmark: Debian's groonga-bin, its HTTP server on a
# loopback port, a throw-away database with the same fields the recaps index has, TokenBigram +
# NormalizerAuto. Called by `recaps bench` (dev.recaps.bench.GroongaPeer); usable by hand too.
#
#   bench/groonga.sh installed             exit 0 if the groonga binary is installed, else 3
#   bench/groonga.sh check                 exit 0 if groonga is installed (or installable), else 3
#   bench/groonga.sh start WORKDIR PORT    install if missing, create the database, start the server
#   bench/groonga.sh load PORT FILE.json   load documents (a JSON array) into the Recaps table
#   bench/groonga.sh stop WORKDIR          stop the server started in WORKDIR and delete WORKDIR
set -euo pipefail

die() { echo "groonga.sh: $*" >&2; exit 2; }

# shellcheck source=bench/apt-install.sh
. "$(dirname "$0")/apt-install.sh"

schema() {
  # Same fields as the recaps index; facet-like columns are scalars/vectors for drilldown. Groonga
  # cannot put vector columns in a multi-column full-text index, so each vector gets its own.
  cat <<'GRN'
table_create Recaps TABLE_HASH_KEY ShortText
column_create Recaps title COLUMN_SCALAR ShortText
column_create Recaps headings COLUMN_SCALAR Text
column_create Recaps body COLUMN_SCALAR LongText
column_create Recaps tags COLUMN_VECTOR ShortText
column_create Recaps conference COLUMN_SCALAR ShortText
column_create Recaps year COLUMN_SCALAR UInt16
column_create Recaps speakers COLUMN_VECTOR ShortText
column_create Recaps topics COLUMN_VECTOR ShortText
column_create Recaps lang COLUMN_SCALAR ShortText
table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram --normalizer NormalizerAuto
column_create Terms recaps_text COLUMN_INDEX|WITH_POSITION|WITH_SECTION Recaps title,headings,body,conference
column_create Terms recaps_tags COLUMN_INDEX|WITH_POSITION|WITH_SECTION Recaps tags
column_create Terms recaps_speakers COLUMN_INDEX|WITH_POSITION|WITH_SECTION Recaps speakers
column_create Terms recaps_topics COLUMN_INDEX|WITH_POSITION|WITH_SECTION Recaps topics
GRN
}

case "${1:-}" in
  installed)
    installed_or_exit groonga
    ;;
  check)
    installable_or_exit groonga
    ;;
  start)
    [ $# -eq 3 ] || die "usage: start WORKDIR PORT"
    work=$2; port=$3
    install_if_missing groonga.sh groonga groonga-bin
    mkdir -p "$work/db"
    out=$(schema | groonga -n "$work/db/recaps")
    if grep -q '^\[\[-' <<<"$out"; then die "schema creation failed: $(grep '^\[\[-' <<<"$out" | head -1)"; fi
    # No result cache: the recaps engine has none, and a cache would measure the query log's repeats.
    groonga --protocol http -s -d --bind-address 127.0.0.1 --port "$port" --cache-limit 0 \
      --pid-path "$work/groonga.pid" --log-path "$work/groonga.log" \
      --query-log-path "$work/query.log" "$work/db/recaps"
    for _ in $(seq 1 100); do
      curl -sf "http://127.0.0.1:$port/d/status" >/dev/null 2>&1 && { groonga --version | head -1; exit 0; }
      sleep 0.1
    done
    die "the server did not answer on port $port (see $work/groonga.log)"
    ;;
  load)
    [ $# -eq 3 ] || die "usage: load PORT FILE.json"
    curl -sf --data-binary @"$3" -H 'Content-Type: application/json' \
      "http://127.0.0.1:$2/d/load?table=Recaps" || die "load failed"
    echo
    ;;
  stop)
    [ $# -eq 2 ] || die "usage: stop WORKDIR"
    work=$2
    if [ -f "$work/groonga.pid" ]; then
      pid=$(cat "$work/groonga.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    ;;
  *)
    die "usage: groonga.sh installed | check | start WORKDIR PORT | load PORT FILE.json | stop WORKDIR"
    ;;
esac
