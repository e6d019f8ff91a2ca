# nonlocal with no enclosing binding.
def f():
    nonlocal y
    y = 1
