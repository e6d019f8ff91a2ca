# Helper module for the import tests (not a test itself: its name starts with "_").
print('importing _geometry as', __name__)
PI = 3.14159
_private = 'hidden'
def area(r):
    return PI * r * r
class Shape:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return 'shape ' + self.name
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == '__main__':
    print('never printed when imported')
