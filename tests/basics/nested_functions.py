# Functions defined inside functions and returned.
def make_multiplier(n):
    def mult(x):
        return x * n
    return mult
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), make_multiplier(10)(7))
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([double, triple, abs, str], -4))
def outer():
    def helper(n):
        return n if n < 1 else helper(n - 1) + n
    return helper(4)
print(outer())
