# yield inside except, else and finally blocks.
def gen(fail):
    try:
        yield "try"
        if fail:
            raise KeyError("k")
    except KeyError as e:
        yield "except " + repr(e)
    else:
        yield "else"
    finally:
        yield "finally"
    yield "done"

print(list(gen(False)))
print(list(gen(True)))

def cleanup():
    try:
        yield 1
    finally:
        print("cleanup start")
        x = yield "from finally"
        print("cleanup got", x)

g = cleanup()
print(next(g))
print(next(g))
try:
    g.send("v")
except StopIteration:
    print("finished")
