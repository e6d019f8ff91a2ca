# args, str, repr of built-in exceptions.
e = ZeroDivisionError('division by zero')
print(repr(e), str(e), e.args)
print(repr(ValueError()), repr(ValueError(1, 'a')), str(ValueError(1, 'a')))
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
print(isinstance(e, Exception), type(e).__name__, e.__class__.__name__)
print(repr(OSError(2, 'No such file')), str(OSError(2, 'No such file')))
