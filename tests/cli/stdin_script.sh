#!/usr/bin/env bash
# With a file argument, the script still reads its own stdin with input().
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'name = input()\nprint("hello", name)\nprint(input("age? "))\n' >"$dir/ask.py"
printf 'Ann\n42\n' | $PYCO "$dir/ask.py"
