# open(): write, read, iterate lines, append, with-statement closing.
import os
# A per-process name: several suites may run at once on one machine.
path = '/tmp/pyco_test_open_files_%d.txt' % os.getpid()
with open(path, 'w') as f:
    n = f.write('first line\n')
    f.write('第二行\n')
    print('wrote', n)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'a') as f:
    print('third', file=f)
with open(path, 'r') as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
with open(path) as f:
    print(f.readline(), end='')
    print(f.readlines())
f = open(path)
print(f.closed)
f.close()
print(f.closed)
os.remove(path)
try:
    open('/tmp/pyco_no_such_dir/x.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
