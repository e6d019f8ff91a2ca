# An exception inside an `async for` body leaves the generator suspended
# (its finally runs only when closed); break does too. Explicit aclose runs it.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def items(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("items finally")


async def main():
    log = []
    gen = items(log)
    try:
        async for i in gen:
            if i == 2:
                raise ValueError("stop at 2")
    except ValueError as error:
        print("caught", error, log)
    await gen.aclose()
    print("after aclose", log)
    gen2 = items(log)
    async for i in gen2:
        if i == 1:
            break
    else:
        print("no break?")
    print("after break", log, gen2.ag_frame is not None)
    await gen2.aclose()
    print("closed", log, gen2.ag_frame)
    async for i in items(log):
        pass
    else:
        print("else ran", log)


run(main())
