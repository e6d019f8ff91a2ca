# Helper that calls sys.exit from a function.
import sys
def quit_with(code):
    print('quitting with', code)
    sys.exit(code)
