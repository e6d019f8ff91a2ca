# Async generators as methods: __aiter__ written as an async generator (the
# usual way to make a class async-iterable), static and class methods.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    async def __aiter__(self):
        for song in self.songs:
            yield song

    async def numbered(self, start=1):
        number = start
        async for song in self:
            yield "%d. %s" % (number, song)
            number += 1

    @staticmethod
    async def countdown(n):
        while n:
            yield n
            n -= 1

    @classmethod
    async def demo(cls):
        async for song in cls("intro", "outro"):
            yield cls.__name__ + ":" + song


async def main():
    playlist = Playlist("one", "two", "three")
    print(type(playlist.__aiter__()).__name__)
    print([song async for song in playlist])
    print([line async for line in playlist.numbered(10)])
    print([n async for n in Playlist.countdown(3)])
    print([s async for s in Playlist.demo()])
    method = playlist.numbered
    gen = method()
    print(gen.__qualname__, gen.ag_code.co_name)


run(main())
