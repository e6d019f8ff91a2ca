# yield from chains and recursive for-loops over generators hit the recursion limit like calls.
def chain(n):
    if n == 0:
        yield "leaf"
        return
    yield from chain(n - 1)
for depth in (500, 990, 5000):
    try:
        print(depth, next(chain(depth)))
    except RecursionError as e:
        print(depth, "RecursionError", e)
def rec(n):
    if n == 0:
        yield 0
        return
    for v in rec(n - 1):
        yield v + 1
try:
    print(list(rec(5000)))
except RecursionError as e:
    print("RecursionError", e)
