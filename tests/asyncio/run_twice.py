# Two asyncio.run calls: each makes (and closes) its own loop.
import asyncio

loops = []


async def main(tag):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    print(tag, loop.is_running(), loop.is_closed())
    return tag


print(asyncio.run(main("first")))
print(asyncio.run(main("second")))
print("same loop:", loops[0] is loops[1])
print("closed:", loops[0].is_closed(), loops[1].is_closed())
print("running:", loops[0].is_running(), loops[1].is_running())
