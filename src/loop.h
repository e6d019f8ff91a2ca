/* loop.h — the asyncio event loop: a ready queue, a timer heap, and the
 * iteration that runs them (loop.c). Futures and Tasks (future.h) put work
 * on the ready queue; the loop takes it off, one batch per iteration.
 *
 *     ready queue (a ring, FIFO)         timers (a min-heap by (when, seq))
 *     +------+------+------+------+      +--------------------+
 *     | step | cb   | wake | ...  |      | 1.0 #3  | 1.0 #7 | 2.5 #4 ...
 *     +------+------+------+------+      +--------------------+
 *
 * A ready entry is two object pointers and a kind, not a Python object, so
 * stepping a task or waking it when a future completes allocates nothing.
 * Only call_soon from Python code makes a Handle (it must be cancellable).
 */
#ifndef PYCO_LOOP_H
#define PYCO_LOOP_H

#include "object.h"

/* What a ready entry does when the loop reaches it. */
typedef enum ReadyKind {
    READY_HANDLE,        /* [target] is a Handle: call its callback(*args) unless cancelled */
    READY_TASK_STEP,     /* [target] is a Task: step it, throwing [argument] if not NULL */
    READY_TASK_WAKEUP,   /* [target] is a Task, [argument] the future it waited for */
    READY_DONE_CALLBACK, /* [target] is a finished future, [argument] a callable: callback(future) */
    READY_GATHER_CHILD,  /* [target] is a gather's outer future, [argument] the child that finished */
} ReadyKind;

/* Two words: the kind rides in the low bits of the argument pointer
 * (objects are 8-byte aligned), because when 100,000 tasks wake at once
 * the ring holds 100,000 entries. */
typedef struct ReadyEntry {
    Object *target;
    uintptr_t argument_and_kind;
} ReadyEntry;

enum { READY_KIND_BITS = 7 };
static inline ReadyKind ready_kind(ReadyEntry entry) { return (ReadyKind)(entry.argument_and_kind & READY_KIND_BITS); }
static inline Object *ready_argument(ReadyEntry entry) {
    return (Object *)(entry.argument_and_kind & ~(uintptr_t)READY_KIND_BITS);
}

/* A timer: at [when], run [target] (a TimerHandle, or a Sleep whose
 * result becomes ready). Equal deadlines go first-come first-served by a
 * sequence number kept in the target itself (timer_sequence in loop.c), so
 * an entry is two words: 100,000 sleeping tasks mean 100,000 entries. */
typedef struct TimerEntry {
    double when;
    Object *target;
} TimerEntry;

typedef struct Loop {
    Object base;
    ReadyEntry *ready;      /* ring buffer of ready_capacity entries */
    int64_t ready_head, ready_count, ready_capacity;
    TimerEntry *timers;     /* binary min-heap */
    int64_t timer_count, timer_capacity;
    uint32_t timer_seq;     /* the next timer's sequence number (wraps; compared modulo 2^32) */
    double start_time;      /* loop.time() when created: --trace prints times relative to it */
    bool running, stopping, closed, debug;
    Value exception_handler; /* None: the default handler prints to stderr */
    /* async generators (loop_asyncgens.c): the ones firstiter recorded, in
     * the order they started, held weakly (see there); the hooks
     * run_forever replaced (VAL_NULL: none), restored when it returns */
    struct Generator **asyncgens;
    int64_t asyncgen_count, asyncgen_capacity;
    Value saved_firstiter, saved_finalizer;
} Loop;

/* A callback scheduled by call_soon/call_later/call_at (Handle, TimerHandle). */
typedef struct Handle {
    Object base;
    Value callback;
    Tuple *args;
    Loop *loop;
    double when;            /* TimerHandle only */
    bool cancelled, is_timer;
    uint32_t timer_seq;     /* TimerHandle only: its place among equal deadlines */
} Handle;

extern Type type_loop, type_handle, type_timer_handle;

static inline bool is_loop(Value v) { return v.tag == VAL_OBJ && type_is_subtype(v.as.object->type, &type_loop); }

/* The loop running right now (asyncio.get_running_loop()), or NULL. */
extern Loop *loop_running;

/* A new, empty loop (asyncio.new_event_loop()). NULL on MemoryError. */
Loop *loop_new(void);

/* Append an entry to [loop]'s ready queue (call_soon without a Handle).
 * Allocates only when the ring grows; false with MemoryError. */
bool loop_schedule(Loop *loop, ReadyKind kind, Object *target, Object *argument);

/* Add a timer for [target] (a TimerHandle or a Sleep) at [when]. */
bool loop_add_timer(Loop *loop, double when, Object *target);

/* loop.time(): the monotonic clock (virtual under --virtual-time). */
double loop_time(void);

/* loop.run_until_complete(awaitable): run until it is done, return its
 * result (or raise). May run any Python code. */
Value loop_run_until_complete(Loop *loop, Value awaitable);

/* loop.call_soon(callback, *args) from C: a new Handle on the ready queue.
 * NULL with an exception (TypeError if [callback] is not callable). */
Handle *loop_call_soon(Loop *loop, Value callback, Value *args, int nargs);

/* ---- async generators (loop_asyncgens.c) ---- */

/* run_forever's start and end: install this loop's firstiter/finalizer
 * hooks, remembering the old ones (false with an exception); put the old
 * ones back. */
bool loop_asyncgens_install_hooks(Loop *loop);
void loop_asyncgens_restore_hooks(Loop *loop);
/* From the loop's gc_mark: forget finished generators, mark the saved
 * hooks and the generators the collector could not finalize by itself. */
void loop_asyncgens_mark(Loop *loop);
void loop_asyncgens_free(Loop *loop);
/* The loop methods _asyncgen_firstiter_hook(ag), _asyncgen_finalizer_hook(ag)
 * and shutdown_asyncgens(). */
Value loop_asyncgens_firstiter_method(Value *args, int nargs, Tuple *kwnames);
Value loop_asyncgens_finalizer_method(Value *args, int nargs, Tuple *kwnames);
Value loop_asyncgens_shutdown_method(Value *args, int nargs, Tuple *kwnames);

/* An awaitable that is already done (with None), for the shutdown methods
 * that have nothing to wait for. */
Value loop_done_awaitable(void);

/* loop.call_exception_handler({...}): report [message] with an optional
 * [exception] and the future/task/handle concerned ([subject_key] is
 * "future", "task" or "handle"; [subject] may be VAL_NULL) to the loop's
 * exception handler (set_exception_handler) or, by default, on stderr.
 * May run Python code. Never raises: whatever the handler raises is
 * reported on stderr. */
void loop_report_error(Loop *loop, const char *message, Value exception, const char *subject_key, Value subject);

/* --trace: print "[t=1.000] " followed by printf-style text on stderr, if
 * tracing is on. Times are relative to the first loop's start. */
void loop_trace(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* The clock as --trace shows it (seconds since the first loop started). */
double loop_trace_clock(void);

/* Ready the types (called from the _asyncio module's init). */
void loop_types_init(void);

#endif
