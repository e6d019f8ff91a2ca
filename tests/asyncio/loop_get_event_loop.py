# get_event_loop / set_event_loop / new_event_loop / get_running_loop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("get_event_loop is the one we set:", asyncio.get_event_loop() is loop)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("not running yet:", e)


async def main():
    print("running loop is ours:", asyncio.get_running_loop() is loop)
    print("get_event_loop inside a coroutine:", asyncio.get_event_loop() is loop)
    return "ok"

print(loop.run_until_complete(main()))
other = asyncio.new_event_loop()
print("new loops are distinct:", other is not loop)
other.close()
loop.close()
asyncio.set_event_loop(None)
