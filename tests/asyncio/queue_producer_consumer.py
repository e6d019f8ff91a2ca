# The seed's producer/consumer (seed 000), shrunk: two producers, two consumers, a Queue;
# random numbers from a fixed seed; sleeps of 0.01 instead of 1 s. Instead of stopping
# after a fixed time, main waits for the producers and for the queue to be drained
# (task_done/join), then cancels the consumers.
import asyncio
import random

random.seed(5)


async def consumer(queue, my_id):
    while True:
        val = await queue.get()
        print('{} get a val: {}'.format(my_id, val))
        await asyncio.sleep(0.01)
        queue.task_done()


async def producer(queue, my_id):
    for i in range(3):
        val = random.randint(1, 10)
        await queue.put(val)
        print('{} put a val: {}'.format(my_id, val))
        await asyncio.sleep(0.01)


async def main():
    queue = asyncio.Queue()
    consumer_1 = asyncio.create_task(consumer(queue, "consumer_1"))
    consumer_2 = asyncio.create_task(consumer(queue, "consumer_2"))
    producer_1 = asyncio.create_task(producer(queue, "producer_1"))
    producer_2 = asyncio.create_task(producer(queue, "producer_2"))
    await asyncio.gather(producer_1, producer_2)
    await queue.join()
    consumer_1.cancel()
    consumer_2.cancel()
    res = await asyncio.gather(consumer_1, consumer_2, producer_1, producer_2, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
