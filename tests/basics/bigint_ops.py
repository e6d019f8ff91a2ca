# Big-int bitwise ops, conversions and repr.
big = 1 << 200
print(big)
print(big >> 190, big & (big - 1), big | 1)
print(-big >> 195, ~big)
print(hex(big), bin(1 << 70), oct(1 << 70))
print(int('123456789012345678901234567890'), int('-ffffffffffffffffffff', 16))
print(abs(-10 ** 20), -(-10 ** 20))
print(float(10 ** 20), 10 ** 20 / 10 ** 10)
print(str(10 ** 40), len(str(3 ** 200)))
print(pow(3, 200, 1000007))
f = 1
for i in range(1, 31):
    f *= i
print('30! =', f)
