def yields_again():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield "handled " + str(e)

g = yields_again()
print(next(g))
print(g.throw(ValueError("a")))
print(next(g))
print(g.throw(ValueError("b")))

def returns():
    try:
        yield 1
    except KeyError:
        return "returned after KeyError"

g = returns()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)

def raises_other():
    try:
        yield 1
    except KeyError as e:
        raise TypeError("converted") from e

g = raises_other()
next(g)
try:
    g.throw(KeyError("x"))
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))
print(list(g))
