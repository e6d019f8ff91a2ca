"""inspect — look inside live objects: generators' states, functions' kinds.

A generator is in one of four states. pyco keeps the state in the generator
object itself (gen.c) and exposes it through gi_running, gi_suspended and
gi_frame, from which these functions read it exactly as CPython's do:

    GEN_CREATED    made by calling the function, not started yet
    GEN_RUNNING    executing right now (only visible from inside itself)
    GEN_SUSPENDED  paused at a yield
    GEN_CLOSED     finished: returned, raised, or closed
"""
import types

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"

CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"

CO_OPTIMIZED = 0x0001
CO_NEWLOCALS = 0x0002
CO_VARARGS = 0x0004
CO_VARKEYWORDS = 0x0008
CO_NESTED = 0x0010
CO_GENERATOR = 0x0020
CO_NOFREE = 0x0040
CO_COROUTINE = 0x0080
CO_ITERABLE_COROUTINE = 0x0100
CO_ASYNC_GENERATOR = 0x0200


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a paused generator, as a dict."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isawaitable(obj):
    """Whether obj can be used in an await expression."""
    return (isinstance(obj, types.CoroutineType) or
            isinstance(obj, types.GeneratorType) and bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(obj), "__await__"))


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(obj):
    """Whether obj is an async generator (made by calling an async def with yield)."""
    return isinstance(obj, types.AsyncGeneratorType)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def _unwrap_function(obj):
    while ismethod(obj):
        obj = obj.__func__
    while hasattr(obj, "func") and hasattr(obj, "args") and hasattr(obj, "keywords"):
        obj = obj.func  # functools.partial
    return obj


def _has_code_flag(obj, flag):
    obj = _unwrap_function(obj)
    if not isfunction(obj):
        return False
    return bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether calling obj makes a generator (its body contains yield)."""
    return _has_code_flag(obj, CO_GENERATOR)
