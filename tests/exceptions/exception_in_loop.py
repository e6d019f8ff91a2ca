# Catching exceptions inside loops keeps the loop going.
results = []
for value in ['1', 'x', '3', None, '5']:
    try:
        results.append(int(value))
    except ValueError:
        results.append('bad')
    except TypeError:
        results.append('none')
        continue
    finally:
        results.append('|')
print(results)
