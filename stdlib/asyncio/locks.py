"""asyncio.locks — Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier.

Tasks of one event loop share a single thread and only switch at an
`await`, so these primitives need no atomic instructions: testing a flag and
setting it can never be interrupted. What they do need is a way to *park* a
task until another task changes something. All five use the same one:

    a task that must wait                 the task that lets it go
    ---------------------                 ------------------------
    fut = loop.create_future()
    self._waiters.append(fut)
    await fut          # suspended ...    fut.set_result(True)
                       # ... resumed on a later loop iteration

Awaiting a pending Future suspends the awaiting Task; setting the Future's
result schedules the Task's wake-up with call_soon. So waking a waiter never
runs it at once: the task that released the lock keeps running until its own
next `await`, and the waiter runs in a later turn of the loop. Between the
two, a third task may run — which is why a woken waiter still has to check
and take the lock itself.

Each primitive keeps its waiters' Futures in a list in arrival order, and
wakes them first come, first served. The subtle part is cancellation: a
parked task may be cancelled (by task.cancel(), wait_for, a timeout) at any
moment, even after it was chosen to be woken but before it ran. Its `await`
then raises CancelledError, its Future leaves the list in a `finally`, and
if it was holding a wake-up it hands that wake-up on to the next waiter, so
that a lock never stays free while tasks wait for it forever.

Barrier is built on a Condition rather than on Futures of its own.

Semantics, messages and reprs are CPython 3.11's (Lib/asyncio/locks.py); the
code is pyco's own. The `async with` support comes from _ContextManagerMixin;
_LoopBoundMixin binds each object to the loop that first parks a task on it.
"""
import asyncio

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier", "BrokenBarrierError")


class _LoopBoundMixin:
    """An object whose waiters' Futures must all belong to one event loop."""

    _loop = None

    def _get_loop(self):
        # bound lazily, on first use: a Lock made at module level (before
        # asyncio.run made the loop) still works inside asyncio.run
        loop = asyncio._get_running_loop()  # None outside a loop
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop


