# A bare raise inside a generator re-raises the exception being handled: its own
# (restored when it resumes inside an except block) or, failing that, its caller's.
def own():
    try:
        raise ValueError("own")
    except ValueError:
        yield 1
        raise

try:
    list(own())
except ValueError as e:
    print("reraised", e)

def borrowed():
    yield 1
    raise

try:
    raise KeyError("caller")
except KeyError:
    it = borrowed()
    next(it)
    try:
        next(it)
    except BaseException as e:
        print(type(e).__name__, e)

it = borrowed()
next(it)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
