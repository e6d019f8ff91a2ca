# sys.exit called from an imported module's function ends the program with that code.
import _exits
print('before')
_exits.quit_with(7)
print('not reached')
