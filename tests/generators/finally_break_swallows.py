# break/continue/return in a finally block swallow the GeneratorExit or thrown exception.
def brk():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
            if i == 1:
                break
    print("after loop")

g = brk()
next(g)
g.close()
print("closed at 0")
g = brk()
next(g); next(g)
print("close ->", g.close())

def brk_yield():
    for i in range(3):
        try:
            yield i
        finally:
            break
    yield "again"
g = brk_yield()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def cont():
    for i in range(3):
        try:
            yield i
        finally:
            continue
g = cont()
print(next(g), g.throw(KeyError), g.throw(ValueError))
try:
    g.throw(TypeError)
except StopIteration:
    print("loop ended: StopIteration")

def ret():
    try:
        yield 1
    finally:
        return "swallowed"
g = ret()
next(g)
try:
    g.throw(IndexError)
except StopIteration as e:
    print("StopIteration value", e.value)
