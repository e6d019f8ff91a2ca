# Many abandoned async generators, some in cycles, some paused at an await,
# do not disturb the program; the collector closes them quietly.
import gc
import types


@types.coroutine
def pause():
    yield "pause"


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as stop:
        return steps, stop.value


async def counter(box):
    try:
        i = 0
        while True:
            box.append(i)
            yield i
            i += 1
    finally:
        box.append("closed")


async def self_referencing():
    me = yield
    while True:
        yield me


async def main():
    total = 0
    for n in range(2000):
        box = []
        gen = counter(box)
        total += await gen.__anext__()
        total += await gen.__anext__()
    cycles = 0
    for n in range(500):
        gen = self_referencing()
        await gen.__anext__()
        cycles += (await gen.asend(gen)) is gen
    paused = []
    for n in range(100):
        gen = counter([])
        step = gen.__anext__()
        paused.append(step)
    gc.collect()
    return total, cycles


print(run(main()))
gc.collect()
print("end")
