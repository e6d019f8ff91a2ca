# From the tutorial: generator states while using next, send, throw and close.
import inspect

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
print(next(g))
print(inspect.getgeneratorstate(g))
print(g.send('Hello Shiyanlou'))
print(g.throw(ValueError))
g.close()
print(inspect.getgeneratorstate(g))
