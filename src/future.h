/* future.h — asyncio's Future and Task (future.c, task.c), and the small
 * awaitables the scheduler makes itself: sleep() and gather().
 *
 * A Future is a box that is filled once: PENDING, then FINISHED (with a
 * result or an exception) or CANCELLED. Whoever waits on it registers a
 * done callback; filling the box schedules every callback on the loop's
 * ready queue (never calls them directly: CPython's rule, so a callback
 * never runs in the middle of the code that completed the future).
 *
 * A Task is a Future that drives a coroutine: each "step" resumes the
 * coroutine until it awaits a future (the task waits for it) or finishes
 * (the task's result). Task is a Future, so tasks can wait for tasks.
 *
 * Layout (every kind starts with the Future fields, so C code can treat
 * a Task, a Sleep or a gather's outer future as a Future):
 *
 *     Future:  header | state, flags | result | callback0 | callbacks | loop
 *     Task:    Future | coro | waiting_on | name | number, cancel requests
 *     Sleep:   Future | delay
 */
#ifndef PYCO_FUTURE_H
#define PYCO_FUTURE_H

#include "list.h"
#include "loop.h"
#include "str.h"

typedef enum FutureState { FUTURE_PENDING, FUTURE_CANCELLED, FUTURE_FINISHED } FutureState;

enum FutureFlags {
    FUTURE_HAS_EXCEPTION = 1 << 0, /* FINISHED: [result] is an exception */
    FUTURE_BLOCKING = 1 << 1,      /* _asyncio_future_blocking */
    FUTURE_LOG_TRACEBACK = 1 << 2, /* failed, and nobody asked for the exception yet */
    FUTURE_CANCELLED_EXC = 1 << 3, /* CANCELLED: [result] is the CancelledError to re-raise */
    TASK_MUST_CANCEL = 1 << 4,     /* cancel() came while the task could not be interrupted */
    SLEEP_STARTED = 1 << 5,        /* a Sleep has been resumed once */
    GATHER_CANCEL_REQUESTED = 1 << 6,
    GATHER_RETURN_EXCEPTIONS = 1 << 7,
    FUTURE_REPORTED = 1 << 8,      /* "exception was never retrieved" already printed */
    /* what a queue's waiter future waits for (so --trace can say it) */
    FUTURE_QUEUE_GET = 1 << 9,
    FUTURE_QUEUE_PUT = 1 << 10,
    FUTURE_QUEUE_JOIN = 1 << 11,
    FUTURE_CALLBACK_LIST = 1 << 12, /* [callbacks] is a List of them, not the one callback */
};

typedef struct Future {
    Object base;
    uint8_t state;      /* FutureState */
    uint16_t flags;     /* FutureFlags */
    uint32_t extra;     /* Task: its number (Task-N); gather: children finished */
    /* PENDING: a Task's cancel message (None); FINISHED: the result or the
     * exception; CANCELLED: the message, or the CancelledError to re-raise */
    Value result;
    /* The done callbacks: NULL, the only one (usually the one waiting task),
     * or with FUTURE_CALLBACK_LIST a List of them in order. One field, not
     * two: a waiting Task and its sleep are futures, and thousands wait. */
    Object *callbacks;
    Loop *loop;
} Future;

typedef struct Task {
    Future future;
    Object *coro;       /* the coroutine (or any object with send/throw) it drives */
    Object *waiting_on; /* _fut_waiter: the future the coroutine awaits, or NULL */
    Str *name;          /* NULL until asked for: then "Task-<number>" */
    int32_t cancel_requests; /* cancelling() */
    int32_t registry_index;  /* position in the pending-task registry, -1 when done */
} Task;

/* asyncio.sleep(delay, result): its own awaitable iterator. delay <= 0
 * yields None once (the cheap way to let others run); else it is a future
 * that a timer completes with [result] (kept in the result slot). */
typedef struct Sleep {
    Future future;
    double delay;
} Sleep;

/* gather()'s outer future: finished when every child is. */
typedef struct Gathering {
    Future future;
    Object **children;
    int64_t child_count;
} Gathering;

extern Type type_future, type_future_iter, type_task, type_sleep, type_gathering;
/* asyncio.CancelledError and asyncio.InvalidStateError (heap classes made at start). */
extern Type *asyncio_cancelled_error, *asyncio_invalid_state_error;

static inline bool is_future(Value v) { return v.tag == VAL_OBJ && type_is_subtype(v.as.object->type, &type_future); }
static inline bool is_task(Value v) { return v.tag == VAL_OBJ && type_is_subtype(v.as.object->type, &type_task); }
static inline Future *as_future(Value v) { return (Future *)v.as.object; }

