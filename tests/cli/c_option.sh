#!/usr/bin/env bash
# pyco -c CODE runs CODE; sys.argv is ['-c', ARGS...] as in CPython.
$PYCO -c 'print(1 + 1)'
$PYCO -c 'import sys; print(sys.argv)' a b
$PYCO -c 'x = 5
for i in range(2):
    print(i * x)'
