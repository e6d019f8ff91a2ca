# Lexical rules: line joining, continuation, semicolons, comments, tab indentation.
total = (1 +
         2 +   # comment inside brackets
         3)
print(total)
value = 10 + \
    20
print(value)
items = [
    1,
    2,
]
print(items, {
    "k": "v"})
a = 1; b = 2; print(a + b)
if a:
	print("tab-indented block")
	if b:
		print("two tabs")
x = 1_000.5 + .5 + 5. + 1e-3 + 0_0
print(x, 0xDEAD_BEEF, 1E3, 10e0)
s = "a" \
    "b"
print(s)
def f(
    p,
    q=2,
):
    return p * q
print(f(
    3,
))
print("#not a comment", '\' ')  # trailing comment
