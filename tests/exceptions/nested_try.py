# Nested try statements and exceptions raised inside handlers.
try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        print('inner handler', e)
        raise TypeError('from handler')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer handler', e, '| context:', repr(e.__context__))
def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    finally:
        print('level2 cleanup')
def level1():
    try:
        level2()
    except KeyError as e:
        return 'level1 caught ' + repr(e)
print(level1())
