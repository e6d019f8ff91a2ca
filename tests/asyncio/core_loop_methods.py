# A loop driven by hand: run_until_complete, run_forever/stop, call_soon/call_later/call_at,
# time, is_running/is_closed, close, and the errors of a closed or running loop.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())


async def answer():
    print("inside: running?", loop.is_running(), asyncio.get_running_loop() is loop)
    await asyncio.sleep(0.01)
    return 42


print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
print(loop.run_until_complete(fut))

events = []
start = loop.time()
loop.call_later(0.02, events.append, "later 0.02")
loop.call_at(start + 0.01, events.append, "at +0.01")
loop.call_soon(events.append, "soon")
h = loop.call_later(0.015, events.append, "cancelled")
h.cancel()
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(events, loop.time() - start >= 0.03)

count = 0


def tick():
    global count
    count += 1
    if count < 5:
        loop.call_soon(tick)
    else:
        loop.stop()


loop.call_soon(tick)
loop.run_forever()
print("ticks", count)
loop.stop()
loop.run_forever()
print("a stop() before run_forever makes it run one iteration")


async def nested():
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)


loop.run_until_complete(nested())


def bad_callback():
    raise ZeroDivisionError("in a callback")


loop.call_soon(lambda: print("callbacks keep running"))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print(loop.is_closed())
loop.close()
coro = asyncio.sleep(0)
for call in (lambda: loop.call_soon(print), lambda: loop.run_until_complete(coro),
             lambda: loop.run_forever()):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
coro.close()
