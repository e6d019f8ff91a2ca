# The awaitable of anext(it, default) forwards send/throw/close to the
# awaitable of it.__anext__(), and turns StopAsyncIteration into the default.
import types


@types.coroutine
def pause(tag):
    reply = yield tag
    return reply


async def talker():
    try:
        reply = await pause("question")
        print("  talker got", reply)
        yield reply.upper()
    except KeyError as error:
        print("  talker caught", repr(error))
        yield "after error"


def show(label, action):
    try:
        print(label, "->", repr(action()))
    except StopIteration as stop:
        print(label, "StopIteration", repr(stop.value))
    except BaseException as error:
        print(label, type(error).__name__, error)


gen = talker()
aw = anext(gen, "default")
show("send None", lambda: aw.send(None))
show("send reply", lambda: aw.send("yes"))
show("next again", lambda: aw.send(None))
show("exhausted", lambda: anext(gen, "default").send(None))

gen2 = talker()
aw2 = anext(gen2, "d")
show("start", lambda: next(aw2))
show("throw", lambda: aw2.throw(KeyError("k")))
show("throw no args", lambda: anext(talker(), 1).throw())
show("close", lambda: anext(talker(), 1).close())
show("send no args", lambda: anext(talker(), 1).send())


class CoroutineAnext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        await pause("inside coroutine __anext__")
        raise StopAsyncIteration


aw3 = anext(CoroutineAnext(), "fallback")
show("coroutine anext", lambda: aw3.send(None))
show("coroutine anext end", lambda: aw3.send(None))
