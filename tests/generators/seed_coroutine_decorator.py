# From the tutorial: a decorator that primes a coroutine, keeping its name via functools.wraps.
import inspect
from functools import wraps

def coroutine(func):
    @wraps(func)
    def wrapper(*args, **kw):
        g = func(*args, **kw)
        next(g)
        return g
    return wrapper

@coroutine
def generator():
    """Echo coroutine."""
    i = '激活生成器'
    while True:
        try:
            value = yield i
        except ValueError:
            print('OVER')
        i = value

g = generator()
print(inspect.getgeneratorstate(g))
print(generator.__name__, generator.__doc__, generator.__wrapped__.__name__)
print(g.send("one"))
print(g.send("two"))
print(g.throw(ValueError))
g.close()
print(inspect.getgeneratorstate(g))
