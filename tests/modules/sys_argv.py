# sys.argv holds the script path as given and its arguments.
# argv: one two --three 4
import sys
print(sys.argv[1:], len(sys.argv), sys.argv[0].endswith('sys_argv.py'))
