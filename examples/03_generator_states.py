# 03 — The states of a generator, and send / throw / close (seed 003, 2.1).
#
# A generator is CREATED, then SUSPENDED at a yield each time it pauses, and
# CLOSED when it ends. send(value) resumes it and makes the paused `yield`
# expression evaluate to value; throw(exc) raises exc at the paused yield;
# close() stops it for good.
import inspect


def generator():
    i = '激活生成器'
    while True:
        try:
            value = yield i
        except ValueError:
            print('OVER')
        i = value


g = generator()                        # 1: create it
print(inspect.getgeneratorstate(g))    # 2: GEN_CREATED
print(next(g))                         # 3: prime it: run to the first yield
print(inspect.getgeneratorstate(g))    #    GEN_SUSPENDED
print(g.send('Hello Shiyanlou'))       # 4: the yield evaluates to the sent value
print(g.throw(ValueError))             # 5: handled inside: prints OVER
g.close()                              # 6: finish it
print(inspect.getgeneratorstate(g))    #    GEN_CLOSED
