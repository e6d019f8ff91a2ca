def gen():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs before StopIteration")

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def override():
    try:
        yield 1
        return "try"
    finally:
        return "finally wins"

print([x for x in override()])
g = override()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def finally_yield():
    try:
        return "r"
    finally:
        yield "yield in finally after return"

g = finally_yield()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
