# Packages: import pkg, from pkg import submodule, import pkg.sub as name, relative imports.
import shapes
from shapes import square
from shapes.square import area
import shapes.square as sq
print(shapes.DEFAULT_SIDE, square.area(), area(3), sq.area(4), sq is square)
print(shapes.__name__, square.__name__, shapes.square is square)
