# First matching except clause wins; bare except catches everything.
for exc in [ValueError('v'), KeyError('k'), ZeroDivisionError('z'), KeyboardInterrupt()]:
    try:
        raise exc
    except ArithmeticError:
        print('ArithmeticError clause', repr(exc))
    except LookupError as e:
        print('LookupError clause', repr(e))
    except Exception as e:
        print('Exception clause', repr(e))
    except:
        print('bare except', type(exc).__name__)
