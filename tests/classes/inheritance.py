# Single inheritance, overriding, isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def intro(self):
        return self.name + ': ' + self.speak()
class Cat(Animal):
    def speak(self):
        return 'meow'
class Kitten(Cat):
    def speak(self):
        return Cat.speak(self) + ' (small)'
for pet in [Animal('generic'), Cat('Tom'), Kitten('Kit')]:
    print(pet.intro())
k = Kitten('k')
print(isinstance(k, Animal), isinstance(k, Cat), isinstance(Cat('c'), Kitten))
print(issubclass(Kitten, Animal), issubclass(Animal, Cat), issubclass(Cat, object), issubclass(Cat, (int, Animal)))
print(Kitten.__bases__[0].__name__, [c.__name__ for c in Kitten.__mro__])
