def echo():
    received = None
    while True:
        received = yield received
        print("got", received)

g = echo()
print(next(g))
print(g.send(1))
print(g.send("two"))
print(g.send([3]))
