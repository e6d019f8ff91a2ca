# asyncio.timeout outside a task, twice entered, and its reprs in each state.
import asyncio


def drive(coroutine):
    """Run a coroutine by hand (not in a task) until its first suspension."""
    try:
        coroutine.send(None)
    except StopIteration:
        print("finished")
    except RuntimeError as error:
        print("RuntimeError:", error)


async def main():
    loop = asyncio.get_running_loop()
    timeout = asyncio.timeout(1)
    done = loop.create_future()
    # a callback runs outside any task: current_task() is None there
    loop.call_soon(lambda: (drive(timeout.__aenter__()), done.set_result(None)))
    await done
    print(repr(asyncio.timeout_at(None)))
    async with asyncio.timeout_at(loop.time() + 100) as t:
        print(repr(t).startswith("<Timeout [active] when="), repr(t).endswith(">"))
        try:
            async with t:
                pass
        except RuntimeError as error:
            print("RuntimeError:", error)
    print(repr(t))


asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as error:
    print("RuntimeError:", error)
print(repr(asyncio.timeout_at(5)), repr(asyncio.Timeout(None)))
