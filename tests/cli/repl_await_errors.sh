#!/usr/bin/env bash
# Errors in inputs that await: the traceback is printed (the coroutine's
# frame is "<module>") and the session goes on with its variables and its
# loop. `await` inside a plain def typed at the prompt is still a SyntaxError,
# a wait that nothing can end reports the deadlock, and exit() inside an
# awaiting input ends the session with its status.
printf '%s\n' 'import asyncio' 'x = 1' \
    'async def boom():' '    await asyncio.sleep(0)' '    raise ValueError("bad")' '' \
    'x = await boom()' 'x' 'await asyncio.sleep(0, "still working")' \
    'try:' '    await boom()' 'except ValueError as e:' '    print("caught", e)' '' \
    'def f():' '    await boom()' '' \
    'await asyncio.get_running_loop().create_future()' 'await asyncio.sleep(0, "after the deadlock")' \
    'await undefined_name' 'await 3' 'x' 'exit(await asyncio.sleep(0, 4))' 'print("not reached")' |
    $PYCO -i 2>&1
echo "status $?"
