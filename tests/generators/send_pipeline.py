def printer():
    while True:
        line = yield
        print("printer:", line)

def upper(target):
    while True:
        text = yield
        target.send(text.upper())

p = printer()
next(p)
u = upper(p)
next(u)
for word in ["hello", "generators"]:
    u.send(word)
