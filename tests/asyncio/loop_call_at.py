# call_at takes an absolute time on the loop's clock (loop.time()); callbacks fire in
# deadline order, whatever order they were scheduled in.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    start = loop.time()
    loop.call_at(start + 0.04, print, "third at +0.04")
    loop.call_at(start + 0.01, print, "first at +0.01")
    loop.call_at(start + 0.02, print, "second at +0.02")
    loop.call_at(start + 0.05, done.set_result, "all fired")
    loop.call_at(start - 1, print, "a time in the past: at once")
    print(await done)


asyncio.run(main())
