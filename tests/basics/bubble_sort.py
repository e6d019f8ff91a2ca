# A classroom program: bubble sort printing each pass.
def bubble(items):
    items = list(items)
    for i in range(len(items) - 1):
        swapped = False
        for j in range(len(items) - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        print('pass', i + 1, items)
        if not swapped:
            break
    return items
print('排序后的列表:', bubble([5, 2, 9, 1, 5, 6]))
