# Two tasks hand control back and forth with two Events.
import asyncio


async def player(name, my_turn, their_turn, rounds):
    for i in range(rounds):
        await my_turn.wait()
        my_turn.clear()
        print(name, i)
        their_turn.set()


async def main():
    a, b = asyncio.Event(), asyncio.Event()
    a.set()
    await asyncio.gather(player("ping", a, b, 3), player("pong", b, a, 3))


asyncio.run(main())
