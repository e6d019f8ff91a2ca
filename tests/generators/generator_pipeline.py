def read(lines):
    for line in lines:
        print("read", line)
        yield line

def strip_comments(src):
    for line in src:
        if not line.startswith("#"):
            yield line

def numbers(src):
    for line in src:
        for tok in line.split():
            yield int(tok)

def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v

data = ["1 2", "# skip", "3 4 5", "6", "7 8"]
print(list(take(4, numbers(strip_comments(read(data))))))
print(sum(numbers(strip_comments(data))))
