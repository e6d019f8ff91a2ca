# Position markers: calls, nested calls and method calls are marked with ^ only.
def parse(text):
    return int(text.strip())

def total(items):
    return sum(parse(item) for item in items)

print(total([" 1", "2 "]))
print(str(total(["3", "four"])).upper())
