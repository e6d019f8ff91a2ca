import types

@types.coroutine
def pause(label):
    received = yield label
    return received

async def worker():
    try:
        value = await pause("paused")
        print("worker got", value)
        await pause("second pause")
    except KeyError as e:
        print("worker caught", repr(e))
        return "recovered"
    finally:
        print("worker finally")

w = worker()
print(w.send(None))
print(w.send("hello"))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("returned", e.value)

w2 = worker()
w2.send(None)
w2.close()
print("closed", w2.cr_frame)

async def chain(n):
    if n == 0:
        return await pause("bottom")
    return await chain(n - 1) + 1

c = chain(50)
print(c.send(None))
try:
    c.send(0)
except StopIteration as e:
    print("depth result", e.value)
