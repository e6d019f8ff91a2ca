gens = [iter(range(i, i + 3)) for i in range(5)]
def numbered(n):
    for i in range(3):
        yield n * 100 + i
live = [numbered(n) for n in range(1000)]
total = 0
for g in live:
    total += next(g)
print(total)
for g in live:
    total += sum(g)
print(total)
