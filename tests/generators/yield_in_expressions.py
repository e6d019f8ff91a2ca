# Values on the evaluation stack survive a suspension in the middle of an expression.
def gen():
    r = [1, (yield "a"), 3, {"k": (yield "b"), "j": [(yield "c")]}]
    print("r =", r)
    s = (yield "d") + (yield "e") * 10
    print("s =", s)
    t = f"<{(yield 'f')}|{(yield 'g')!r}>"
    print("t =", t)
    x = 5
    x += yield "h"
    print("x =", x)
    d = {}
    d[(yield "key")] = (yield "value")
    print("d =", d)
    print("args:", *[(yield "p1"), (yield "p2")], sep="/")
    u = (yield "cond") if (yield "test") else "no"
    print("u =", u)
    while (yield "loop?"):
        print("in loop")
    return (yield "last")

g = gen()
out = [next(g)]
vals = iter([10, 20, 30, 2, 3, "F", "G", 7, "K", "V", "x", "y", True, "C", 1, 0, "R"])
try:
    while True:
        out.append(g.send(next(vals)))
except StopIteration as e:
    print("return", e.value)
print(out)
