# Integer literals in every base, with underscores.
print(0, 7, -7, 1_000_000)
print(0x1F, 0XfF, 0o17, 0O7, 0b1011, 0B1)
print(0x_ff, 0b_1010_1010)
print(000, 00)
print(type(5).__name__)
