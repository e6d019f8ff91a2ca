def nested(n):
    if n == 0:
        yield "leaf"
    else:
        yield from nested(n - 1)

print(list(nested(500)))
