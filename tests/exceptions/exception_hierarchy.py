# The built-in exception hierarchy.
pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (IndentationError, SyntaxError), (TimeoutError, OSError), (FileNotFoundError, OSError),
         (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
         (GeneratorExit, Exception), (Exception, BaseException), (UnboundLocalError, NameError),
         (AssertionError, Exception), (MemoryError, Exception), (StopAsyncIteration, Exception)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in ZeroDivisionError.__mro__])
