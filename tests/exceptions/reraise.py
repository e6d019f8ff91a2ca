# Bare raise re-raises the exception being handled.
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print('logging and re-raising')
        raise
try:
    f()
except ZeroDivisionError as e:
    print('caught again:', e)
try:
    try:
        raise ValueError('first')
    except ValueError as e:
        saved = e
    raise saved
except ValueError as e:
    print('raised saved instance:', e, e is saved)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
