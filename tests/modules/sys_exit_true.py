# sys.exit(True) exits with status 1 without a message.
import sys
sys.exit(True)
