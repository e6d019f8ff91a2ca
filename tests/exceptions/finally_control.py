# finally runs on return, break and continue; return in finally wins.
def ret():
    try:
        return 'try'
    finally:
        print('finally on return')
print(ret())
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def nested():
    for i in range(2):
        try:
            try:
                return i
            finally:
                print('inner finally', i)
        finally:
            print('outer finally', i)
print(nested())
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('loop finally', n)
print(count())
