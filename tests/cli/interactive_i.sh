#!/usr/bin/env bash
# pyco -i FILE runs FILE, then reads statements from stdin in the file's globals.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'x = 21\nprint("file ran")\n' >"$dir/vars.py"
printf 'print(x * 2)\n' | $PYCO -i "$dir/vars.py" 2>/dev/null | grep -o -e 'file ran' -e '42'
