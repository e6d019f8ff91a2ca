#!/usr/bin/env bash
# make bench: times each benchmark under pyco, CPython and (where a twin exists) Lua 5.4.
#
#   tests/bench/run.sh [NAME ...]       default: every tests/bench/*.py
#   RUNS=5 PYCO=./pyco tests/bench/run.sh b6_fib
#
# Each benchmark first runs once under pyco and CPython to check that pyco can run it and prints
# the same output; otherwise its row says "skipped (reason)". Then RUNS rounds alternate the
# interpreters (so that machine noise hits them alike) and the table shows median wall times.
# Ratios are "how many times faster pyco is": cpython/pyco and lua/pyco (above 1 = pyco wins).
set -u
cd "$(dirname "$0")/../.." || exit 2
PYCO=${PYCO:-./pyco}
RUNS=${RUNS:-3}
CAP=${CAP:-60}          # seconds allowed for one run of one benchmark

if [ -x /usr/bin/python3.11 ]; then CPYTHON=/usr/bin/python3.11; else CPYTHON=$(command -v python3); fi
LUA=$(command -v lua5.4 || true)
echo "pyco: $PYCO; CPython: $CPYTHON ($($CPYTHON --version 2>&1)); Lua: ${LUA:-not installed}"
echo "median of $RUNS runs, each capped at ${CAP}s"
export PYTHONDONTWRITEBYTECODE=1

# Wall time of one run in seconds, or "fail". The clock is bash's own (EPOCHREALTIME, no
# process) and the interpreter runs directly, not under `timeout`: wrapping it in `date` and
# `timeout` processes used to add ~3.5 ms to every run, drowning a 2 ms start-up. (The check
# run before the timed rounds is capped, so a benchmark that hangs never gets this far.)
time_run() {
    local start end
    start=${EPOCHREALTIME/,/.}
    "$@" >/dev/null 2>&1 || { echo fail; return; }
    end=${EPOCHREALTIME/,/.}
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }'
}

median() {
    printf '%s\n' "$@" | grep -v fail | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.4f", v[int((NR + 1) / 2)] }'
}

# The Lua twin of a Python benchmark, if any.
lua_twin() {
    local name=$1
    [ "$name" = b7_asyncio_run ] && name=b7_coroutine_run
    [ -f "tests/bench/$name.lua" ] && echo "tests/bench/$name.lua"
}

# Peak resident memory (KB) of one run, or "-" without GNU time.
peak_kb() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f %M timeout "$CAP" "$@" 2>&1 >/dev/null | tail -n 1
    else
        echo -
    fi
}

# b5 keeps 100,000 tasks suspended at once: report the memory each one costs, as
# (peak RSS - peak RSS of an empty script) / 100,000, for both interpreters.
memory_per_task() {
    local file=$1 interp name peak empty
    for interp in "$PYCO" "$CPYTHON"; do
        name=pyco
        [ "$interp" = "$CPYTHON" ] && name=cpython
        peak=$(peak_kb "$interp" "$file")
        empty=$(peak_kb "$interp" tests/bench/b7_empty.py)
        awk -v n="$name" -v p="$peak" -v e="$empty" 'BEGIN {
            if (p == "-" || e == "-") { printf "    %-8s peak memory: unknown (no /usr/bin/time)\n", n; exit }
            printf "    %-8s peak %.1f MB, empty script %.1f MB: %.0f bytes per suspended task\n", n, p / 1024, e / 1024, (p - e) * 1024 / 100000 }'
    done
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'
}

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for f in tests/bench/*.py; do names+=("$(basename "$f" .py)"); done
fi

printf '%-22s %9s %11s %8s %8s %8s\n' benchmark 'pyco s' 'cpython s' 'cpy/pyco' 'lua s' 'lua/pyco'
for name in "${names[@]}"; do
    file=tests/bench/$name.py
    twin=$(lua_twin "$name")
    want=$(timeout "$CAP" "$CPYTHON" "$file" 2>&1)
    got=$(timeout "$CAP" "$PYCO" "$file" 2>&1)
    status=$?
    if [ $status != 0 ]; then
        reason=$(printf '%s\n' "$got" | tail -n 1 | cut -c1-60)
        [ $status = 124 ] && reason="over ${CAP}s"
        printf '%-22s skipped (%s)\n' "$name" "${reason:-exit status $status}"
        continue
    fi
    if [ "$got" != "$want" ]; then
        printf '%-22s skipped (output differs from CPython)\n' "$name"
        continue
    fi
    pyco_times=() cpy_times=() lua_times=()
    for ((round = 0; round < RUNS; round++)); do
        pyco_times+=("$(time_run "$PYCO" "$file")")
        cpy_times+=("$(time_run "$CPYTHON" "$file")")
        [ -n "$LUA" ] && [ -n "$twin" ] && lua_times+=("$(time_run "$LUA" "$twin")")
    done
    pyco_s=$(median "${pyco_times[@]}")
    cpy_s=$(median "${cpy_times[@]}")
    lua_s=-
    [ ${#lua_times[@]} -gt 0 ] && lua_s=$(median "${lua_times[@]}")
    case " ${pyco_times[*]} ${cpy_times[*]} ${lua_times[*]} " in
    *fail*) note="  (some runs failed or hit the cap)" ;;
    *) note="" ;;
    esac
    printf '%-22s %9s %11s %8s %8s %8s%s\n' "$name" "$pyco_s" "$cpy_s" "$(ratio "$cpy_s" "$pyco_s")" \
        "$lua_s" "$(ratio "$lua_s" "$pyco_s")" "$note"
    [ "$name" = b5_spawn_many ] && memory_per_task "$file"
done
