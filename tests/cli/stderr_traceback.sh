#!/usr/bin/env bash
# The traceback of -c code names "<string>" and goes to stderr only.
out=$($PYCO -c 'def f():
    return 1 / 0
f()' 2>&1 >/dev/null)
printf '%s\n' "$out" | grep -v '^ *[~^]*$'
echo "stdout is empty: [$($PYCO -c '1/0' 2>/dev/null)]"
