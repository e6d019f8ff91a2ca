# Bitwise operators on ints, including negatives and shifts.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(1 << 70, (1 << 70) >> 69)
print(0xFF & ~0x0F)
y = 6
y &= 3; print(y)
y |= 8; print(y)
y ^= 1; print(y)
y <<= 2; print(y)
y >>= 1; print(y)
