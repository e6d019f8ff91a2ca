# A coroutine object that is created but never awaited runs none of its body, and the
# interpreter warns about it on stderr when it goes away (here: at exit, as "sys:1").
import asyncio


async def work():
    print("never printed")


async def main():
    global pending
    pending = work()            # created, not awaited: kept alive until the program ends
    print("made a", type(pending).__name__)
    print("awaiting the real thing")
    await asyncio.sleep(0)


asyncio.run(main())
print("end of program")
