def nested_loops():
    for i in range(3):
        j = 0
        while j < i:
            if j == 1:
                j += 1
                continue
            yield (i, j)
            j += 1
        else:
            yield ("while-else", i)
    else:
        yield "for-else"

def with_break():
    for i in range(10):
        if i == 3:
            break
        yield i
    else:
        yield "never"
    yield "after"

print(list(nested_loops()))
print(list(with_break()))
