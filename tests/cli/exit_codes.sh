#!/usr/bin/env bash
# Exit statuses: 0 normally, 1 after an uncaught exception, n for sys.exit(n), 2 for usage errors.
$PYCO -c 'pass'; echo "pass: $?"
$PYCO -c '1/0' 2>/dev/null; echo "uncaught: $?"
$PYCO -c 'import sys; sys.exit(5)'; echo "sys.exit(5): $?"
$PYCO -c 'raise SystemExit(9)'; echo "SystemExit(9): $?"
$PYCO -c 'import sys; sys.exit("msg")' 2>/dev/null; echo "sys.exit(msg): $?"
$PYCO tests/cli/no_such_file.py 2>/dev/null; echo "missing file: $?"
$PYCO --no-such-option 2>/dev/null; echo "bad option: $?"
$PYCO -c 2>/dev/null; echo "-c without code: $?"
$PYCO -c 'x = (' 2>/dev/null; echo "syntax error: $?"
