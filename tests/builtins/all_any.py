# all and any short-circuit.
print(all([]), any([]), all([1, 'a']), all([1, 0]), any([0, '']), any([0, 3]))
def noisy(v):
    print('check', v)
    return v
print(any(noisy(x) for x in [0, 1, 2]))
print(all(noisy(x) for x in [1, 0, 2]))
