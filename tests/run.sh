#!/usr/bin/env bash
# The test runner: runs every test under pyco, compares what it prints with what CPython 3.11
# prints, and (when python3 exists) checks that the expectations themselves still match CPython.
#
#   tests/run.sh [DIR|FILE ...]     default: every folder under tests/ except bench/, and examples/
#   PYCO=build/asan/pyco tests/run.sh tests/basics
#   ORACLE=none tests/run.sh        skip the CPython check (ORACLE names the python3 to use)
#
# A test is tests/<area>/NAME.py (helpers imported by tests start with "_" or live in a
# subfolder: they are not tests). Its expectations sit next to it:
#   NAME.py.out    expected stdout          (or "# expect: TEXT" lines inside NAME.py)
#   NAME.py.err    expected stderr          (optional; compared after normalise_stderr)
#   NAME.py.exit   expected exit status     (optional; default 0)
# Markers in the first lines of a test:
#   # pyco-only          skip the CPython oracle check (pyco's own behaviour, e.g. --dis)
#   # args: ARGS         extra arguments for pyco, before the file (e.g. --virtual-time)
#   # argv: ARGS         arguments after the file, for pyco and python3 (sys.argv)
# A test may also be NAME.sh (pyco-only): run with bash, $PYCO set to the binary; its stdout
# and exit status are compared with NAME.sh.out / NAME.sh.exit.
#
# Every test runs with the repository root as the working directory and a 10 s timeout
# (TIMEOUT=s), one per core (JOBS=n). Each failure prints one line ("FAIL [pyco]" or, when the
# expectation itself disagrees with CPython, "FAIL [oracle]") and a short diff. The last line is
# exactly "N passed, N failed" (counting tests); the status is 1 when anything failed.
set -u

cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
PYCO=${PYCO:-./pyco}
ORACLE=${ORACLE:-python3}
TIMEOUT=${TIMEOUT:-10}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# Make paths relative: CPython turns the main script's path into an absolute one. Everything
# else is compared, including the ~~^^ position markers under traceback lines.
# Traceback frames inside a standard library (CPython's lib/python3.x, pyco's stdlib/) are
# dropped on both sides: they show each interpreter's own implementation (asyncio.run is
# runners.py + base_events.py in CPython, stdlib/asyncio in pyco), not the program's behaviour.
normalise_stderr() {
    sed -e "s#$ROOT/##g" "$1" | awk '
        /^  File "/ { library = ($0 ~ /^  File "(stdlib\/|[^"]*\/lib\/python3)/) }
        /^[^ ]/ { library = 0 }
        !library { print }'
}

# The expected stdout of test $1: its .out file, else its "# expect: " lines.
expected_stdout() {
    if [ -f "$1.out" ]; then
        cat "$1.out"
    else
        grep -o '# expect: .*$' "$1" | sed 's/^# expect: //'
    fi
}

# Value of a "# NAME: ..." marker in the first 5 lines of $1.
marker() {
    head -n 5 "$1" | sed -n "s/^# $2: *//p" | head -n 1
}

# Compare one run against the expectations of test $1. $2 = label, $3 = stdout file,
# $4 = stderr file, $5 = exit status. Prints a failure report and returns 1 on mismatch.
check_run() {
    local test=$1 label=$2 out=$3 err=$4 status=$5 tmp=$6 want_exit=0 problems=""
    if [ ! -f "$test.out" ] && ! grep -q '# expect: ' "$test"; then
        echo "FAIL [$label] $test: no expectations ($test.out is missing: see tests/regen.sh)"
        return 1
    fi
    [ -f "$test.exit" ] && want_exit=$(tr -d ' \n' <"$test.exit")
    expected_stdout "$test" >"$tmp/want.out"
    if [ "$status" = 124 ]; then
        problems="timeout after ${TIMEOUT}s"
    elif [ "$status" = 126 ] || [ "$status" = 127 ]; then
        problems="could not execute the binary (status $status: missing or being rebuilt?)"
    elif [ "$status" -ge 128 ] && [ "$status" != "$want_exit" ]; then
        problems="killed by signal $((status - 128))"
    elif [ "$status" != "$want_exit" ]; then
        problems="exit status $status, expected $want_exit"
    fi
    if ! cmp -s "$tmp/want.out" "$out"; then
        problems="${problems:+$problems; }stdout differs"
    fi
    if [ -f "$test.err" ]; then
        normalise_stderr "$test.err" >"$tmp/want.err"
        normalise_stderr "$err" >"$tmp/got.err"
        cmp -s "$tmp/want.err" "$tmp/got.err" || problems="${problems:+$problems; }stderr differs"
    fi
    [ -z "$problems" ] && return 0
    echo "FAIL [$label] $test: $problems"
    if ! cmp -s "$tmp/want.out" "$out"; then
        diff -a -u --label expected --label "$label" "$tmp/want.out" "$out" | sed -n '3,14p' | sed 's/^/    /'
    fi
    if [ -f "$test.err" ] && ! cmp -s "$tmp/want.err" "$tmp/got.err"; then
        diff -a -u --label expected.err --label "$label.err" "$tmp/want.err" "$tmp/got.err" \
            | sed -n '3,12p' | sed 's/^/    /'
    elif [ "$status" != 0 ] && [ "$status" != "$want_exit" ]; then
        head -n 6 "$err" | sed 's/^/    stderr: /'
    fi
    return 1
}

# Run one test; print "PASS" or the failure report. Called by xargs, one process per test.
run_one() {
    local test=$1 tmp ok=0 args argv status
    tmp=$(mktemp -d)
    case "$test" in
    *.sh)
        PYCO="$PYCO" timeout "$TIMEOUT" bash "$test" >"$tmp/out" 2>"$tmp/err" </dev/null
        check_run "$test" pyco "$tmp/out" "$tmp/err" $? "$tmp" || ok=1
        ;;
    *)
        args=$(marker "$test" args)
        argv=$(marker "$test" argv)
        # shellcheck disable=SC2086  # args and argv are word lists on purpose
        timeout "$TIMEOUT" "$PYCO" $args "$test" $argv >"$tmp/out" 2>"$tmp/err" </dev/null
        status=$?
        check_run "$test" pyco "$tmp/out" "$tmp/err" $status "$tmp" || ok=1
        if [ -n "$HAVE_ORACLE" ] && ! head -n 3 "$test" | grep -q '^# pyco-only'; then
            # shellcheck disable=SC2086
            timeout "$TIMEOUT" "$ORACLE" "$test" $argv >"$tmp/pout" 2>"$tmp/perr" </dev/null
            status=$?
            check_run "$test" oracle "$tmp/pout" "$tmp/perr" $status "$tmp" || ok=1
        fi
        ;;
    esac
    rm -rf "$tmp"
    [ $ok = 0 ] && echo PASS
}

