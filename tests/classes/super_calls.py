# super() in __init__ and methods, through several levels.
class Base:
    def __init__(self, x):
        self.x = x
        print('Base init', x)
    def describe(self):
        return 'Base(%d)' % self.x
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('Mid init', y)
    def describe(self):
        return 'Mid<' + super().describe() + '>'
class Top(Mid):
    def __init__(self):
        super().__init__(1, 2)
        print('Top init')
    def describe(self):
        return 'Top[' + super().describe() + ']'
t = Top()
print(t.describe(), t.x, t.y)
print(super(Top, t).describe())
