# input() reads a line from stdin; at end of input it raises EOFError (stdin is empty here).
try:
    line = input('prompt> ')
    print('read', repr(line))
except EOFError as e:
    print()
    print('EOFError', e)
