def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)))
print(tuple(squares(3)))
print(sum(squares(10)))
print(sorted(squares(4), reverse=True))
print(max(squares(6)), min(squares(6)))
a, b, c = squares(3)
print(a, b, c)
first, *rest = squares(5)
print(first, rest)
print(list(zip(squares(3), "abc")))
print(dict(enumerate(squares(3))))
print(any(x > 10 for x in squares(5)), all(x >= 0 for x in squares(5)))
print(set(squares(3)) == {0, 1, 4})
print(" ".join(str(x) for x in squares(4)))
print(list(map(str, squares(3))))
print(list(filter(lambda x: x % 2, squares(6))))
print(4 in squares(5), 5 in squares(5))
