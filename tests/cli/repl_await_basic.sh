#!/usr/bin/env bash
# Top-level await in the REPL (as `python -m asyncio` has it): an input that
# awaits runs as a coroutine on the session's event loop. A statement echoes
# nothing (`await asyncio.sleep(0.1)`), an assignment lands in the session's
# globals, and an expression statement echoes its repr and sets _ — exactly
# like an input without await. A file or -c with top-level await is still
# CPython's "'await' outside function".
printf '%s\n' 'import asyncio' 'await asyncio.sleep(0.1)' \
    'async def coro(n=42):' '    await asyncio.sleep(0)' '    return n' '' \
    'x = await coro()' 'x' 'await coro(7)' '_' '_ + x' 'await coro(None)' '_' \
    'a, b = await coro((1, 2))' 'b' 'print(await coro("printed"))' \
    'await asyncio.sleep(0); y = 5; y * 2' 'y' 'x, y' |
    $PYCO -i 2>&1
echo "status $?"
$PYCO -c 'await x' 2>&1
echo "status $?"
