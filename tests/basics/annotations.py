# Annotations are parsed and ignored at runtime by pyco's users.
x: int = 5
y: list
def f(a: int, b: str = 'x') -> str:
    return b * a
print(x, f(3))
class P:
    name: str = 'p'
    count: int
print(P.name)
