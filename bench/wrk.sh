#!/usr/bin/env bash
# Runs the HTTP load generator of the recaps benchmark: Debian's wrk (4.1.0) with
# bench/wrk-paths.lua, which cycles through a file of request paths, checks every answer and prints
# one `RESULT {json}` line like dev.recaps.bench.LoadClient. Called by `recaps bench`
# (dev.recaps.bench.LoadGenerator, --load-client wrk|auto); usable by hand too.
#
#   bench/wrk.sh installed     exit 0 if the wrk binary is installed, else 3
#   bench/wrk.sh check         exit 0 if wrk is installed (or installable), else 3
#   bench/wrk.sh version       install if missing, print the version (e.g. "wrk 4.1.0")
#   bench/wrk.sh run BASE_URL PATHS_FILE CLIENTS THREADS WARMUP_S DURATION_S OK_PREFIX
#                              install if missing; a warm-up run (not recorded), then the
#                              measured run; prints RESULT {json} on stdout, wrk's reports on stderr
#
# The bench passes CLIENTS = --clients (8) and THREADS = 1 (dev.recaps.bench.LoadGenerator.WRK_THREADS
# has the measurement behind one thread on two cores).
# wrk takes whole seconds: WARMUP_S and DURATION_S round up (0.5 → 1 s; a warm-up of 0 is skipped,
# the measured run lasts at least 1 s); the RESULT line gives the seconds actually measured.
set -euo pipefail

die() { echo "wrk.sh: $*" >&2; exit 2; }

# shellcheck source=bench/apt-install.sh
. "$(dirname "$0")/apt-install.sh"

# Whole seconds for wrk's -d: rounds up; "0" stays 0.
whole_seconds() {
  [[ "$1" =~ ^[0-9]+([.][0-9]+)?$ ]] || die "not a number of seconds: $1"
  awk -v s="$1" 'BEGIN { w = int(s); if (w < s) w++; print w }'
}

case "${1:-}" in
  installed)
    installed_or_exit wrk
    ;;
  check)
    installable_or_exit wrk
    ;;
  version)
    install_if_missing wrk.sh wrk wrk
    # "wrk debian/4.1.0-3+b2 [epoll] Copyright ..." (wrk -v exits 1 after printing its usage)
    { wrk -v 2>&1 || true; } | sed -nE '1s/^wrk (debian\/)?([0-9][0-9.]*).*/wrk \2/p'
    ;;
  run)
    [ $# -eq 8 ] || die "usage: run BASE_URL PATHS_FILE CLIENTS THREADS WARMUP_S DURATION_S OK_PREFIX"
    base=$2; paths=$3; clients=$4; threads=$5; prefix=$8
    warmup=$(whole_seconds "$6"); duration=$(whole_seconds "$7")
    [ "$duration" -ge 1 ] || duration=1
    [ -r "$paths" ] || die "cannot read the paths file $paths"
    install_if_missing wrk.sh wrk wrk
    script="$(cd "$(dirname "$0")" && pwd)/wrk-paths.lua"
    # Keep-alive HTTP/1.1 connections (wrk's default), CLIENTS of them over THREADS event loops.
    wrk_run() {
      wrk -t "$threads" -c "$clients" -d "${1}s" --timeout 30s --latency -s "$script" "$base/" \
        -- "$paths" "$prefix" "$threads"
    }
    if [ "$warmup" -gt 0 ]; then
      wrk_run "$warmup" >&2
    fi
    # wrk's own report goes to stderr (the bench's client log); stdout carries the RESULT line only.
    wrk_run "$duration" | awk '/^RESULT /{ print; next } { print > "/dev/stderr" }'
    ;;
  *)
    die "usage: wrk.sh installed | check | version | run BASE_URL PATHS_FILE CLIENTS THREADS WARMUP_S DURATION_S OK_PREFIX"
    ;;
esac
