def traced(values):
    for v in values:
        print("  produce", v)
        yield v

print("any:")
print(any(traced([0, 0, 3, 0, 5])))
print("all:")
print(all(traced([1, 2, 0, 4])))
print("any empty:", any(traced([])))
print("all empty:", all(traced([])))
g = traced([0, 7, 8, 9])
print(any(g))
print("rest:", list(g))
print("in:")
g = traced([1, 2, 3, 4])
print(2 in g)
print("rest:", list(g))
print("zip stops at shortest:")
a = traced("ab")
b = traced([1, 2, 3])
print(list(zip(a, b)))
print("b left:", list(b))
print("next with default:", next(traced([]), "dflt"))
