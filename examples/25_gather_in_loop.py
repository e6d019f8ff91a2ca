# 25 — Two coroutines in one loop with asyncio.gather; results from the tasks (seed 003, 2.5).
# args: --virtual-time
# pyco-only: CPython really sleeps 6 s here; this .out is CPython 3.11's
#
# ONE sleeps 3 s and TWO 1 s; as tasks gathered into one run_until_complete
# they overlap: TWO stops first and the whole takes 3 s, not 4. Each task's
# result() is its coroutine's return value; run_until_complete(gather) also
# returns them all as a list (the tutorial's second version, four_v2).
# asyncio.sleep suspends only the coroutine; time.sleep would block the whole
# thread (see 26). (Time rounded to 0.1 s instead of {:.4f}, as in 22.)
import time
import asyncio


def four():
    start = time.time()

    async def corowork(name, t):
        print('[corowork] Start coroutine', name)
        await asyncio.sleep(t)                  # 1
        print('[corowork] Stop coroutine', name)
        return 'Coroutine {} OK'.format(name)   # 2

    loop = asyncio.get_event_loop()
    coroutine1 = corowork('ONE', 3)             # 3
    coroutine2 = corowork('TWO', 1)             # 3
    task1 = loop.create_task(coroutine1)        # 4
    task2 = loop.create_task(coroutine2)        # 4
    gather = asyncio.gather(task1, task2)       # 5
    loop.run_until_complete(gather)             # 6
    print('[task1] ', task1.result())           # 7
    print('[task2] ', task2.result())           # 7

    end = time.time()
    print('运行耗时：{:.1f}'.format(end - start))


def four_v2():
    start = time.time()

    async def corowork(name, t):
        print('[corowork] Start coroutine', name)
        await asyncio.sleep(t)
        print('[corowork] Stop coroutine', name)
        return 'Coroutine {} OK'.format(name)

    loop = asyncio.get_event_loop()
    task1 = loop.create_task(corowork('ONE', 3))
    task2 = loop.create_task(corowork('TWO', 1))
    gather = asyncio.gather(task1, task2)
    result = loop.run_until_complete(gather)
    print(result)

    end = time.time()
    print('运行耗时：{:.1f}'.format(end - start))


four()
four_v2()
