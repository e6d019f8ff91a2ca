# close() on a generator that yields after GeneratorExit raises RuntimeError; it ignores
# only the first GeneratorExit, so the final close at exit finishes it quietly.
ignored = 0
def gen():
    global ignored
    while True:
        try:
            yield 1
        except GeneratorExit:
            ignored += 1
            print("GeneratorExit number", ignored)
            if ignored > 1:
                return

g = gen()
next(g)
g.close()
