# cancel(msg) puts the message into the CancelledError seen inside the task and by result().
import asyncio


async def target():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside:", repr(e), e.args)
        raise


async def main():
    t = asyncio.create_task(target())
    await asyncio.sleep(0)
    t.cancel("time is up")
    await asyncio.sleep(0)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)
    plain = asyncio.create_task(target())
    await asyncio.sleep(0)
    plain.cancel()
    await asyncio.sleep(0)
    print("no message:", plain.cancelled())


asyncio.run(main())
