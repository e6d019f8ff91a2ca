# len and indexing errors for various types.
for v in [5, 1.5, None, len, iter([])]:
    try:
        len(v)
    except TypeError as e:
        print('TypeError:', e)
