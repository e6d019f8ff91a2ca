# Default reprs of classes and types (no addresses printed).
class Thing:
    pass
print(Thing, int, str, type(Thing()), Thing.__name__, Thing.__qualname__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__, f().__name__)
print(repr(Thing()).startswith('<__main__.Thing object at 0x'))
print(repr(len), repr(print))
