# Async generators feeding each other: each stage iterates the previous one
# with `async for`, and awaits pass through all stages to the driver.
import types


@types.coroutine
def io(tag):
    reply = yield tag
    return reply


async def read_lines():
    for i in range(4):
        line = await io("read %d" % i)
        yield line


async def parse(lines):
    async for line in lines:
        if line.startswith("#"):
            continue
        yield line.split("=")


async def to_dict(pairs):
    result = {}
    async for key, value in pairs:
        result[key] = value
    return result


def drive(coro, replies):
    reply = None
    try:
        while True:
            request = coro.send(reply)
            print("request:", request)
            reply = replies.pop(0)
    except StopIteration as stop:
        return stop.value


print(drive(to_dict(parse(read_lines())), ["a=1", "# comment", "b=2", "c=3"]))
