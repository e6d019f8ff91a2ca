def gen(a):
    b = a + 1
    yield b
    c = b * 2
    yield c

g = gen(1)
print(g.gi_frame is not None)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
list(g)
print(g.gi_frame)
