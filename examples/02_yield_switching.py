# 02 — Switching between two functions with yield (seed 002, section 2.1).
#
# The tutorial times two loops of 10,000,000 steps run one after the other,
# then the same work with func2 switching into func1 at every step via
# next(g). The switching version is slower: yield lets us interleave tasks,
# but it cannot make pure computation faster, and it cannot notice I/O.
# (The elapsed times go to stderr: they differ from run to run and machine
# to machine, so they are not part of the checked output.)
import sys
import time

STEPS = 1000000  # the tutorial uses 10,000,000; fewer steps keep the example quick


def serial_func1():
    for i in range(STEPS):
        i + 1


def serial_func2():
    for i in range(STEPS):
        i + 1


start = time.time()
serial_func1()
serial_func2()
stop = time.time()
print("serial: both loops done")
print("serial time:", stop - start, file=sys.stderr)


def func1():
    while True:
        yield


def func2():
    g = func1()
    for i in range(STEPS):
        i + 1
        next(g)  # switch into func1 and back, once per step


start = time.time()
func2()
stop = time.time()
print("with yield: both tasks done, switched", STEPS, "times")
print("yield time:", stop - start, file=sys.stderr)
