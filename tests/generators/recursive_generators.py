def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p

print(list(perms([1, 2, 3])))

def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)

moves = list(hanoi(4, "A", "B", "C"))
print(len(moves), moves[:5])

def inorder(t):
    if t is not None:
        left, val, right = t
        for v in inorder(left):
            yield v
        yield val
        for v in inorder(right):
            yield v

tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(tree)))
