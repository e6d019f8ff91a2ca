import sys
def gen():
    try:
        yield 1
        sys.exit(3)
    finally:
        print("finally on the way out")

for v in gen():
    print("got", v)
print("not reached")
