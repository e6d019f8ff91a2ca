# inspect's predicates for the async world: iscoroutine,
# iscoroutinefunction, isawaitable, isasyncgen, isasyncgenfunction, and the
# generator ones, across every kind of object.
import inspect
import types


async def coroutine_function():
    pass


async def async_generator_function():
    yield


def generator_function():
    yield


@types.coroutine
def decorated_generator():
    yield


class Awaitable:
    def __await__(self):
        yield


class Methods:
    async def method(self):
        pass

    async def agen_method(self):
        yield


coro = coroutine_function()
agen = async_generator_function()
gen = generator_function()
subjects = [
    ("coroutine_function", coroutine_function),
    ("async_generator_function", async_generator_function),
    ("generator_function", generator_function),
    ("coroutine", coro),
    ("async_generator", agen),
    ("generator", gen),
    ("decorated generator", decorated_generator()),
    ("Awaitable()", Awaitable()),
    ("bound async method", Methods().method),
    ("bound agen method", Methods().agen_method),
    ("lambda", lambda: None),
    ("asend", agen.asend(None)),
    ("int", 1),
]
predicates = ["iscoroutine", "iscoroutinefunction", "isawaitable", "isasyncgen", "isasyncgenfunction",
              "isgenerator", "isgeneratorfunction"]
for name, subject in subjects:
    flags = [p for p in predicates if getattr(inspect, p)(subject)]
    print(name + ":", ", ".join(flags) or "-")
coro.close()
print(bool(coroutine_function.__code__.co_flags & inspect.CO_COROUTINE),
      bool(async_generator_function.__code__.co_flags & inspect.CO_ASYNC_GENERATOR))
