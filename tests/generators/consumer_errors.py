# Error messages from built-ins consuming generators.
def gen(*vals):
    for v in vals:
        yield v

def forever():
    n = 0
    while True:
        n += 1
        yield n

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("join", lambda: ",".join(gen("a", 1, "b")))
attempt("dict", lambda: dict(gen((1, 2), (1, 2, 3))))
attempt("dict2", lambda: dict(gen(5)))
attempt("min", lambda: min(gen()))
attempt("max", lambda: max(gen()))
attempt("min default", lambda: min(gen(), default="none"))
attempt("sum str", lambda: sum(gen("a", "b"), ""))
attempt("set", lambda: set(gen(1, [2])))
attempt("unpack infinite", lambda: [(a, b) for a, b in [forever()]])
attempt("zip strict", lambda: list(zip(gen(1, 2), gen(1), strict=True)))
attempt("zip strict ok", lambda: list(zip(gen(1, 2), gen(3, 4), strict=True)))
attempt("reversed", lambda: reversed(gen(1)))
attempt("sorted mixed", lambda: sorted(gen(1, "a")))
attempt("map", lambda: list(map(lambda a, b: a + b, gen(1, 2, 3), gen(10, 20))))
attempt("enumerate", lambda: list(enumerate(gen("x", "y"), start=5)))
attempt("any infinite", lambda: any(n > 3 for n in forever()))
attempt("next default", lambda: next(gen(), "empty"))
attempt("iter sentinel", lambda: list(iter(forever().__next__, 4)))
attempt("tuple", lambda: tuple(gen(*range(3))))
attempt("int()", lambda: int(gen()))
attempt("add", lambda: gen() + gen())
