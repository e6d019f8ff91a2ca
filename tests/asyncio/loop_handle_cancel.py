# call_soon/call_later return handles; cancel() stops the callback from running.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "soon 1")
    h2 = loop.call_soon(print, "soon 2 (cancelled)")
    h3 = loop.call_later(0.01, print, "later (cancelled)")
    h4 = loop.call_later(0.02, print, "later, runs")
    print("cancelled?", h2.cancelled())
    h2.cancel()
    h3.cancel()
    print("cancelled?", h2.cancelled(), h3.cancelled(), h4.cancelled())
    print(type(h1).__name__, type(h3).__name__)
    print("due in the future:", h4.when() > loop.time())
    await asyncio.sleep(0.05)
    h1.cancel()
    print("cancelling after it ran:", h1.cancelled())


asyncio.run(main())
