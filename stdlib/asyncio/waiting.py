"""asyncio.waiting — waiting for several things, or for not too long.

Every function here is built from three pieces of the core: a Future used as
a *waiter*, done callbacks, and loop timers. Awaiting the waiter parks the
calling task; whichever happens first — the awaited futures finishing (their
done callbacks fire) or the timer expiring (call_later fires) — sets the
waiter's result and so wakes the task, which then looks at what is done.

    wait(fs)          one waiter; a done callback on every future counts
                      completions and wakes the waiter when return_when is
                      satisfied; an optional timer wakes it anyway.
    wait_for(aw, t)   a timer plus cancel: wake at the deadline, then cancel
                      the still-running task, wait until it has really
                      stopped, and raise TimeoutError.
    timeout(delay)    the same idea as a context manager around a block:
                      the timer cancels the *current* task, and __aexit__
                      turns that one CancelledError into TimeoutError.
    shield(aw)        a second future in front of aw: cancelling the outer
                      one leaves aw running.
    as_completed(fs)  done callbacks put each finished future into a Queue;
                      each awaitable it yields takes the next one out.

Cancellation is the delicate part. A task waiting inside wait_for may itself
be cancelled; then the inner task is cancelled too and waited for, so it
never keeps running after wait_for has returned. timeout() uses the task's
cancellation counter (cancelling()/uncancel()) to tell its own cancel apart
from one somebody else requested at the same time — only its own becomes
TimeoutError.

Semantics and messages are CPython 3.11's (asyncio/tasks.py and
asyncio/timeouts.py); the code is pyco's own. TimeoutError is the built-in
one, as asyncio.TimeoutError is since 3.11.
"""
import asyncio

__all__ = (
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
    "wait", "wait_for", "shield", "as_completed",
    "Timeout", "timeout", "timeout_at",
)

# the values concurrent.futures uses: plain strings
FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def _release_waiter(waiter, *args):
    """Wake the task parked on [waiter] (a timer or done callback)."""
    if not waiter.done():
        waiter.set_result(None)


def _check_not_single(fs, what):
    # wait(task) instead of wait([task]) is a common slip: say so
    if asyncio.isfuture(fs) or asyncio.iscoroutine(fs):
        raise TypeError(f"expect {what} of futures, not {type(fs).__name__}")


# ---- wait -------------------------------------------------------------------

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in [fs]; return (done, pending) sets.

    return_when: FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED. After
    [timeout] seconds it returns anyway (it never raises TimeoutError)."""
    _check_not_single(fs, "a list")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(asyncio.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = asyncio.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    """Park until return_when is satisfied or the timeout passes."""
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        failed = not f.cancelled() and f.exception() is not None
        if (remaining <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and failed)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


# ---- wait_for ---------------------------------------------------------------

async def wait_for(fut, timeout):
    """Await [fut] (a coroutine becomes a Task), for at most [timeout] seconds.

    At the deadline the task is cancelled, waited for, and TimeoutError is
    raised. If the caller is cancelled, the task is cancelled too. Use
    shield() to keep the task running past the deadline."""
    loop = asyncio.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        return await _wait_for_expired(fut, loop)

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(_):
        _release_waiter(waiter)

    fut = asyncio.ensure_future(fut, loop=loop)
    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except asyncio.CancelledError:
            # we were cancelled: the inner task goes too, unless it finished
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        # the deadline came first
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut, loop)
        return _result_or_timeout(fut)
    finally:
        timeout_handle.cancel()


async def _wait_for_expired(fut, loop):
    """wait_for with a timeout <= 0: a result only if it is ready right now."""
    fut = asyncio.ensure_future(fut, loop=loop)
    if fut.done():
        return fut.result()
    await _cancel_and_wait(fut, loop)
    return _result_or_timeout(fut)


def _result_or_timeout(fut):
    # The task may have refused to be cancelled and returned (or raised)
    # something: that wins. Only a real cancellation becomes the timeout.
    try:
        return fut.result()
    except asyncio.CancelledError as exc:
        raise TimeoutError() from exc


async def _cancel_and_wait(fut, loop):
    """Cancel [fut] and wait until it is done.

    We park on a waiter of our own rather than on fut itself, so that this
    wait can in turn be cancelled without touching fut a second time."""
    waiter = loop.create_future()

    def on_done(_):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(on_done)


# ---- shield -----------------------------------------------------------------

def shield(arg):
    """An awaitable for [arg] that does not pass cancellation on to it.

    Cancelling the task that awaits shield(t) cancels only the outer future
    returned here; t keeps running. If t itself is cancelled, the outer
    future is cancelled too."""
    inner = asyncio.ensure_future(arg)
    if inner.done():
        return inner  # nothing left to protect
    outer = inner.get_loop().create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: no "exception never retrieved"
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# ---- as_completed -----------------------------------------------------------

def as_completed(fs, *, timeout=None):
    """Yield awaitables that give the results of [fs] in completion order.

        for next_done in as_completed(tasks):
            result = await next_done     # may raise that task's exception

    After [timeout] seconds the awaits still to come raise TimeoutError.
    This is a plain generator, not a coroutine: iterate it with `for`."""
    _check_not_single(fs, "an iterable")
    finished = asyncio.Queue()
    loop = asyncio.get_event_loop()
    todo = {asyncio.ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            finished.put_nowait(None)  # None tells _wait_for_one: timed out
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout came first
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()  # or raise the future's exception

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---- timeout ----------------------------------------------------------------

# A Timeout's life: CREATED -> ACTIVE (entered) -> FINISHED (left in time)
#                                           \-> EXPIRING (cancel sent) -> EXPIRED
_CREATED = "created"
_ACTIVE = "active"
_EXPIRING = "expiring"
_EXPIRED = "expired"
_FINISHED = "finished"


class Timeout:
    """Asynchronous context manager that cancels its block at a deadline.

        async with asyncio.timeout(1.5) as t:   # or timeout_at(loop time)
            await something()                  # TimeoutError after 1.5 s

    The deadline is in loop.time() seconds; None means never. It can be read
    with when() and moved with reschedule() while the block runs. Make one
    with timeout() or timeout_at(), not directly."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline (loop time), or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline to [when] (loop time; None: no deadline)."""
        if self._state is not _ACTIVE:
            if self._state is _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
            return
        loop = asyncio.get_running_loop()
        if when <= loop.time():
            self._timeout_handler = loop.call_soon(self._on_timeout)
        else:
            self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """True once the deadline has passed inside the block."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        when = ""
        if self._state is _ACTIVE:
            shown = round(self._when, 3) if self._when is not None else None
            when = f" when={shown}"
        return f"<Timeout [{self._state}]{when}>"

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ACTIVE
        self._task = task
        # cancel requests already pending when we entered are not ours
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_ACTIVE, _EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            # Our cancel becomes TimeoutError only if nobody else asked to
            # cancel the task meanwhile: theirs must still arrive as
            # CancelledError.
            if self._task.uncancel() <= self._cancelling and exc_type is asyncio.CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _ACTIVE:
            self._state = _FINISHED
        return None

    def _on_timeout(self):
        assert self._state is _ACTIVE
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout that expires [delay] seconds from now (None: never)."""
    loop = asyncio.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout that expires at loop time [when] (None: never)."""
    return Timeout(when)
