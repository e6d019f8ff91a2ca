def averager():
    total = 0
    count = 0
    while True:
        value = yield
        total += value
        count += 1
        print("average", total / count)

def feed(coro, values):
    for v in values:
        coro.send(v)

a = averager()
next(a)
feed(a, [10, 20, "thirty"])
