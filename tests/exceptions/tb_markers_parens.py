# Position markers: parenthesised operands, floor division and a power.
def scale(x, y):
    return (x + 1) // (y - 2)

print(scale(3, 4))
print(2 ** -1)
print(scale(1, 2))
