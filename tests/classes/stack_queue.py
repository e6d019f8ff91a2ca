# A classroom data structure: stack and queue classes.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return 'Stack(%r)' % self._items
s = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), s.pop(), s)
while s:
    s.pop()
try:
    s.pop()
except IndexError as e:
    print('IndexError:', e)