# The tests named by the arguments (folders are searched one level deep).
list_tests() {
    local arg
    for arg in "$@"; do
        if [ -d "$arg" ]; then
            find "$arg" -maxdepth 1 -type f \( -name '*.py' -o -name '*.sh' \) \
                ! -name '_*' ! -name 'run.sh'
        elif [ -f "$arg" ]; then
            echo "$arg"
        else
            echo "no such test: $arg" >&2
        fi
    done | sed 's#^\./##' | sort
}

if [ "${1:-}" = "--one" ]; then
    # One write per test, so that reports of parallel tests never interleave.
    report=$(run_one "$2")
    printf '%s\n' "$report"
    exit 0
fi

if ! command -v "$PYCO" >/dev/null 2>&1; then
    echo "run.sh: no pyco binary at $PYCO (build it with make, or set PYCO=...)" >&2
    exit 2
fi
# .sh tests change directory: give them an absolute path to the binary.
case "$PYCO" in
*/*) PYCO="$(cd "$(dirname "$PYCO")" && pwd)/$(basename "$PYCO")" ;;
*) PYCO=$(command -v "$PYCO") ;;
esac
# CPython must not leave __pycache__ folders next to the tests' helper modules.
export PYTHONDONTWRITEBYTECODE=1
HAVE_ORACLE=""
if command -v "$ORACLE" >/dev/null 2>&1; then
    HAVE_ORACLE=yes
else
    echo "note: $ORACLE not found: the CPython oracle check is skipped"
fi
export PYCO ORACLE TIMEOUT HAVE_ORACLE

if [ $# -eq 0 ]; then
    # shellcheck disable=SC2046  # folder names have no spaces
    set -- $(find tests -mindepth 1 -maxdepth 1 -type d ! -name bench | sort)
    [ -d examples ] && set -- "$@" examples
fi
results=$(mktemp)
list_tests "$@" | xargs -r -P "$JOBS" -n 1 bash "$0" --one >"$results"
passed=$(grep -acx PASS "$results")
failed_tests=$(grep -a '^FAIL' "$results" | sed 's/^FAIL \[[a-z]*\] \([^:]*\):.*/\1/' | sort -u | wc -l)
grep -avx PASS "$results"
rm -f "$results"
echo "$passed passed, $failed_tests failed"
[ "$failed_tests" = 0 ]
