# A future belongs to a loop: get_loop() tells which; futures made outside run with
# loop.create_future() work in run_until_complete.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
print(fut.get_loop() is loop)
loop.call_soon(fut.set_result, "set by a callback")
print(loop.run_until_complete(fut))
print(fut.done())
loop.close()
