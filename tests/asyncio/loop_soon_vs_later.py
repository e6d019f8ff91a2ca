# Order within one loop iteration: callbacks already ready run first, then timers that
# are due (a call_later(0) made before a call_soon still runs after it).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    loop.call_later(0.01, done.set_result, None)
    await done


asyncio.run(main())
