# From the tutorial's transfer_control.py, with random.choice (fixed seed) instead of Faker.
import random
from functools import wraps

def coroutine(func):
    @wraps(func)
    def wrapper(*args, **kw):
        g = func(*args, **kw)
        next(g)
        return g
    return wrapper

def sub_coro():
    l = []
    while True:
        value = yield
        if value == 'CLOSE':
            break
        l.append(value)
    return sorted(l)

@coroutine
def dele_coro():
    while True:
        l = yield from sub_coro()
        print('排序后的列表：', l)
        print('------------------')

def main():
    random.seed(2024)
    codes = ['MH', 'EC', 'MD', 'ML', 'GA', 'ER', 'BW', 'CO', 'FR', 'DE']
    fake = lambda: random.choice(codes)
    nest_country_list = [[fake() for i in range(3)] for j in range(3)]
    for country_list in nest_country_list:
        print('国家代号列表：', country_list)
        c = dele_coro()
        for country in country_list:
            c.send(country)
        c.send('CLOSE')

if __name__ == '__main__':
    main()
