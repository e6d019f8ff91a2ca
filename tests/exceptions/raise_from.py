# raise ... from ... sets __cause__; from None suppresses context.
try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('bad config') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden context') from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
