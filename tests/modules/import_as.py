# import m as z and from m import a as b.
import _geometry as geo
from _geometry import area as circle_area, Shape as S
print(geo.PI, circle_area(1), S('tri').describe(), geo.area is circle_area)
