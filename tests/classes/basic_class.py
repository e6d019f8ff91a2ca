# Class definition, __init__, methods, instance and class attributes.
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return self.name + ' says woof'
a = Dog('Rex')
b = Dog('Fido')
print(a.speak(), b.speak(), a.species, Dog.count, b.count)
a.species = 'own'
print(a.species, b.species, Dog.species)
print(type(a).__name__, type(a) is Dog, Dog.__name__, isinstance(a, Dog))
print(Dog.speak(a), a.name)
m = a.speak
print(m())
