def gen():
    x = yield 1
    return x

g = gen()
next(g)
try:
    g.send("ret")
except StopIteration as e:
    print("first stop:", repr(e.value), e.args)
for i in range(2):
    try:
        g.send(i)
    except StopIteration as e:
        print("again:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("next:", repr(e.value))

def empty():
    return
    yield
e = empty()
try:
    e.send(None)
except StopIteration as s:
    print("empty", s.value)
try:
    e.send(5)
except StopIteration as s:
    print("empty again", s.value)
