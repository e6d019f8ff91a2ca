# sys.set_asyncgen_hooks: firstiter(ag) runs on the first
# __anext__/asend/athrow/aclose of each async generator, once; an error it
# raises comes out of that call, and is not repeated.
import sys


async def agen(tag):
    yield tag


started = []


def firstiter(gen):
    started.append(gen.__name__ + ":" + str(gen.ag_frame.f_locals["tag"]))


sys.set_asyncgen_hooks(firstiter=firstiter)
a = agen("a")
print("created", started)
n1 = a.__anext__()
n2 = a.__anext__()
print("two __anext__", started)
for make in (lambda g: g.asend(None), lambda g: g.athrow(ValueError), lambda g: g.aclose()):
    make(agen("x"))
print("asend/athrow/aclose", started)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer)


def failing(gen):
    raise LookupError("firstiter failed")


sys.set_asyncgen_hooks(firstiter=failing)
b = agen("b")
try:
    b.__anext__()
except LookupError as error:
    print("first call:", error)
step = b.__anext__()
try:
    step.send(None)
except StopIteration as stop:
    print("second call works:", stop.value)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks())
agen("c").__anext__()
print(started)
