# Small-int arithmetic, Python's floor division and modulo for negatives.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(-7, 2), divmod(7, -2))
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 0)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x /= 4; print(x)
