# 05 — yield from hands control to a subgenerator (seed 003, 2.3).
#
# dele_coro delegates to sub_coro with `yield from`: every value main() sends
# to dele_coro goes straight through to sub_coro, and when sub_coro returns,
# its return value becomes the value of the `yield from` expression.
# The tutorial draws country codes with the third-party Faker library; here
# random.choice over a fixed list of codes, with a fixed seed, stands in for
# it, so the output is the same on every run (and under CPython).
import random
from functools import wraps

COUNTRY_CODES = ['MH', 'EC', 'MD', 'ML', 'GA', 'ER', 'BW', 'CO', 'CN', 'JP', 'FR', 'DE']
random.seed(2024)


def coroutine(func):
    @wraps(func)
    def wrapper(*args, **kw):
        g = func(*args, **kw)
        next(g)
        return g
    return wrapper


def sub_coro():
    """The subgenerator that does the work: collect, then return them sorted."""
    l = []
    while True:
        value = yield            # main() sends values, through dele_coro
        if value == 'CLOSE':
            break
        l.append(value)
    return sorted(l)             # becomes the value of `yield from`


@coroutine
def dele_coro():
    """The delegating generator: a pipe between main() and sub_coro()."""
    while True:
        l = yield from sub_coro()
        print('排序后的列表：', l)
        print('------------------')


def main():
    fake = lambda: random.choice(COUNTRY_CODES)
    nest_country_list = [[fake() for i in range(3)] for j in range(3)]
    for country_list in nest_country_list:
        print('国家代号列表：', country_list)
        c = dele_coro()
        for country in country_list:
            c.send(country)
        c.send('CLOSE')


if __name__ == '__main__':
    main()
