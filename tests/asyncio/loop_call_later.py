# call_later runs callbacks in deadline order; equal delays keep scheduling order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    log = []

    def cb(name):
        log.append(name)
        print("fired", name)
        if len(log) == 5:
            done.set_result(None)

    loop.call_later(0.05, cb, "late")
    loop.call_later(0.01, cb, "early-1")
    loop.call_later(0.03, cb, "middle")
    loop.call_later(0.01, cb, "early-2")
    loop.call_later(0, cb, "now")
    await done
    print(log)


asyncio.run(main())
