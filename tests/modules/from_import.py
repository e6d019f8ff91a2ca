# from m import names binds them; the module object itself stays unbound.
from _geometry import PI, area, bump
print(PI, area(3), bump())
try:
    _geometry
except NameError as e:
    print('NameError:', e)
import _geometry
print(_geometry.counter)
