# Position markers: a binary operation marks its operands with ~ and its operator with ^.
def ratio(total, count):
    return total / count

def mean(values):
    return ratio(sum(values), len(values)) + 0

print(mean([1, 2, 3]))
print(mean([]))
