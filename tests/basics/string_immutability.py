# Strings and tuples are immutable.
s = 'abc'
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
print(s, t)
