# A closed loop refuses to run; a running loop cannot be closed or run again.
import asyncio


async def nop():
    return None

loop = asyncio.new_event_loop()


async def inside():
    try:
        loop.close()
    except RuntimeError as e:
        print("close while running:", e)
    c = nop()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("run while running:", e)
    c.close()

loop.run_until_complete(inside())
loop.close()
c = nop()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("run after close:", e)
c.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("call_soon after close:", e)
