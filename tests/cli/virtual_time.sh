#!/usr/bin/env bash
# --virtual-time: time.sleep advances a simulated clock at once; real time barely moves.
start=$(date +%s)
$PYCO --virtual-time -c 'import time
t = time.time()
time.sleep(100)
p = time.perf_counter()
time.sleep(0.5)
print("slept %.2f and %.2f" % (time.time() - t, time.perf_counter() - p))'
end=$(date +%s)
[ $((end - start)) -lt 5 ] && echo 'finished quickly'
