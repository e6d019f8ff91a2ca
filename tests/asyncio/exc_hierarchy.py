# Where asyncio's exceptions sit in the exception hierarchy.
import asyncio

print("CancelledError: BaseException", issubclass(asyncio.CancelledError, BaseException),
      "Exception", issubclass(asyncio.CancelledError, Exception))
print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError, issubclass(TimeoutError, OSError))
for cls in (asyncio.InvalidStateError, asyncio.QueueEmpty, asyncio.QueueFull):
    print(cls.__name__, issubclass(cls, Exception))
try:
    raise asyncio.CancelledError("why")
except Exception:
    print("not caught as Exception")
except BaseException as e:
    print("caught as BaseException:", repr(e))
