#!/usr/bin/env bash
# --version prints a line starting with "pyco"; --help prints usage mentioning every option.
$PYCO --version | head -n 1 | grep -q '^pyco' && echo 'version ok'
$PYCO --version >/dev/null; echo "version exit: $?"
help=$($PYCO --help 2>&1); echo "help exit: $?"
for opt in -c -m -i --virtual-time --trace --dis --version; do
    printf '%s\n' "$help" | grep -q -e "$opt" && echo "help mentions $opt"
done
