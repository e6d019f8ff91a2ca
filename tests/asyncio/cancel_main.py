# When the main task is cancelled (here by a child), asyncio.run raises CancelledError.
import asyncio


async def killer(main_task):
    await asyncio.sleep(0.01)
    print("killer cancels main")
    main_task.cancel()


async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    finally:
        print("main finally")


try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("asyncio.run raised CancelledError")
