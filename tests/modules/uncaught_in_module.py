# An exception raised inside an imported module's function: traceback crosses files.
import _geometry
_geometry.area('r')
