def gen():
    while True:
        try:
            yield me.send(None)
        except ValueError as e:
            print("inside:", type(e).__name__, e)
            yield "recovered"

me = gen()
print(next(me))

def gen2():
    yield next(me2)

me2 = gen2()
try:
    next(me2)
except ValueError as e:
    print("outside:", e)

def gen3():
    try:
        me3.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    try:
        me3.close()
    except ValueError as e:
        print("close:", e)
    print(me3.gi_running)
    yield 1

me3 = gen3()
print(list(me3))
print(me3.gi_running)
