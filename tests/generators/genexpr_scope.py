x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))

def make():
    items = [1, 2, 3]
    return (i * 10 for i in items)
print(list(make()))

try:
    g = (i for i in 5)
except TypeError as e:
    print("eager:", e)

data = [1, 2]
g = (d for d in data)
data = [7, 8, 9]
print(list(g))
