# With --virtual-time the sleep is instant; the output is the same either way.
# args: --virtual-time
import time
start = time.time()
time.sleep(0.05)
print('slept at least 0.05s:', time.time() - start >= 0.05)
