# Exception args of several types and exception equality by identity.
e1 = ValueError('a', 1, None)
print(e1.args, str(e1), repr(e1))
e2 = ValueError('a', 1, None)
print(e1 == e2, e1 == e1, e1.args == e2.args)
err = IndexError()
err.args = ('changed',)
print(repr(err), str(err))
class WithAttr(Exception):
    code = 500
try:
    raise WithAttr('boom')
except WithAttr as e:
    e.extra = 'x'
    print(e.code, e.extra, e)
