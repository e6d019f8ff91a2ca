def gen():
    try:
        for i in range(3):
            yield i
    finally:
        print("cleanup")

for x in gen():
    print(x)
print("after loop: a finished generator has run its finally")

g = gen()
print(next(g), next(g))
g.close()
print("closed explicitly: finally ran at close()")

def gen2():
    try:
        yield 1
    finally:
        print("gen2 cleanup")
for x in gen2():
    pass
print("done")
