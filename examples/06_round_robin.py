# 06 — From generators to an event loop: a round-robin scheduler.
#
# Each task is a generator; `yield` means "I am done for now, let someone
# else run". The scheduler keeps the paused tasks in a queue and resumes
# them one at a time. This is the heart of every event loop, asyncio's
# included: tasks that pause themselves, and a loop that decides who runs
# next. What asyncio adds is *why* a task pauses (waiting for a timer, a
# socket, another task) and waking it only when that is ready.
from collections import deque


def worker(name, steps):
    for step in range(1, steps + 1):
        print(f"{name}: step {step} of {steps}")
        yield                      # give the others a turn
    return f"{name} finished"


def run(tasks):
    ready = deque(tasks)
    while ready:
        task = ready.popleft()
        try:
            next(task)             # run it until its next yield
        except StopIteration as done:
            print("scheduler:", done.value)
        else:
            ready.append(task)     # not finished: back to the end of the queue


run([worker("download", 3), worker("parse", 2), worker("save", 1)])
