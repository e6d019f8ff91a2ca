# Exceptions raised and handled in the caller between resumptions do not disturb the generator.
def gen():
    try:
        for i in range(3):
            try:
                yield i
            except ZeroDivisionError:
                print("generator never sees this")
    finally:
        print("generator finally")

g = gen()
for v in g:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caller handled", e, "at", v)
    try:
        raise KeyError(v)
    except KeyError:
        pass
print("done")