class _ContextManagerMixin:
    """`async with primitive:` = acquire() on the way in, release() on the way out."""

    async def __aenter__(self):
        await self.acquire()
        return None  # `async with lock as x` binds None, as in CPython

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _describe(primitive, state, waiters):
    """The repr shared by all primitives: object's repr plus [state, waiters:N]."""
    if waiters:
        state = f"{state}, waiters:{len(waiters)}"
    plain = object.__repr__(primitive)  # <asyncio.locks.Lock object at 0x...>
    return f"<{plain[1:-1]} [{state}]>"


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutual-exclusion lock: at most one task holds it at a time.

    A lock is not owned by a task: any task may release it. Waiting tasks get
    it in the order they asked for it."""

    def __init__(self):
        self._waiters = None  # made on the first wait: most locks never need one
        self._locked = False

    def __repr__(self):
        return _describe(self, "locked" if self._locked else "unlocked", self._waiters)

    def locked(self):
        """True if some task holds the lock."""
        return self._locked

    def _free_for_newcomer(self):
        # Fairness: a newcomer may not overtake tasks already waiting, even
        # while a released lock waits for the woken one to run — unless every
        # waiter has been cancelled and none of them will ever take it.
        if self._locked:
            return False
        return not self._waiters or all(fut.cancelled() for fut in self._waiters)

    async def acquire(self):
        """Wait until the lock is free, then take it. Returns True."""
        if self._free_for_newcomer():
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except asyncio.CancelledError:
            # If release() chose us and we will not take the lock, the next
            # waiter must get the wake-up instead (we are out of the list now).
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Free the lock and let the first waiter (if any) take it next."""
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # Only the first waiter is woken. If its Future is already done it
        # was woken (or cancelled) before and will pass the turn on itself.
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_LoopBoundMixin):
    """A flag tasks can wait for: wait() blocks until set() is called.

    set() wakes every waiter at once; clear() makes later wait() calls block
    again."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return _describe(self, "set" if self._value else "unset", self._waiters)

    def is_set(self):
        """True once set() was called (and clear() not since)."""
        return self._value

    def set(self):
        """Set the flag and wake every task waiting for it."""
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Reset the flag: wait() will block until the next set()."""
        self._value = False

    async def wait(self):
        """Return True at once if the flag is set; else block until set()."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable: tasks holding the lock wait() until another task
    holding it calls notify().

    The condition shares its lock's locked(), acquire() and release(): by
    default a new Lock of its own, or the Lock given (several conditions may
    share one lock)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        return _describe(self, "locked" if self.locked() else "unlocked", self._waiters)

    async def wait(self):
        """Release the lock, block until notified, take the lock again.

        Returns True. The lock is held again when wait() returns — even when
        it ends with CancelledError, as `async with cond:` expects."""
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            await self._reacquire_even_if_cancelled()

    async def _reacquire_even_if_cancelled(self):
        # A cancellation that arrives while we queue for the lock must not
        # leave us without it; remember it and raise it once we hold the lock.
        cancelled = False
        while True:
            try:
                await self.acquire()
                break
            except asyncio.CancelledError:
                cancelled = True
        if cancelled:
            raise asyncio.CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake at most n waiting tasks (each retakes the lock in turn)."""
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake every waiting task."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter of free places: acquire() takes one, waiting while there
    are none; release() gives one back.

    Semaphore(value) starts with [value] places (default 1)."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        state = "locked" if self.locked() else f"unlocked, value:{self._value}"
        return _describe(self, state, self._waiters)

    def locked(self):
        """True if acquire() would block: no place free, or tasks queued
        ahead (fairness: a newcomer does not overtake them)."""
        if self._value == 0:
            return True
        return any(not fut.cancelled() for fut in (self._waiters or ()))

    async def acquire(self):
        """Take a place, waiting until one is free. Returns True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except asyncio.CancelledError:
            # The place _wake_up_next reserved for us (by setting our
            # Future's result) goes back to the pool and to the next waiter.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        # several places may have come free while we waited
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Give a place back, waking the first waiter if there is one."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Hand one place directly to the first waiter not already woken: the
        # count drops now, so no newcomer can take that place meanwhile.
        for fut in self._waiters or ():
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released more often than acquired:
    its count may never exceed the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""

    __module__ = "asyncio.exceptions"  # where CPython defines it


# The states of a Barrier (CPython's _BarrierState values, as its repr shows them).
_FILLING = "filling"      # tasks arrive and wait
_DRAINING = "draining"    # the round is complete: the waiting tasks are leaving
_RESETTING = "resetting"  # reset() was called: the waiting tasks leave with an error
_BROKEN = "broken"        # abort() was called: every wait() fails from now on


class Barrier(_LoopBoundMixin):
    """A meeting point for a fixed number of tasks.

    Barrier(parties): a task that calls wait() stops there until [parties]
    tasks have called it; then they all go on together, and the barrier is
    ready for the next round. wait() returns the task's arrival index in its
    round, 0 to parties-1 (`async with barrier as index:` does the same).

    A round goes filling -> draining (the last arrival lets everyone go) ->
    filling (once the last of them has left). Tasks arriving while a round
    drains wait for the next one. abort() breaks the barrier: every waiting
    and later wait() raises BrokenBarrierError, until reset(). reset() raises
    it in the tasks waiting now, then makes the barrier usable again.

    Every wait is a wait on one Condition, notified at each change of state."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # tasks inside wait(), from arrival until they leave

    def __repr__(self):
        state = self._state
        if not self.broken:
            state += f", waiters:{self.n_waiting}/{self.parties}"
        plain = object.__repr__(self)  # <asyncio.locks.Barrier object at 0x...>
        return f"<{plain[1:-1]} [{state}]>"

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        """Wait until [parties] tasks are waiting; return this one's index.

        Raises BrokenBarrierError if the barrier is broken, or is reset or
        aborted while this task waits."""
        async with self._cond:
            await self._cond.wait_for(self._open_to_arrivals)
            if self._state == _BROKEN:
                raise BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = _DRAINING  # the round is complete: let everyone go
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(self._round_ended)
                    if self._state in (_BROKEN, _RESETTING):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._leave()

    def _open_to_arrivals(self):
        # not while the last round drains or a reset empties the barrier
        return self._state not in (_DRAINING, _RESETTING)

    def _round_ended(self):
        return self._state != _FILLING

    def _leave(self):
        # The last task out ends a draining or a reset: the next round may fill.
        self._count -= 1
        if self._count == 0:
            if self._state in (_DRAINING, _RESETTING):
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Return to the empty state; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            # with tasks inside, the last of them to leave completes the reset
            self._state = _RESETTING if self._count > 0 else _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting tasks and every later wait() get
        BrokenBarrierError (until reset())."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """How many tasks must wait() for the barrier to let them go."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks are waiting in the round that is filling."""
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        """True once abort() was called (and reset() not since)."""
        return self._state == _BROKEN
