#!/usr/bin/env bash
# --dis, --tokens and --ast print something for a small file and exit with status 0.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'def f(x):\n    return x + 1\nprint(f(1))\n' >"$dir/small.py"
for opt in --dis --tokens --ast; do
    out=$($PYCO $opt "$dir/small.py" 2>&1); status=$?
    [ -n "$out" ] && echo "$opt prints output, exit $status"
done
$PYCO --dis "$dir/small.py" | grep -q 'RETURN' && echo '--dis shows a RETURN instruction'
