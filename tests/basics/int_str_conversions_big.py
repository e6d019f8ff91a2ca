# Conversions between big ints and strings in several bases.
n = 2 ** 128 - 1
print(str(n), hex(n), oct(n)[:20], bin(n)[:20], len(bin(n)))
print(int(str(n)) == n, int(hex(n), 16) == n, int(bin(n), 0) == n, int('-' + str(n)) == -n)
print(f'{n:,}', f'{n:x}', f'{-n:_d}', format(n, '>50'), format(n, 'e'))
print(n // 3, n % 1000, -n // 7, n.bit_length(), (n + 1).bit_length())
