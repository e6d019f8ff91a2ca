# A small trampoline scheduler: tasks are generators that yield sub-tasks or values;
# exceptions raised by a sub-task are thrown into its parent.
from collections import deque

class Task:
    def __init__(self, gen, parent=None):
        self.gen = gen
        self.parent = parent
        self.send_value = None
        self.exc = None

def run(main):
    queue = deque([Task(main)])
    log = []
    while queue:
        task = queue.popleft()
        try:
            if task.exc is not None:
                exc, task.exc = task.exc, None
                result = task.gen.throw(exc)
            else:
                result = task.gen.send(task.send_value)
        except StopIteration as stop:
            if task.parent:
                task.parent.send_value = stop.value
                queue.append(task.parent)
            else:
                log.append(("main returned", stop.value))
            continue
        except Exception as err:
            if task.parent:
                task.parent.exc = err
                queue.append(task.parent)
            else:
                log.append(("main raised", repr(err)))
            continue
        if hasattr(result, "send"):
            queue.append(Task(result, task))
        else:
            log.append(("value", result))
            task.send_value = None
            queue.append(task)
    return log

def child(n):
    yield "child %d step" % n
    if n == 2:
        raise ValueError("child %d failed" % n)
    return n * 10

def main():
    total = 0
    for n in range(4):
        try:
            total += yield child(n)
        except ValueError as e:
            yield "main handled: %s" % e
    return total

for entry in run(main()):
    print(entry)
