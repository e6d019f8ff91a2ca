# KeyboardInterrupt raised by the program is a BaseException, not an Exception.
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException:', type(e).__name__)
