def gen():
    yield 1
    return 99

collected = []
for v in gen():
    collected.append(v)
print(collected)
it = gen()
print(next(it))
try:
    print(next(it))
except StopIteration as e:
    print("value", e.value)
print(next(gen(), "default"))
e = gen()
next(e)
print(next(e, "exhausted default"))
