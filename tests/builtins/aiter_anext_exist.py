# aiter and anext exist as builtins (async iteration arrives with coroutines).
print(callable(aiter), callable(anext), aiter.__name__, anext.__name__)
