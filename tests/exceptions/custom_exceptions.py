# User-defined exception classes, args, str/repr, hierarchy.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__('not found: ' + name)
        self.name = name
class Detailed(Exception):
    def __str__(self):
        return 'detailed(' + ', '.join(map(str, self.args)) + ')'
try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.name, e.args, repr(e))
try:
    raise Detailed(1, 2)
except Exception as e:
    print(e, repr(e), e.args)
e = AppError()
print(repr(e), str(e) == '', e.args)
print(repr(AppError('a', 1)), str(AppError('a', 1)), str(AppError(5)))
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__mro__[1].__name__)
try:
    raise AppError
except AppError as e:
    print('raised class, got instance:', type(e).__name__, e.args)
