# __format__ customisation and __len__ errors.
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return '$' + format(self.v, spec or '.2f')
print(f'{Money(3)}', f'{Money(3):.0f}', format(Money(1.5)), '{}'.format(Money(2)))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
