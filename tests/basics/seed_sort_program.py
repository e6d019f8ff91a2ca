# A tutorial-style program: sort a list, print Chinese labels with formatting.
data = [38, 27, 43, 3, 9, 82, 10]
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
print('原始列表:', data)
print('排序后的列表:', merge_sort(data))
print('总和: {}，平均: {:.2f}'.format(sum(data), sum(data) / len(data)))
