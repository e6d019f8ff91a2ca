matrix = [[1, 2, 3], [4, 5, 6]]
flat = (v for row in matrix for v in row)
print(list(flat))
g = ((x, y) for x in range(3) if x != 1 for y in range(x) if y >= 0)
print(list(g))
outer = (sum(v for v in row) for row in matrix)
print(list(outer))
gg = ((i * j for j in range(3)) for i in range(3))
print([list(inner) for inner in gg])
print(sum(x * x for x in range(10)))
print(max(len(w) for w in "a bb ccc".split()))
print(sorted((c for c in "hello"), reverse=True))
print([list(c for c in w) for w in ("ab", "c")])
print({k: list(v for v in range(k)) for k in range(3)})
print(set(x % 2 for x in (y * 3 for y in range(5))))
def f(it, *rest):
    return list(it), rest
print(f(x for x in "ab"))
print("".join(str(d) for d in range(5)))
