# Error messages from list methods.
a = [1, 2, 3]
for action in ['a.remove(9)', 'a.index(9)', '[].pop()', 'a.pop(10)', 'a[5]', 'a[5] = 0']:
    try:
        if action == 'a.remove(9)': a.remove(9)
        elif action == 'a.index(9)': a.index(9)
        elif action == '[].pop()': [].pop()
        elif action == 'a.pop(10)': a.pop(10)
        elif action == 'a[5]': a[5]
        else: a[5] = 0
    except (ValueError, IndexError) as e:
        print(action, '->', type(e).__name__, e)
