# stop() before run_forever: the loop runs one iteration (the callbacks already scheduled)
# and returns.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "first callback")
loop.call_soon(lambda: loop.call_soon(print, "scheduled during the iteration"))
loop.stop()
loop.run_forever()
print("run_forever returned")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
