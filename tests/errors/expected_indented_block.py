# A compound statement without a body.
def f():
print('body missing')
