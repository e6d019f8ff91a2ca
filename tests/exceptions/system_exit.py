# SystemExit: exit codes, messages, and finally blocks during exit.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    raise SystemExit('message')
except SystemExit as e:
    print('caught', repr(e.code))
try:
    print('exiting with 3')
    sys.exit(3)
finally:
    print('finally runs before exit')
