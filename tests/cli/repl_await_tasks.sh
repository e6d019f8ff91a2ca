#!/usr/bin/env bash
# The REPL keeps one event loop for the whole session: a task created in one
# input keeps existing between inputs and runs whenever a later input awaits
# (here `await asyncio.sleep(...)`, or `await t` itself). With --virtual-time
# the sleeps are instant and the loop's clock moves by exactly their length.
# An input without await runs outside the loop, as in the plain REPL.
start=$(date +%s)
printf '%s\n' 'import asyncio' \
    'async def work(name, delay):' '    await asyncio.sleep(delay)' '    print(name, "done")' '    return name.upper()' '' \
    't = asyncio.create_task(work("first", 2)); await asyncio.sleep(0)' \
    't.done()' 'await asyncio.sleep(1)' 't.done()' 'await t' 't.result()' \
    'now = asyncio.get_running_loop().time; start = now(); s = asyncio.create_task(work("second", 5)); await asyncio.sleep(3)' \
    'await asyncio.sleep(3)' 's.done(), s.result()' 'round(now() - start, 6)' \
    'await asyncio.gather(work("a", 1), work("b", 0.5))' \
    'asyncio.run(work("plain asyncio.run", 1))' \
    'await asyncio.sleep(0); len(asyncio.all_tasks())' |
    $PYCO --virtual-time -i 2>&1
echo "status $?"
end=$(date +%s)
[ $((end - start)) -lt 5 ] && echo 'finished quickly'
