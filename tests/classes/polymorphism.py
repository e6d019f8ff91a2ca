# Duck typing across unrelated classes.
class Duck:
    def sound(self): return 'quack'
class Robot:
    def sound(self): return 'beep'
class Cow:
    def sound(self): return 'moo'
for thing in [Duck(), Robot(), Cow()]:
    print(type(thing).__name__, thing.sound())
print(sorted([Cow(), Duck(), Robot()], key=lambda o: o.sound())[0].sound())
