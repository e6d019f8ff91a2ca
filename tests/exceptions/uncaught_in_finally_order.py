# finally blocks run before the traceback is printed.
def work():
    try:
        print('working')
        raise OSError('disk full')
    finally:
        print('cleanup 1')
try:
    work()
finally:
    print('cleanup 2')