/* ---- future.c ---- */

/* A pending Future on [loop]. NULL on MemoryError. */
Future *future_new(Type *type, size_t size, Loop *loop);
/* set_result / set_exception / cancel: InvalidStateError unless pending
 * (cancel returns false instead). Each schedules the done callbacks. */
bool future_set_result(Future *future, Value result);
bool future_set_exception(Future *future, Value exception);
bool future_cancel(Future *future, Value message);
/* future.result(): the value, or raises its exception / CancelledError /
 * InvalidStateError("Result is not ready."). */
Value future_result(Future *future);
/* The CancelledError to raise for a cancelled future (made once). */
Value future_make_cancelled_error(Future *future);
/* add_done_callback([callback]): scheduled at once if already done. */
bool future_add_callback(Future *future, Object *callback);
/* Take [callback] (this very object) off the done callbacks, if it is there. */
void future_discard_callback(Future *future, Object *callback);
/* Make a Future-like [awaited] (not a C future) wake [task]: add_done_callback. */
bool future_schedule_callbacks(Future *future);
/* The "future: <...>" reports for an unretrieved exception, at collection
 * or when the loop closes. */
void future_report_unretrieved(Future *future);
/* Whether [v] is asyncio-future-like (isfuture()). */
bool future_is_futurelike(Value v);
/* repr() helpers shared with task.c: "result=3" / "exception=E()" / "cb=[...]". */
void future_repr_info(Future *future, StrBuilder *sb);
void future_types_init(void);

/* ---- task.c ---- */

/* Task(coro, loop=loop, name=name): pending, first step scheduled.
 * task_create first checks that [coro] is a coroutine ("a coroutine was
 * expected, got 1"); task_new drives any iterator (ensure_future's
 * wrapping of an object with __await__). */
Value task_create(Type *type, Value coro, Loop *loop, Value name);
Value task_new(Type *type, Value coro, Loop *loop, Value name);
/* Use up a Task-N number: asyncio.create_task(coro, name=...) does, as
 * CPython's names the task after making it. */
void task_skip_number(void);
/* Forget the pending tasks of a closed [loop]; report its futures whose
 * exception nobody retrieved. */
void task_loop_closed(Loop *loop);
/* A failed future whose exception may never be retrieved (reported when
 * its loop closes). */
bool task_note_unretrieved(Future *future);
/* Run one step: resume the coroutine (throwing [thrown] if not NULL). */
void task_step(Task *task, Value thrown);
/* The future [task] waited for is done: step again with its outcome. */
void task_wakeup(Task *task, Future *awaited);
/* task.cancel(msg). */
bool task_cancel(Task *task, Value message);
/* The running task, or NULL (current_task()). */
extern Task *task_current;
/* all_tasks(): a new set of the pending tasks of [loop]. */
Value task_all_pending(Loop *loop);
/* The same as a list in the order CPython's set of tasks would usually
 * give them (creation order, which is address order on a fresh heap): what
 * asyncio.run cancels, in that order. */
Value task_pending_list(Loop *loop);
/* Whether [v] can be driven by a Task (iscoroutine()). */
bool task_is_coroutine(Value v);
/* "Task-1" (the name string is made on first use). */
Str *task_name(Task *task);
void task_types_init(void);

/* ---- queue.c ---- */

extern Type type_queue, type_lifo_queue, type_priority_queue, type_queue_op;
extern Type *asyncio_queue_empty, *asyncio_queue_full;
void queue_types_init(void);

/* ---- sleep and gather (future.c) ---- */

/* asyncio.sleep(delay, result=None). */
Value sleep_new(double delay, Value result);
/* The timer of a Sleep is due: it becomes done with its result. */
void sleep_fire(Sleep *sleep);
/* gather(*aws, return_exceptions=): the outer future. */
Value gather_new(Value *aws, int64_t count, bool return_exceptions);
/* A child of [outer] is done (the ready entry READY_GATHER_CHILD). */
void gather_child_done(Gathering *outer, Future *child);
/* ensure_future(x): x if a future, else a Task for a coroutine/awaitable. */
Value future_ensure(Value awaitable, Loop *loop);
/* get_event_loop(): the loop a new future uses when none is given — the
 * running one, else the one set for the program (made on demand unless
 * set_event_loop was called). NULL with RuntimeError if there is none. */
Loop *future_default_loop(void);
/* set_event_loop([loop]): TypeError unless None or a loop. */
bool future_set_event_loop(Value loop);

#endif
