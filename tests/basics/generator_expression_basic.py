# Generator expressions consumed by builtins (iteration only, no generator functions).
print(sum(x * x for x in range(10)), max(len(s) for s in ['a', 'bbb']), tuple(c for c in 'ab'))
squares = (n * n for n in range(4))
print(list(squares), list(squares))
print(sorted((x % 4 for x in range(10)), reverse=True), set(x % 2 for x in range(5)))
print(dict((k, v) for k, v in [('a', 1)]), ''.join(ch.upper() for ch in 'abc' if ch != 'b'))
