# An exception in finally replaces the original (which becomes its context).
try:
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
except TypeError as e:
    print(repr(e), repr(e.__context__))
