#!/usr/bin/env bash
# `async for`, `async with` and async comprehensions at the REPL's top level
# run on the session's loop too; the names they bind stay in the session.
printf '%s\n' 'import asyncio' \
    'async def countdown(n):' '    while n:' '        await asyncio.sleep(0)' '        yield n' '        n -= 1' '' \
    'async for i in countdown(3):' '    print("tick", i)' '' 'i' \
    'class Resource:' '    async def __aenter__(self):' '        print("open")' '        return "resource"' \
    '    async def __aexit__(self, *exc):' '        print("close", exc[0])' '' \
    'async with Resource() as r:' '    print("using", r)' '' 'r' \
    'async with Resource():' '    1 / 0' '' \
    '[n async for n in countdown(4)]' '{n: await asyncio.sleep(0, n * n) for n in range(3)}' |
    $PYCO -i 2>&1
echo "status $?"
