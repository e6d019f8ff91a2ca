# Failing assert at top level.
x = 3
assert x == 3, 'fine'
assert x > 5, 'x must be greater than 5'
