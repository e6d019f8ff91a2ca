# run_forever runs until loop.stop() is called, here from a timer callback.
import asyncio

loop = asyncio.new_event_loop()
count = 0


def tick():
    global count
    count += 1
    print("tick", count)
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.01, tick)


loop.call_soon(tick)
loop.run_forever()
print("stopped after", count, "ticks; running:", loop.is_running())


async def coro():
    print("a task runs inside run_forever")
    loop.stop()

loop.create_task(coro())
loop.run_forever()
loop.close()
print("closed")
