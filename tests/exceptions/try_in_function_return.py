# Return values from try/except/else branches.
def classify(x):
    try:
        v = 100 // x
    except ZeroDivisionError:
        return 'zero'
    except TypeError:
        return 'type'
    else:
        return 'ok %d' % v
    finally:
        print('classified', repr(x))
print(classify(5), classify(0), classify('s'))
