def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3

print(list(outer()))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4]], 5, [[6]]])))

def from_iterables():
    yield from range(3)
    yield from "ab"
    yield from [10, 20]
    yield from (x * 2 for x in range(2))
print(list(from_iterables()))
