# try/except/else/finally in their combinations.
def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('except: cannot divide by', x)
    else:
        print('else: result', r)
    finally:
        print('finally for', x)
attempt(2)
attempt(0)
try:
    print('no error')
finally:
    print('finally without except')
try:
    int('x')
except (TypeError, ValueError) as e:
    print('tuple clause caught', type(e).__name__)
try:
    [][0]
except LookupError as e:
    print('base class caught', type(e).__name__, e)
try:
    {}['k']
except IndexError:
    print('wrong')
except KeyError as e:
    print('second clause', repr(e))
except Exception:
    print('not reached')
