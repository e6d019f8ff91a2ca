# Module attributes can be read, set and listed.
import _geometry
_geometry.new_attr = 'added'
print(_geometry.new_attr, hasattr(_geometry, 'area'), getattr(_geometry, 'PI'))
print(sorted(n for n in dir(_geometry) if not n.startswith('_')))
print(sorted(k for k in vars(_geometry) if not k.startswith('__')))
