#!/usr/bin/env bash
# A REPL session read from a pipe: expression values are echoed (None is not)
# and stored in _, an exception prints its traceback and the session keeps its
# variables, a block ends at a blank line, and end of input (Ctrl-D) ends the
# session with status 0; exit(N) ends it with status N.
printf '%s\n' 'x = 10' 'x + 1' '_ * 2' 'None' '_' 'def f(n):' '    return n / 0' '' \
    'f(x)' 'x' 'undefined' '_' '[i * i for i in range(3)]' 'if x:' '    print("yes")' '' \
    '"text"' |
    $PYCO -i 2>&1
echo "status $?"
printf 'print("bye")\nexit(3)\nprint("not reached")\n' | $PYCO -i 2>&1
echo "status $?"
