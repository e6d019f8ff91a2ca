#!/usr/bin/env bash
# pyco -m MODULE runs a module found on the search path (the current directory) as __main__.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat >"$dir/hello_mod.py" <<'PY'
import sys
print('hello from', __name__, sys.argv[1:])
PY
cd "$dir" && $PYCO -m hello_mod x y; echo "exit: $?"
$PYCO -m no_such_module_for_pyco 2>/dev/null; echo "missing module exit: $?"
