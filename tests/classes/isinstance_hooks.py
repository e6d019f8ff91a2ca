# isinstance/issubclass consult the metaclass's __instancecheck__/__subclasscheck__


class Anything(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return True

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, getattr(sub, "__name__", sub))
        return 1


class A(metaclass=Anything):
    pass


print(isinstance(5, A))
print(isinstance("s", (int, A)))
print(isinstance(A(), A))          # exact type: no hook call
print(issubclass(int, A))
print(issubclass(int, (str, A)))
print(issubclass(A, A))
print(issubclass(3, A))            # the hook decides, even for a non-class


class Never(type):
    def __instancecheck__(cls, obj):
        return 0

    def __subclasscheck__(cls, sub):
        return []


class B(metaclass=Never):
    pass


class C(B):
    pass


print(isinstance(C(), B), isinstance(B(), B), isinstance(B(), (int, B)))
print(issubclass(C, B), issubclass(B, B))


# a metaclass that does not override the hooks behaves like type
class Plain(type):
    pass


class D(metaclass=Plain):
    pass


class E(D):
    pass


print(isinstance(E(), D), isinstance(3, D), issubclass(E, D), issubclass(int, D))


# errors raised by a hook propagate
class Raising(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no instances here")


class F(metaclass=Raising):
    pass


try:
    isinstance(1, F)
except ValueError as e:
    print("ValueError", e)


# an object that is not a class but whose type has __instancecheck__
class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj > 10

    def __subclasscheck__(self, sub):
        return sub is bool


print(isinstance(11, Checker()), isinstance(3, Checker()), isinstance(11, (str, Checker())))
print(issubclass(bool, Checker()), issubclass(int, Checker()))

for bad in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(1, 2), lambda: issubclass(int, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


# abc-style registration through the hook
class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registered = []

    def register(cls, other):
        cls.registered.append(other)
        return other

    def __instancecheck__(cls, obj):
        return self_check(cls, type(obj))

    def __subclasscheck__(cls, sub):
        return self_check(cls, sub)


def self_check(cls, sub):
    return any(issubclass(sub, r) for r in cls.registered) or type.__subclasscheck__(cls, sub)


class Sized(metaclass=Registry):
    pass


Sized.register(list)
print(isinstance([], Sized), isinstance((), Sized), issubclass(list, Sized), issubclass(dict, Sized))
