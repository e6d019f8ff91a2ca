# The exception a task raised is kept with its traceback: awaiting the task re-raises the
# same object in the awaiting task, and exception() returns it.
import asyncio


async def failing():
    await asyncio.sleep(0)
    raise ValueError("from the task")


async def main():
    t = asyncio.create_task(failing())
    try:
        await t
    except ValueError as e:
        print("same object:", e is t.exception())
        print("has a traceback:", e.__traceback__ is not None)
    try:
        t.result()
    except ValueError as e:
        print("result() raises it again:", e is t.exception(), e.args)


asyncio.run(main())
