def counter(i):
    total = i
    while True:
        total += yield total

gens = [counter(i) for i in range(100000)]
firsts = 0
for g in gens:
    firsts += next(g)
print(firsts)
s = 0
for g in gens:
    s += g.send(2)
print(s)
for g in gens[::2]:
    g.close()
alive = [g for g in gens if g.gi_frame is not None]
print(len(alive), sum(g.send(1) for g in alive))
