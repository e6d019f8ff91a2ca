# __exit__ receives the exception; returning True suppresses it.
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('exit got', et.__name__ if et else None, ev)
        return isinstance(ev, KeyError)
for exc in [KeyError('k'), None, ValueError('v')]:
    try:
        with Guard():
            if exc:
                raise exc
            print('no exception')
        print('after with')
    except ValueError as e:
        print('propagated', e)
