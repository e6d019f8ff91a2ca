# from m import * with and without __all__.
from _exports import *
print(public_one, public_two)
try:
    not_exported
except NameError as e:
    print('NameError:', e)
from _star import *
print(alpha, beta)
try:
    _gamma
except NameError as e:
    print('NameError:', e)
