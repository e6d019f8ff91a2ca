# asyncio.wait works on plain futures too, and on a set of tasks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.01, f1.set_result, "one")
    done, pending = await asyncio.wait({f1, f2}, timeout=0.05)
    print(f1 in done, f2 in pending, f1.result())
    f2.set_result("two")
    done, pending = await asyncio.wait({f1, f2})
    print(sorted(f.result() for f in done), pending)


asyncio.run(main())
