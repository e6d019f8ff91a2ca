def gen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = gen()
next(g)
g.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_in_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_in_exit()
next(r)
print(r.close())
