def r_none():
    yield 1

def r_explicit_none():
    yield 1
    return None

def r_value(v):
    yield 1
    return v

def run(g):
    try:
        while True:
            next(g)
    except StopIteration as e:
        return e.value, e.args

print(run(r_none()))
print(run(r_explicit_none()))
print(run(r_value(42)))
print(run(r_value((1, 2))))
print(run(r_value(())))
print(run(r_value([3])))
print(run(r_value("s")))
print(run(r_value(StopIteration(9))))

def no_yield_return():
    return 5
    yield

print(run(no_yield_return()))
