# A generator still paused inside try/finally when the program ends is
# closed then, so its finally block runs after the last line.
def gen(name):
    try:
        yield 1
    finally:
        print("cleanup", name)

g = gen("g")
next(g)
print("end of program")
