#!/usr/bin/env bash
# File names in tracebacks appear as typed on the command line, not as absolute paths.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/sub"
printf 'print("hi")\nraise ValueError("boom")\n' >"$dir/sub/demo.py"
cd "$dir" && $PYCO sub/demo.py 2>&1 | grep -v '^ *[~^]*$'
