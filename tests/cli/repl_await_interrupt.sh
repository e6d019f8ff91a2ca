#!/usr/bin/env bash
# Ctrl-C while an input awaits stops the loop and returns to the prompt: the
# session keeps its variables, the interrupted input's task is cancelled (it
# never resumes later), and a background task created earlier goes on.
# The signal is sent once the input has printed that it is sleeping, so a slow
# machine (or a sanitizer build) cannot make it arrive too early.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
: >"$dir/out"
{
    printf '%s\n' 'import asyncio' 'x = 7' \
        'async def background():' '    await asyncio.sleep(3)' '    print("background done")' '' \
        'b = asyncio.create_task(background()); await asyncio.sleep(0)' \
        'print("sleeping", flush=True); await asyncio.sleep(30); print("never")'
    for _ in $(seq 300); do
        grep -q sleeping "$dir/out" && break
        sleep 0.1
    done
    sleep 0.2
    kill -INT "$(cat "$dir/pid")"
    sleep 0.5
    printf '%s\n' 'x' 'await asyncio.sleep(0); len(asyncio.all_tasks())' 'await b' 'b.done()'
} | sh -c 'echo $$ >"$1/pid"; exec "$2" -i' sh "$dir" "$PYCO" >"$dir/out" 2>&1
cat "$dir/out"
