# 04 — A decorator that primes a coroutine (seed 003, 2.2).
#
# A new generator must first run to its first yield before send() can give
# it a value (send(x) on a just-created generator is a TypeError). The
# `coroutine` decorator does that priming once, so callers can send at once.
# functools.wraps keeps the decorated function's name and docstring.
import inspect
from functools import wraps


def coroutine(func):  # the priming decorator
    @wraps(func)
    def wrapper(*args, **kw):
        g = func(*args, **kw)
        next(g)          # prime it
        return g         # hand back the primed coroutine
    return wrapper


@coroutine
def generator():
    i = '激活生成器'
    while True:
        try:
            value = yield i
        except ValueError:
            print('OVER')
        i = value


g = generator()
print(inspect.getgeneratorstate(g))
print(g.send('ready at once'))
print(generator.__name__)

unprimed = generator.__wrapped__()
try:
    unprimed.send('too early')
except TypeError as error:
    print('TypeError:', error)
