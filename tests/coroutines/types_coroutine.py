import types, inspect
@types.coroutine
def legacy():
    x = yield "legacy yield"
    return x
async def modern():
    r = await legacy()
    return r * 2
c = modern()
print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.iscoroutinefunction(modern), inspect.iscoroutinefunction(legacy))
print(c.send(None), inspect.getcoroutinestate(c), c.cr_await is not None)
try:
    c.send(21)
except StopIteration as e:
    print(e.value, inspect.getcoroutinestate(c))
m = modern(); print(types.CoroutineType, isinstance(m, types.CoroutineType)); m.close()
g = legacy()
print(inspect.isawaitable(g), inspect.isawaitable(3))
g.close()
