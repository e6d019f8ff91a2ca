# Plain invalid syntax: two operands without an operator.
print('never printed')
x = 1 2
