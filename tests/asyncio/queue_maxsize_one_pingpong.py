# Two tasks passing a ball through two maxsize=1 queues: strict alternation.
import asyncio


async def player(name, inbox, outbox, rounds):
    for _ in range(rounds):
        ball = await inbox.get()
        print(name, "hits", ball)
        await outbox.put(ball + 1)


async def main():
    a_to_b = asyncio.Queue(maxsize=1)
    b_to_a = asyncio.Queue(maxsize=1)
    ping = asyncio.create_task(player("ping", b_to_a, a_to_b, 3))
    pong = asyncio.create_task(player("pong", a_to_b, b_to_a, 3))
    await b_to_a.put(0)
    await asyncio.gather(ping, pong)
    print("final ball:", b_to_a.get_nowait())


asyncio.run(main())
