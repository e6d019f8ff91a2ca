# Nested containers and their reprs.
data = {'users': [{'name': 'a', 'tags': ('x', 'y')}, {'name': 'b', 'tags': ()}], 'n': None}
print(data)
print(data['users'][0]['tags'][1], len(data['users']))
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
aliased = [[0] * 2] * 2
aliased[0][0] = 1
print(aliased)
rec = [1]
rec.append(rec)
print(rec)
d = {}
d['self'] = d
print(d)
