# remove_done_callback removes every registration of that callback and returns how many.
import asyncio


def cb_a(t):
    print("cb_a")


def cb_b(t):
    print("cb_b")


async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(cb_a)
    t.add_done_callback(cb_b)
    t.add_done_callback(cb_a)
    print("removed cb_a:", t.remove_done_callback(cb_a))
    print("removed again:", t.remove_done_callback(cb_a))
    print("removed unknown:", t.remove_done_callback(print))
    await t
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
