def gen():
    yield 1
    x = 5
    yield x

    yield 3

g = gen()
f = g.gi_frame
print(f.f_lineno, f.f_code.co_name)
for _ in g:
    print(g.gi_frame.f_lineno)
print(g.gi_frame)
print(g.gi_code.co_name, g.gi_code is gen.__code__)
g2 = gen()
g2.close()
print(g2.gi_frame)
