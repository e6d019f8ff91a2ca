# int() parsing rules and errors.
print(int('10'), int('-0'), int('1_000'), int(' 7\n'), int('ff', 16), int('0b101', 0), int('0o17', 0), int('0x1A', 0))
print(int(7.9), int(-0.5), int(True), int('11', 2), int('z', 36))
for bad in ['', '1.5', 'abc', '0x', '1__0']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
print(float('1_0.5'), float('-inf'), float(' 2 '))
try:
    float('x1')
except ValueError as e:
    print('ValueError:', e)
