# Position markers: no markers when the span is the whole line (raise, a bare call).
def fail(message):
    raise ValueError(message)

def run():
    fail("whole line")

run()
