#!/usr/bin/env bash
# pyco FILE ARGS: sys.argv[0] is FILE as typed; arguments after the file belong to the script.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'import sys\nprint(sys.argv)\nprint(__name__)\n' >"$dir/args.py"
cd "$dir" && $PYCO args.py 1 --version -c
