# 14 — Producers and consumers sharing an asyncio.Queue (seed 000; seed 001, 4).
# args: --virtual-time
# pyco-only: CPython really sleeps 10 s here (the suite's 10 s limit); this .out is CPython 3.11's
#
# Two producers put random numbers into the queue, one per second; two
# consumers take them out (queue.get() waits while the queue is empty). After
# 10 s main cancels the consumers, which would otherwise wait forever, and
# gathers everybody with return_exceptions=True so the cancellations are not
# raised. The seed draws random.randint(1, 10) unseeded; a fixed seed here
# makes the numbers the same on every run (pyco's random gives CPython's
# numbers for the same seed).
# The tutorial prints the time with {:.2f}; CPython's sleeps overrun by about a
# millisecond each, so here it is rounded to 0.1 s, which prints the same under
# CPython and under pyco's exact virtual clock.
import time
import asyncio
import random

random.seed(1)


# 消费者 (consumer)
async def consumer(queue, my_id):
    while True:
        val = await queue.get()
        print('{} get a val: {}'.format(my_id, val))
        await asyncio.sleep(1)


# 生产者 (producer)
async def producer(queue, my_id):
    for i in range(2):
        val = random.randint(1, 10)
        await queue.put(val)
        print('{} put a val: {}'.format(my_id, val))
        await asyncio.sleep(1)


async def main():
    queue = asyncio.Queue()
    consumer_1 = asyncio.create_task(consumer(queue, "consumer_1"))
    consumer_2 = asyncio.create_task(consumer(queue, "consumer_2"))
    producer_1 = asyncio.create_task(producer(queue, "producer_1"))
    producer_2 = asyncio.create_task(producer(queue, "producer_2"))
    await asyncio.sleep(10)
    consumer_1.cancel()
    consumer_2.cancel()
    await asyncio.gather(consumer_1, consumer_2, producer_1, producer_2, return_exceptions=True)


star = time.perf_counter()
asyncio.run(main())
print('Wait all time: {:.1f}s'.format(time.perf_counter() - star))
