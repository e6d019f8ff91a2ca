# Implicit chaining: __context__ is set when raising inside except.
try:
    try:
        raise ValueError('one')
    except ValueError:
        raise KeyError('two')
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise ValueError('a')
    except ValueError as first:
        try:
            raise TypeError('b')
        except TypeError as second:
            print(repr(second.__context__), second.__context__ is first)
except Exception:
    pass
