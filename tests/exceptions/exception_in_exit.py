# An exception raised by __exit__ replaces the body's exception.
class Leaky:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('exit failed while handling ' + (et.__name__ if et else 'nothing'))
for body_raises in [False, True]:
    try:
        with Leaky():
            if body_raises:
                raise ValueError('body')
    except RuntimeError as e:
        print(e, '| context:', repr(e.__context__))
