# A generator that raises part-way: list/zip propagate the error and the generator is closed.
# A generator left suspended (after break or a short zip) can be resumed later.
def gen(fail_at=3):
    try:
        for i in range(5):
            if i == fail_at:
                raise ValueError("at %d" % i)
            yield i
    finally:
        print("gen finally")

try:
    data = list(gen())
except ValueError as e:
    print("list failed:", e)
try:
    print(list(zip(gen(), range(10))))
except ValueError as e:
    print("zip failed:", e)
kept = gen()
print(list(zip(range(2), kept)))
print("kept resumes at", next(kept))
kept.close()
g = gen(fail_at=99)
for v in g:
    if v == 1:
        break
print("after break, resume:", next(g))
for v in g:
    print("rest", v)
else:
    print("for-else after exhaustion")
