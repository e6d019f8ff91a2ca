# Decorators applied to classes and methods.
def register(cls):
    cls.registered = True
    return cls
@register
class Service:
    pass
print(Service.registered)
def loud(method):
    def wrapper(self, *a):
        return method(self, *a).upper()
    return wrapper
class Talker:
    @loud
    def say(self, text):
        return text
print(Talker().say('quiet'))
