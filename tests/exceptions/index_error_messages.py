# IndexError and KeyError messages of the containers.
checks = [
    lambda: [][0], lambda: [1, 2][-3], lambda: (1,)[1], lambda: 'abc'[10], lambda: range(3)[5],
    lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: b'x'[3], lambda: 'x'[1:2][5],
]
for check in checks:
    try:
        check()
    except (IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)
