# A syntax error stops the program before anything runs.
print('never printed')
x = (1,
     2
