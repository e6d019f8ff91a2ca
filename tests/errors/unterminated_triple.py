# A triple-quoted string that never ends.
print('start')
s = """abc
def
