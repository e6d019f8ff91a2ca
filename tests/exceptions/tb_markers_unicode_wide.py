# Position markers after East Asian wide characters, which take two columns.
def greet(name):
    s = "你好"; return s + name

print(greet("世界"))
print(greet(42))
