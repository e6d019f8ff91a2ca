# Chained assignment and augmented assignment to items and attributes.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
d = {'k': 1}
d['k'] += 10
print(d)
lst = [1, 2]
lst[0] *= 5
lst[-1] -= 1
print(lst)
class O: pass
o = O()
o.v = 'a'
o.v += 'b'
print(o.v)
t = (1, 2)
t += (3,)
print(t)
s = 'x'
s *= 3
print(s)
