#!/usr/bin/env bash
# The REPL's %time STATEMENT runs the statement (echoing an expression's value,
# which also becomes _) and then prints IPython's "CPU times" and "Wall time"
# lines. The numbers vary, so each duration written with 3 significant digits
# and a unit (as IPython's _format_time does) becomes "N UNIT". An error
# inside the timed statement prints its traceback and no times.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '%s\n' 'x = 3' '%time x * 2' '_ + 1' '%time y = sum(range(1000))' 'y' \
    '%time 1/0' 'x' '%time   print("hi")' '%time for i in range(2): print(i)' |
    $PYCO -i >"$dir/out" 2>&1
echo "status $?"
sed -E 's/\b([0-9]{1,3}|[0-9]\.[0-9]{1,2}|[0-9]{2}\.[0-9]) (ns|µs|ms|s)\b/N UNIT/g' "$dir/out"
