# A linked list class with __iter__, __len__, __repr__ and __eq__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for v in reversed(list(values)):
            self.head = Node(v, self.head)
    def __iter__(self):
        values = []
        node = self.head
        while node:
            values.append(node.value)
            node = node.next
        return iter(values)
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'
    def __eq__(self, other):
        return list(self) == list(other)
ll = LinkedList([1, 'two', 3.0])
print(ll, len(ll), ll == LinkedList([1, 'two', 3.0]), 3.0 in ll)
