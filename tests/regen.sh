#!/usr/bin/env bash
# Writes the expected-output files of tests from CPython, the oracle: NAME.py.out (stdout),
# NAME.py.err (stderr, paths made relative, only when not empty) and NAME.py.exit (only when
# not 0). Review every generated file before committing it: it becomes what pyco must print.
#
#   tests/regen.sh FILE.py ...      (re)generate these tests
#   tests/regen.sh --missing        every test that has no expectations yet
# Tests marked "# pyco-only" and tests with "# expect:" lines are left alone.
set -u
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
ORACLE=${ORACLE:-python3}
export PYTHONDONTWRITEBYTECODE=1

regen() {
    local test=$1 argv status
    head -n 3 "$test" | grep -q '^# pyco-only' && return
    grep -q '# expect: ' "$test" && return
    argv=$(head -n 5 "$test" | sed -n 's/^# argv: *//p' | head -n 1)
    # shellcheck disable=SC2086
    timeout 10 "$ORACLE" "$test" $argv >"$test.out" 2>"$test.err.tmp" </dev/null
    status=$?
    sed "s#$ROOT/##g" "$test.err.tmp" >"$test.err"
    rm -f "$test.err.tmp"
    [ -s "$test.err" ] || rm -f "$test.err"
    if [ $status != 0 ]; then echo $status >"$test.exit"; else rm -f "$test.exit"; fi
    echo "$test: exit $status, $(wc -l <"$test.out") lines of stdout"
}

if [ "${1:-}" = "--missing" ]; then
    for test in tests/*/*.py; do
        case "$test" in tests/bench/*|*/_*) continue ;; esac
        [ -f "$test.out" ] || regen "$test"
    done
else
    for test in "$@"; do regen "$test"; done
fi
