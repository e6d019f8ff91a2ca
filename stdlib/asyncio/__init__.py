"""asyncio — pyco's event loop, tasks and queues.

The scheduler is written in C (src/loop.c, future.c, task.c, queue.c; the
_asyncio module binds them): every task switch stays inside C. This file
adds asyncio.run, which reads best in Python, and finds the rest of the
package on demand: Lock or wait_for are looked up the first time a program
uses them (a module-level __getattr__, PEP 562), so `import asyncio` stays
cheap for programs that only need tasks and sleep.
"""
from _asyncio import (
    AbstractEventLoop, BaseEventLoop, CancelledError, Future, Handle,
    InvalidStateError, LifoQueue, PriorityQueue, Queue, QueueEmpty,
    QueueFull, SelectorEventLoop, Task, TimeoutError, TimerHandle,
    _get_running_loop, _pending_tasks, all_tasks, create_task, current_task, ensure_future,
    gather, get_event_loop, get_running_loop, iscoroutine,
    iscoroutinefunction, isfuture, new_event_loop, set_event_loop, sleep,
)


def run(main, *, debug=None):
    """Run coroutine [main] in a new event loop and return its result.

    The loop is closed afterwards; tasks still pending are cancelled first
    and given the chance to finish (CPython's asyncio.Runner)."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got {!r}".format(main))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        if debug is not None:
            loop.set_debug(debug)
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = _pending_tasks(loop)   # all_tasks(loop), in a stable order
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


async def _close_asyncgens(loop, agens):
    """The work of loop.shutdown_asyncgens() (src/loop_asyncgens.c): close
    the async generators [agens] the loop saw and that are still unfinished,
    all at once, so that their cleanup (finally blocks, async with exits)
    can await; report each failure through the loop's exception handler."""
    results = await gather(*[agen.aclose() for agen in agens], return_exceptions=True)
    for result, agen in zip(results, agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


# name -> the submodule of this package that defines it
_LAZY = {
    'Lock': 'locks', 'Event': 'locks', 'Semaphore': 'locks',
    'BoundedSemaphore': 'locks', 'Condition': 'locks',
    'Barrier': 'locks', 'BrokenBarrierError': 'locks',
    'wait': 'waiting', 'wait_for': 'waiting', 'shield': 'waiting',
    'as_completed': 'waiting', 'timeout': 'waiting', 'timeout_at': 'waiting',
    'Timeout': 'waiting', 'FIRST_COMPLETED': 'waiting',
    'FIRST_EXCEPTION': 'waiting', 'ALL_COMPLETED': 'waiting',
    'coroutine': 'coroutines',
}


def __getattr__(name):
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
    module = __import__('asyncio.' + where, None, None, [name])
    value = getattr(module, name)
    globals()[name] = value
    return value
