# import m: executes once, attributes, functions, classes.
import _geometry
print(_geometry.PI, _geometry.area(2), _geometry.Shape('sq').describe())
print(_geometry.__name__, type(_geometry).__name__)
import _geometry
print(_geometry.bump(), _geometry.bump(), _geometry.counter)
