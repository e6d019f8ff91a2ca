# __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Box:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        return self.items[key]
    def __setitem__(self, key, value):
        print('set', key, value)
        self.items[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.items[key]
    def __contains__(self, key):
        return key in self.items
b = Box()
b['a'] = 1
b[2] = 'two'
print(len(b), b['a'], 'a' in b, 'z' in b, 'z' not in b)
del b['a']
print(len(b))
try:
    b['missing']
except KeyError as e:
    print('KeyError', e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
for x in Seq():
    print('iter via getitem', x)
class Sl:
    def __getitem__(self, k):
        return k
print(Sl()[1:2], Sl()[::2], Sl()[1, 2])
