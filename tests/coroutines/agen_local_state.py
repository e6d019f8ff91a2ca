# An async generator keeps its locals, closures and exception handling state
# across yields and awaits.
import types


@types.coroutine
def pause():
    yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def make_counter(step):
    total = 0

    async def counter(limit):
        nonlocal total
        while total < limit:
            await pause()
            total += step
            yield total

    return counter


async def guarded(values):
    for value in values:
        try:
            if value is None:
                raise ValueError("None found")
            await pause()
            yield 10 // value
        except ZeroDivisionError:
            yield "zero"
        except ValueError as error:
            yield "error: %s" % error
        else:
            yield "ok"
        finally:
            await pause()


async def main():
    counter = make_counter(3)
    print([x async for x in counter(10)])
    print([x async for x in counter(15)])
    print([x async for x in guarded([2, 0, None, 5])])


run(main())
