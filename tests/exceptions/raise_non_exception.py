# Raising something that is not an exception is a TypeError.
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError:', e)
