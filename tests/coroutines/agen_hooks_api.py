# sys.get_asyncgen_hooks() / set_asyncgen_hooks(): the struct sequence, keeping
# an omitted hook, None to remove, and CPython's argument errors.
import sys


def first(gen):
    pass


def final(gen):
    pass


hooks = sys.get_asyncgen_hooks()
print(hooks)
print(type(hooks).__name__, len(hooks), hooks[0], hooks[1], hooks.firstiter, hooks.finalizer)
print(isinstance(hooks, tuple), hooks == (None, None), tuple(hooks))
sys.set_asyncgen_hooks(first)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=final)
print(sys.get_asyncgen_hooks() == (first, final))
saved = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(*saved)
firstiter, finalizer = sys.get_asyncgen_hooks()
print(firstiter is first, finalizer is final)
print(sys.set_asyncgen_hooks())
print(sys.get_asyncgen_hooks() == (first, final))

for call in (
    lambda: sys.set_asyncgen_hooks(firstiter=1),
    lambda: sys.set_asyncgen_hooks(finalizer="no"),
    lambda: sys.set_asyncgen_hooks(1),
    lambda: sys.set_asyncgen_hooks(None, 2),
    lambda: sys.set_asyncgen_hooks(1, 2, 3),
    lambda: sys.set_asyncgen_hooks(other=1),
    lambda: sys.set_asyncgen_hooks(None, firstiter=None),
    lambda: sys.get_asyncgen_hooks(1),
):
    try:
        call()
        print("ok")
    except TypeError as error:
        print("TypeError:", error)
# the finalizer is checked and set before firstiter
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=5, finalizer=final)
except TypeError as error:
    print("TypeError:", error)
print(sys.get_asyncgen_hooks().finalizer is final)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
