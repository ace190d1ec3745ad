#!/usr/bin/env bash
# kill -9 torture test of `citegraph ingest`.
#
#   Benchmarks/store/torture.sh BINARY CORPUS [KILLS]
#
# BINARY is anything that accepts `BINARY ingest CORPUS --db DB` (the citegraph CLI, or the
# store-bench stand-in of this folder). An uninterrupted ingest gives the reference dump. Then
# ingests of the same corpus are killed with SIGKILL at KILLS (default 20) random moments
# between 0 and the reference's duration. After every kill the store must pass SQLite's
# integrity_check, foreign_key_check and the store's invariants (check_store.py). A run that
# finishes before its kill ends a chain: its dump must equal the reference, and the next chain
# starts from an empty store. At the end a rerun completes the last chain and its dump is
# compared with the reference. SEED=N makes the moments reproducible. Exit 0 only if all held.
set -u
if [ $# -lt 2 ]; then
    sed -n '2,15p' "$0" >&2
    exit 2
fi
BIN=$1
CORPUS=$2
KILLS=${3:-20}
SEED=${SEED:-$$}
HERE=$(cd "$(dirname "$0")" && pwd)
CHECK="python3 $HERE/check_store.py"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/citegraph-torture.XXXXXX")
LOG=$WORK/ingest.log
trap 'rm -rf "$WORK"' EXIT
RANDOM=$SEED
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
fail() { echo "FAIL: $*"; echo "(log: last lines)"; tail -5 "$LOG"; trap - EXIT; echo "kept $WORK"; exit 1; }

echo "seed $SEED, $KILLS kills, corpus $CORPUS"
start=$(now_ms)
"$BIN" ingest "$CORPUS" --db "$WORK/ref.sqlite" >>"$LOG" 2>&1 || fail "reference ingest exited $?"
duration=$(( $(now_ms) - start ))
$CHECK check "$WORK/ref.sqlite" >/dev/null || fail "reference store is not consistent"
$CHECK dump "$WORK/ref.sqlite" "$WORK/ref.dump"
echo "reference: ${duration} ms, $($CHECK count "$WORK/ref.sqlite") documents, $(grep -c . "$WORK/ref.dump") dump lines"

DB=$WORK/t.sqlite
kills=0
round=0
chains=0
while [ "$kills" -lt "$KILLS" ]; do
    round=$((round + 1))
    delay=$(( RANDOM * duration / 32767 ))
    "$BIN" ingest "$CORPUS" --db "$DB" >>"$LOG" 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null
        kills=$((kills + 1))
        state="killed at ${delay} ms"
    else
        wait "$pid"
        rc=$?
        [ "$rc" -eq 0 ] || fail "round $round: ingest exited $rc"
        state="finished before ${delay} ms"
    fi
    $CHECK check "$DB" >"$WORK/check.out" 2>&1 || fail "round $round ($state): $(cat "$WORK/check.out")"
    echo "round $round: $state, $($CHECK count "$DB") documents, consistent"
    if [ "${state#finished}" != "$state" ]; then
        $CHECK dump "$DB" "$WORK/t.dump"
        cmp -s "$WORK/ref.dump" "$WORK/t.dump" || fail "round $round: completed store differs from the reference ($(diff "$WORK/ref.dump" "$WORK/t.dump" | head -3))"
        chains=$((chains + 1))
        rm -f "$DB" "$DB-wal" "$DB-shm" "$DB.lock"
    fi
done
"$BIN" ingest "$CORPUS" --db "$DB" >>"$LOG" 2>&1 || fail "final rerun exited $?"
$CHECK check "$DB" >/dev/null || fail "final store is not consistent"
$CHECK dump "$DB" "$WORK/t.dump"
cmp -s "$WORK/ref.dump" "$WORK/t.dump" || fail "final store differs from the reference ($(diff "$WORK/ref.dump" "$WORK/t.dump" | head -3))"
echo "PASS: $kills kills in $round rounds ($chains chains completed on the way), every store consistent, final dump equals the reference"
