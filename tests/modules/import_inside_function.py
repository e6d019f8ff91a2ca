# Imports inside functions bind local names.
def use():
    import _geometry as g
    from _geometry import PI
    return g.area(1) == PI
print(use())
try:
    g
except NameError as e:
    print('NameError:', e)
