# What a driver sends while an async generator is paused in an await goes to
# that await; what the generator yields itself ends its __anext__ await.
import types


@types.coroutine
def request(what):
    answer = yield ("request", what)
    return answer


async def conversation():
    name = await request("name")
    yield "hello " + name
    age = await request("age")
    yield "%s is %d" % (name, age)


async def consumer(log):
    async for line in conversation():
        log.append(line)
    return log


answers = {"name": "Ada", "age": 36}
coro = consumer([])
sent = None
try:
    while True:
        kind, what = coro.send(sent)
        print("driver asked for", what)
        sent = answers[what]
except StopIteration as stop:
    print(stop.value)

# the same by hand, without a consumer coroutine
gen = conversation()
step = gen.__anext__()
print(step.send(None))
print("ag_await:", gen.ag_await.__name__, "ag_running:", gen.ag_running)
try:
    step.send("Grace")
except StopIteration as stop:
    print("yielded", stop.value)
step = gen.__anext__()
print(step.send(None))
try:
    step.send(45)
except StopIteration as stop:
    print("yielded", stop.value)
try:
    gen.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
