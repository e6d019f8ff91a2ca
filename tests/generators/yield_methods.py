class Box:
    items = [3, 1, 2]
    def __init__(self, data):
        self.data = data
    def each(self):
        for d in self.data:
            yield d
    @staticmethod
    def count_to(n):
        i = 1
        while i <= n:
            yield i
            i += 1
    @classmethod
    def class_items(cls):
        yield from sorted(cls.items)
    def __iter__(self):
        yield "start"
        yield from self.each()
        yield "stop"

b = Box("ab")
print(list(b.each()))
print(list(Box.count_to(3)), list(b.count_to(2)))
print(list(Box.class_items()))
print(list(b))
print(b.each().__qualname__, Box.count_to(1).__qualname__, Box.class_items().__qualname__)
