# yield inside an except clause's class expression and in a raise statement.
def gen():
    try:
        raise (yield "what to raise?")
    except (yield "what to catch?") as e:
        print("caught", repr(e))
    try:
        raise KeyError("k") from (yield "cause?")
    except KeyError as e:
        print("cause", repr(e.__cause__))
    return "done"

g = gen()
print(next(g))
print(g.send(ValueError("sent exception")))
print(g.send((TypeError, ValueError)))
try:
    g.send(IndexError("cause"))
except StopIteration as e:
    print(e.value)
