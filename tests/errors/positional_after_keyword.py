# Positional argument after a keyword argument.
print(sep='', 'x')
