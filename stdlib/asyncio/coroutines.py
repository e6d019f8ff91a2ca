"""asyncio.coroutines — @asyncio.coroutine, the coroutines of Python 3.4.

Before `async def` and `await` arrived (Python 3.5), an asyncio coroutine
was an ordinary generator function, and `yield from` did the job `await`
does now:

    @asyncio.coroutine
    def fetch():
        yield from asyncio.sleep(1)      # today: await asyncio.sleep(1)
        return "data"

The decorator's real work is one bit. Calling a generator function gives a
generator, which `await` refuses ("object generator can't be used in 'await'
expression"). types.coroutine sets CO_ITERABLE_COROUTINE on the function's
code object; generators made from that code may then be awaited, wrapped in
Tasks and mixed freely with `async def` coroutines. Inside, `yield from` and
`await` are the same instruction loop (SEND), which is why the two styles
interoperate at all.

A decorated function that is not a generator (it never yields — common in
tutorials) is first turned into one: a small generator function that calls
it and, if the result is awaitable, `yield from`s it, so the caller always
gets something it can await or run as a task.

CPython deprecated the decorator in 3.8 and removed it in 3.11. pyco keeps
it on purpose, without the DeprecationWarning, so that the Python 3.4
tutorials run unchanged (see tests/cpydiff/asyncio_coroutine_decorator.md).
The semantics are those of CPython 3.10's asyncio.coroutine.
"""
import functools
import inspect
import types

__all__ = ("coroutine",)

# Functions the decorator returns carry this marker (`func._is_coroutine`),
# so that asyncio.iscoroutinefunction counts them as coroutine functions
# even though their code says "generator".
_is_coroutine = object()


def coroutine(func):
    """Decorator marking a generator-based coroutine (Python 3.4 style)."""
    if inspect.iscoroutinefunction(func):
        return func  # already an `async def`: nothing to do
    if inspect.isgeneratorfunction(func):
        generator_function = func
    else:
        generator_function = _as_generator_function(func)
    marked = types.coroutine(generator_function)
    marked._is_coroutine = _is_coroutine
    return marked


def _as_generator_function(func):
    """A generator function that runs [func] and awaits what it returns,
    if that is awaitable; its return value is the final result."""

    @functools.wraps(func)
    def generator_function(*args, **kwargs):
        result = func(*args, **kwargs)
        if inspect.isgenerator(result):
            result = yield from result
        elif hasattr(type(result), "__await__"):  # a Future, a coroutine ...
            result = yield from result.__await__()
        return result

    return generator_function

