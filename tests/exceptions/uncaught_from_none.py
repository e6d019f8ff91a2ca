# raise ... from None hides the context in the traceback.
try:
    [][1]
except IndexError:
    raise KeyError('clean') from None
