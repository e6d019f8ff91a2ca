def gen(n):
    for i in range(n):
        yield i

print(tuple(gen(4)))
print(sorted(set(x % 3 for x in gen(10))))
print(dict((i, i * i) for i in gen(4)))
print(sorted(gen(5), reverse=True))
print(sum(gen(101)), sum(gen(4), 10))
print(min(gen(5)), max(gen(5)), max((x % 4 for x in gen(10)), key=lambda v: -v))
print(list(zip(gen(3), "abcdef", gen(10))))
print(list(enumerate(gen(3), 1)))
print(list(map(lambda a, b: a * b, gen(4), gen(10))))
print(list(filter(lambda v: v % 2, gen(7))))
print(list(filter(None, gen(4))))
print(list(reversed(list(gen(3)))))
print(" ".join(str(x) for x in gen(5)))
print("-".join(c for c in "xyz"))
print(3 in gen(5), 7 in gen(5))
print(bytes(gen(3)))
print(len(list(gen(1000))))
