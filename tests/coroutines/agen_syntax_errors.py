# Compile-time rules for async generators and async comprehensions.
sources = [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    yield from [1]\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    return (await x for x in y)\n",
    "def f():\n    await x\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    async with x:\n        pass\n",
    "async def f():\n    return [x async for x in y]\n",
    "async def f():\n    def g():\n        yield\n    yield g\n",
]
for source in sources:
    first = source.splitlines()[1].strip()
    try:
        compile(source, "<test>", "exec")
        print("ok:", first)
    except SyntaxError as error:
        print("SyntaxError:", error.msg, "(line %d)" % error.lineno, "for", first)
