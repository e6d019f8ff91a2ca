/* queue.c — asyncio.Queue, LifoQueue and PriorityQueue, next to the scheduler.
 *
 * A queue holds items and two lines of waiting tasks:
 *
 *     getters: tasks that called get() on an empty queue
 *     putters: tasks that called put() on a full queue (maxsize > 0)
 *
 * Each waiter parks on its own Future (future.c) appended to the line, in
 * arrival order. put_nowait() adds an item and completes the first pending
 * getter's future; get_nowait() removes one and completes the first
 * putter's. A woken task then tries again (CPython's `while self.empty():`
 * loop in Lib/asyncio/queues.py), because another task may have taken the
 * item in between.
 *
 * get(), put() and join() return a small awaitable (QueueOp) that runs that
 * loop: its next() either finishes at once or yields a fresh waiter future,
 * exactly where CPython's `await getter` would. If the waiting task is
 * cancelled, QueueOp.throw() leaves the line and, when the item it was given
 * would otherwise be lost, passes the wake-up on to the next waiter.
 *
 * The items: a ring buffer (Queue, FIFO), a stack (LifoQueue) or a binary
 * heap compared with `<` exactly as heapq does (PriorityQueue).
 */
#include <math.h>
#include <string.h>

#include "exc.h"
#include "float.h"
#include "func.h"
#include "future.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

Type *asyncio_queue_empty, *asyncio_queue_full;

typedef enum QueueKind { QUEUE_FIFO, QUEUE_LIFO, QUEUE_PRIORITY } QueueKind;

/* A first-in first-out line of waiter futures. */
typedef struct WaiterLine {
    Future **items;
    int64_t head, count, capacity;
} WaiterLine;

typedef struct Queue {
    Object base;
    QueueKind kind;
    Value maxsize;            /* as given, for repr and the maxsize property */
    int64_t limit;            /* maxsize as a count; <= 0 means unbounded */
    Value *items;             /* FIFO: a ring from head; LIFO: a stack; PRIORITY: a heap */
    int64_t head, count, capacity;
    int64_t unfinished;       /* put() calls not yet matched by task_done() */
    WaiterLine getters, putters, joiners;
    Loop *loop;               /* bound on first use (CPython's _LoopBoundMixin) */
} Queue;

static Queue *as_queue(Value v) { return (Queue *)v.as.object; }

/* ---- the waiter lines ------------------------------------------------------------- */

static bool line_push(WaiterLine *line, Future *waiter) {
    if (line->count == line->capacity) {
        int64_t capacity = line->capacity ? line->capacity * 2 : 4;
        Future **grown = gc_realloc(NULL, 0, sizeof(Future *) * (size_t)capacity);
        if (!grown) return false;
        for (int64_t i = 0; i < line->count; i++) grown[i] = line->items[(line->head + i) % line->capacity];
        gc_free_buffer(line->items, sizeof(Future *) * (size_t)line->capacity);
        line->items = grown;
        line->head = 0;
        line->capacity = capacity;
    }
    line->items[(line->head + line->count) % line->capacity] = waiter;
    line->count++;
    return true;
}

static Future *line_pop(WaiterLine *line) {
    Future *waiter = line->items[line->head];
    line->head = (line->head + 1) % line->capacity;
    line->count--;
    return waiter;
}

/* deque.remove(waiter): false if it is not in the line. */
static bool line_remove(WaiterLine *line, Future *waiter) {
    for (int64_t i = 0; i < line->count; i++) {
        if (line->items[(line->head + i) % line->capacity] != waiter) continue;
        for (int64_t j = i; j + 1 < line->count; j++)
            line->items[(line->head + j) % line->capacity] = line->items[(line->head + j + 1) % line->capacity];
        line->count--;
        return true;
    }
    return false;
}

/* _wakeup_next: complete the first waiter that is still pending. */
static bool line_wake_next(WaiterLine *line) {
    while (line->count > 0) {
        Future *waiter = line_pop(line);
        if (waiter->state == FUTURE_PENDING) return future_set_result(waiter, value_none());
    }
    return true;
}

static void line_mark(WaiterLine *line) {
    for (int64_t i = 0; i < line->count; i++) gc_mark_object((Object *)line->items[(line->head + i) % line->capacity]);
}

static void line_free(WaiterLine *line) { gc_free_buffer(line->items, sizeof(Future *) * (size_t)line->capacity); }

/* ---- the items ---------------------------------------------------------------------- */

static bool items_reserve(Queue *queue) {
    if (queue->count < queue->capacity) return true;
    int64_t capacity = queue->capacity ? queue->capacity * 2 : 8;
    Value *grown = gc_realloc(NULL, 0, sizeof(Value) * (size_t)capacity);
    if (!grown) return false;
    for (int64_t i = 0; i < queue->count; i++) grown[i] = queue->items[(queue->head + i) % queue->capacity];
    gc_free_buffer(queue->items, sizeof(Value) * (size_t)queue->capacity);
    queue->items = grown;
    queue->head = 0;
    queue->capacity = capacity;
    return true;
}

/* heapq's item < other; -1 on error. */
static int less_than(Value item, Value other) {
    Value result = obj_compare(item, other, COMPARE_LT);
    if (is_null(result)) return -1;
    return obj_truthy(result);
}

/* heapq._siftdown: move the item at [pos] up towards the root. */
static bool heap_sift_down(Queue *queue, int64_t start, int64_t pos) {
    Value item = queue->items[pos];
    while (pos > start) {
        int64_t parent = (pos - 1) >> 1;
        int less = less_than(item, queue->items[parent]);
        if (less < 0) return false;
        if (!less) break;
        queue->items[pos] = queue->items[parent];
        pos = parent;
    }
    queue->items[pos] = item;
    return true;
}

/* heapq._siftup: fill the hole at [pos] with the smaller child, down to a leaf. */
static bool heap_sift_up(Queue *queue, int64_t pos) {
    int64_t end = queue->count, start = pos, child = 2 * pos + 1;
    Value item = queue->items[pos];
    while (child < end) {
        int64_t right = child + 1;
        if (right < end) {
            int less = less_than(queue->items[child], queue->items[right]);
            if (less < 0) return false;
            if (!less) child = right;
        }
        queue->items[pos] = queue->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    queue->items[pos] = item;
    return heap_sift_down(queue, start, pos);
}

static bool items_put(Queue *queue, Value item) {
    if (!items_reserve(queue)) return false;
    switch (queue->kind) {
    case QUEUE_FIFO:
        queue->items[(queue->head + queue->count) % queue->capacity] = item;
        queue->count++;
        return true;
    case QUEUE_LIFO: queue->items[queue->count++] = item; return true;
    case QUEUE_PRIORITY:
        queue->items[queue->count++] = item;
        return heap_sift_down(queue, 0, queue->count - 1);
    }
    return true;
}

static Value items_get(Queue *queue) {
    switch (queue->kind) {
    case QUEUE_FIFO: {
        Value item = queue->items[queue->head];
        queue->head = (queue->head + 1) % queue->capacity;
        queue->count--;
        return item;
    }
    case QUEUE_LIFO: return queue->items[--queue->count];
    case QUEUE_PRIORITY: {
        Value last = queue->items[--queue->count];
        if (queue->count == 0) return last;
        Value top = queue->items[0];
        queue->items[0] = last;
        gc_push_root(top);
        bool ok = heap_sift_up(queue, 0);
        gc_pop_roots(1);
        return ok ? top : value_null();
    }
    }
    return value_null();
}

/* The i-th item in list(queue._queue) order. */
static Value items_at(Queue *queue, int64_t i) {
    return queue->kind == QUEUE_FIFO ? queue->items[(queue->head + i) % queue->capacity] : queue->items[i];
}

static bool queue_full(Queue *queue) { return queue->limit > 0 && queue->count >= queue->limit; }

/* ---- the operations ------------------------------------------------------------------- */

static bool queue_put_nowait(Queue *queue, Value item) {
    if (queue_full(queue)) {
        raise_value(value_object(asyncio_queue_full));
        return false;
    }
    if (!items_put(queue, item)) return false;
    queue->unfinished++;
    return line_wake_next(&queue->getters);
}

static Value queue_get_nowait(Queue *queue) {
    if (queue->count == 0) return raise_value(value_object(asyncio_queue_empty));
    Value item = items_get(queue);
    if (is_null(item)) return item;
    gc_push_root(item);
    bool ok = line_wake_next(&queue->putters);
    gc_pop_roots(1);
    return ok ? item : value_null();
}

/* _get_loop(): the queue belongs to the loop it is first used in. */
static Loop *queue_loop(Queue *queue) {
    Loop *loop = loop_running;
    if (!loop) {
        raise_error(&type_runtime_error, "no running event loop");
        return NULL;
    }
    if (!queue->loop) queue->loop = loop;
    if (queue->loop != loop) {
        Value text = obj_repr(value_object(queue));
        if (!is_null(text)) raise_error(&type_runtime_error, "%s is bound to a different event loop", str_cstr(as_str(text)));
        return NULL;
    }
    return loop;
}

/* ---- QueueOp: the awaitable behind get(), put(item) and join() ----------------------- */

typedef enum QueueOpKind { OP_GET, OP_PUT, OP_JOIN } QueueOpKind;

typedef struct QueueOp {
    Object base;
    QueueOpKind kind;
    bool finished;
    bool started;      /* awaited (or thrown into, or closed): no "never awaited" warning */
    Queue *queue;
    Value item;        /* put's item */
    Future *waiter;    /* the future it is parked on, or NULL */
} QueueOp;

static Value queue_op_new(Queue *queue, QueueOpKind kind, Value item) {
    QueueOp *op = (QueueOp *)gc_alloc(&type_queue_op, sizeof(QueueOp));
    if (!op) return value_null();
    op->kind = kind;
    op->queue = queue;
    op->item = item;
    return value_object(op);
}

/* Park on a new waiter future in [line]: the value to yield. */
static Value queue_op_park(QueueOp *op, WaiterLine *line, uint16_t what) {
    Loop *loop = queue_loop(op->queue);
    if (!loop) return value_null();
    Future *waiter = future_new(&type_future, sizeof(Future), loop);
    if (!waiter || !line_push(line, waiter)) return value_null();
    waiter->flags |= FUTURE_BLOCKING | what;
    op->waiter = waiter;
    return value_object(waiter);
}

/* A finished operation returns [value]: NULL-without-error means None. */
static Value queue_op_return(QueueOp *op, Value value) {
    op->finished = true;
    op->waiter = NULL;
    if (is_null(value) || is_none(value)) return is_null(value) ? value : value_null();
    return raise_with_value(&type_stop_iteration, value);
}

static Value queue_op_next(Value self) {
    QueueOp *op = (QueueOp *)self.as.object;
    Queue *queue = op->queue;
    op->started = true;
    if (op->finished) return value_null();
    if (op->waiter && op->waiter->state == FUTURE_PENDING)
        return raise_error(&type_runtime_error, "await wasn't used with future");
    op->waiter = NULL;
    switch (op->kind) {
    case OP_GET:
        if (queue->count == 0) return queue_op_park(op, &queue->getters, FUTURE_QUEUE_GET);
        return queue_op_return(op, queue_get_nowait(queue));
    case OP_PUT:
        if (queue_full(queue)) return queue_op_park(op, &queue->putters, FUTURE_QUEUE_PUT);
        if (!queue_put_nowait(queue, op->item)) return queue_op_return(op, value_null());
        return queue_op_return(op, value_none());
    case OP_JOIN:
        if (queue->unfinished > 0 && is_none(op->item)) {
            op->item = value_bool(true); /* join() waits once, as Event.wait() does */
            return queue_op_park(op, &queue->joiners, FUTURE_QUEUE_JOIN);
        }
        return queue_op_return(op, value_none());
    }
    return value_null();
}

/* throw(exc): leave the line (CPython's `except: getter.cancel(); ...
 * self._getters.remove(getter); ...; raise`), then raise exc. */
static Value queue_op_throw(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("throw", nargs - 1, 1, 3)) return value_null();
    QueueOp *op = (QueueOp *)args[0].as.object;
    Queue *queue = op->queue;
    Future *waiter = op->waiter;
    op->started = op->finished = true;
    op->waiter = NULL;
    if (waiter) {
        if (waiter->state == FUTURE_PENDING) future_cancel(waiter, value_none());
        bool cancelled = waiter->state == FUTURE_CANCELLED;
        if (op->kind == OP_GET) {
            line_remove(&queue->getters, waiter);
            if (queue->count > 0 && !cancelled && !line_wake_next(&queue->getters)) return value_null();
        } else if (op->kind == OP_PUT) {
            line_remove(&queue->putters, waiter);
            if (!queue_full(queue) && !cancelled && !line_wake_next(&queue->putters)) return value_null();
        } else {
            line_remove(&queue->joiners, waiter);
        }
    }
    Value thrown = args[1];
    if (is_exception_class(thrown)) {
        thrown = obj_call(thrown, NULL, 0, NULL);
        if (is_null(thrown)) return thrown;
    }
    if (!is_exception_instance(thrown))
        return raise_error(&type_type_error, "exceptions must be classes deriving BaseException not %s", value_type_name(thrown));
    return raise_value(thrown);
}

static Value queue_op_send(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("send", nargs - 1, 1, 1)) return value_null();
    Value result = queue_op_next(args[0]);
    if (is_null(result) && !error_pending()) return raise_value(value_object(&type_stop_iteration));
    return result;
}

static Value queue_op_close(Value *args, int nargs, Tuple *kwnames) {
    QueueOp *op = (QueueOp *)args[0].as.object;
    op->started = op->finished = true;
    return value_none();
}

static Value queue_op_await(Value *args, int nargs, Tuple *kwnames) { return args[0]; }
static Value iter_self(Value self) { return self; }

static Value queue_op_qualname(Value self) {
    static const char *names[] = {"Queue.get", "Queue.put", "Queue.join"};
    return value_object(str_intern(names[((QueueOp *)self.as.object)->kind]));
}

static Value queue_op_repr(Value self) {
    return str_value(str_from_format("<coroutine object %s at %p>", str_cstr(as_str(queue_op_qualname(self))),
                                     (void *)self.as.object));
}

/* `q.get()` without await: CPython's coroutine would warn when dropped. */
static void queue_op_warn_if_never_awaited(Object *self) {
    QueueOp *op = (QueueOp *)self;
    if (op->started) return;
    op->started = true;
    gen_warn_never_awaited(str_cstr(as_str(queue_op_qualname(value_object(op)))));
}

static void queue_op_mark(Object *self) {
    QueueOp *op = (QueueOp *)self;
    gc_mark_object((Object *)op->queue);
    gc_mark_value(op->item);
    gc_mark_object((Object *)op->waiter);
}

static const MethodDef queue_op_methods[] = {
    {"send", queue_op_send, METHOD_INSTANCE, NULL},
    {"throw", queue_op_throw, METHOD_INSTANCE, NULL},
    {"close", queue_op_close, METHOD_INSTANCE, NULL},
    {"__await__", queue_op_await, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef queue_op_getsets[] = {
    {"__qualname__", queue_op_qualname, NULL},
    {"__name__", queue_op_qualname, NULL},
    {NULL, NULL, NULL},
};

Type type_queue_op = {
    .name = "coroutine",
    .module_name = "builtins", /* prints as <class 'coroutine'>, as CPython's sleep() does */
    .instance_size = sizeof(QueueOp),
    .flags = TYPE_ABSTRACT_NEW | TYPE_AWAITS_ITSELF,
    .methods = queue_op_methods,
    .getsets = queue_op_getsets,
    .repr = queue_op_repr,
    .iter = iter_self,
    .next = queue_op_next,
    .gc_mark = queue_op_mark,
    .gc_free = queue_op_warn_if_never_awaited,
    .at_exit = queue_op_warn_if_never_awaited,
};

/* ---- the Queue methods ------------------------------------------------------------------ */

static Value queue_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"maxsize", NULL};
    if (!args_only_keywords(cls->name, kwnames, allowed)) return value_null();
    int positional = nargs;
    if (positional > 1)
        return raise_error(&type_type_error, "Queue.__init__() takes from 1 to 2 positional arguments but %d were given",
                           positional + 1);
    Value maxsize = positional == 1 ? args[0] : args_keyword(args, positional, kwnames, "maxsize");
    if (is_null(maxsize)) maxsize = value_int(0);
    double limit;
    if ((!is_int_like(maxsize) && !is_float(maxsize)) || !value_to_double(maxsize, &limit))
        return raise_error(&type_type_error, "'<=' not supported between instances of '%s' and 'int'", value_type_name(maxsize));
    size_t size = cls->instance_size > sizeof(Queue) ? cls->instance_size : sizeof(Queue);
    Queue *queue = (Queue *)gc_alloc(cls, size);
    if (!queue) return value_null();
    queue->kind = type_is_subtype(cls, &type_priority_queue) ? QUEUE_PRIORITY
                  : type_is_subtype(cls, &type_lifo_queue)   ? QUEUE_LIFO
                                                             : QUEUE_FIFO;
    queue->maxsize = maxsize;
    queue->limit = limit > 0 ? (int64_t)ceil(limit) : 0;
    return value_object(queue);
}

static bool queue_init_slot(Value self, Value *args, int nargs, Tuple *kwnames) { return true; }

static Value queue_qsize(Value *args, int nargs, Tuple *kwnames) { return value_int(as_queue(args[0])->count); }
static Value queue_empty(Value *args, int nargs, Tuple *kwnames) { return value_bool(as_queue(args[0])->count == 0); }
static Value queue_full_method(Value *args, int nargs, Tuple *kwnames) { return value_bool(queue_full(as_queue(args[0]))); }

static Value queue_put_nowait_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("put_nowait", kwnames) || !args_check_count("put_nowait", nargs - 1, 1, 1)) return value_null();
    return queue_put_nowait(as_queue(args[0]), args[1]) ? value_none() : value_null();
}

static Value queue_get_nowait_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("get_nowait", nargs - 1, 0, 0)) return value_null();
    return queue_get_nowait(as_queue(args[0]));
}

static Value queue_put_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("put", kwnames) || !args_check_count("put", nargs - 1, 1, 1)) return value_null();
    return queue_op_new(as_queue(args[0]), OP_PUT, args[1]);
}

static Value queue_get_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("get", nargs - 1, 0, 0)) return value_null();
    return queue_op_new(as_queue(args[0]), OP_GET, value_none());
}

static Value queue_join_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("join", nargs - 1, 0, 0)) return value_null();
    return queue_op_new(as_queue(args[0]), OP_JOIN, value_none());
}

/* task_done(): the last one wakes every join(). */
static Value queue_task_done(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("task_done", nargs - 1, 0, 0)) return value_null();
    Queue *queue = as_queue(args[0]);
    if (queue->unfinished <= 0) return raise_error(&type_value_error, "task_done() called too many times");
    if (--queue->unfinished > 0) return value_none();
    while (queue->joiners.count > 0) {
        Future *waiter = line_pop(&queue->joiners);
        if (waiter->state == FUTURE_PENDING && !future_set_result(waiter, value_bool(true))) return value_null();
    }
    return value_none();
}

/* "maxsize=1 _queue=[1, 2] _getters[1] tasks=2" (Queue._format). */
static Str *queue_format(Value self) {
    Queue *queue = as_queue(self);
    StrBuilder sb;
    sb_init(&sb);
    Value text = obj_repr(queue->maxsize);
    if (!is_null(text)) sb_appendf(&sb, "maxsize=%s", str_cstr(as_str(text)));
    if (queue->count > 0) {
        sb_append_cstr(&sb, " _queue=[");
        for (int64_t i = 0; i < queue->count; i++) {
            Value item = obj_repr(items_at(queue, i));
            if (is_null(item)) {
                sb_free(&sb);
                return NULL;
            }
            if (i) sb_append_cstr(&sb, ", ");
            sb_append_str(&sb, as_str(item));
        }
        sb_append_char(&sb, ']');
    }
    if (queue->getters.count) sb_appendf(&sb, " _getters[%lld]", (long long)queue->getters.count);
    if (queue->putters.count) sb_appendf(&sb, " _putters[%lld]", (long long)queue->putters.count);
    if (queue->unfinished) sb_appendf(&sb, " tasks=%lld", (long long)queue->unfinished);
    return sb_finish(&sb);
}

static Value queue_repr(Value self) {
    Str *format = queue_format(self);
    if (!format) return value_null();
    return str_value(str_from_format("<%s at %p %s>", value_type(self)->name, (void *)self.as.object, str_cstr(format)));
}

static Value queue_str(Value self) {
    Str *format = queue_format(self);
    if (!format) return value_null();
    return str_value(str_from_format("<%s %s>", value_type(self)->name, str_cstr(format)));
}

static Value queue_get_maxsize(Value self) { return as_queue(self)->maxsize; }

static Value queue_get_unfinished(Value self) { return value_int(as_queue(self)->unfinished); }

static Value queue_get_items(Value self) {
    Queue *queue = as_queue(self);
    List *list = list_new(queue->count);
    if (!list) return value_null();
    for (int64_t i = 0; i < queue->count; i++) list->items[list->length++] = items_at(queue, i);
    return value_object(list);
}

static void queue_mark(Object *self) {
    Queue *queue = (Queue *)self;
    gc_mark_value(queue->maxsize);
    for (int64_t i = 0; i < queue->count; i++) gc_mark_value(items_at(queue, i));
    line_mark(&queue->getters);
    line_mark(&queue->putters);
    line_mark(&queue->joiners);
    gc_mark_object((Object *)queue->loop);
}

static void queue_free(Object *self) {
    Queue *queue = (Queue *)self;
    gc_free_buffer(queue->items, sizeof(Value) * (size_t)queue->capacity);
    line_free(&queue->getters);
    line_free(&queue->putters);
    line_free(&queue->joiners);
}

static const MethodDef queue_methods[] = {
    {"qsize", queue_qsize, METHOD_INSTANCE, NULL},
    {"empty", queue_empty, METHOD_INSTANCE, NULL},
    {"full", queue_full_method, METHOD_INSTANCE, NULL},
    {"put", queue_put_method, METHOD_INSTANCE, NULL},
    {"get", queue_get_method, METHOD_INSTANCE, NULL},
    {"put_nowait", queue_put_nowait_method, METHOD_INSTANCE, NULL},
    {"get_nowait", queue_get_nowait_method, METHOD_INSTANCE, NULL},
    {"task_done", queue_task_done, METHOD_INSTANCE, NULL},
    {"join", queue_join_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef queue_getsets[] = {
    {"maxsize", queue_get_maxsize, NULL},
    {"_unfinished_tasks", queue_get_unfinished, NULL},
    {"_queue", queue_get_items, NULL},
    {NULL, NULL, NULL},
};

Type type_queue = {
    .name = "Queue",
    .module_name = "asyncio.queues",
    .instance_size = sizeof(Queue),
    .flags = TYPE_BASETYPE,
    .new = queue_new_slot,
    .init = queue_init_slot,
    .methods = queue_methods,
    .getsets = queue_getsets,
    .repr = queue_repr,
    .str = queue_str,
    .gc_mark = queue_mark,
    .gc_free = queue_free,
};

Type type_lifo_queue = {
    .name = "LifoQueue",
    .module_name = "asyncio.queues",
    .base_type = &type_queue,
    .instance_size = sizeof(Queue),
    .flags = TYPE_BASETYPE,
    .new = queue_new_slot,
    .init = queue_init_slot,
    .repr = queue_repr,
    .str = queue_str,
    .gc_mark = queue_mark,
    .gc_free = queue_free,
};

Type type_priority_queue = {
    .name = "PriorityQueue",
    .module_name = "asyncio.queues",
    .base_type = &type_queue,
    .instance_size = sizeof(Queue),
    .flags = TYPE_BASETYPE,
    .new = queue_new_slot,
    .init = queue_init_slot,
    .repr = queue_repr,
    .str = queue_str,
    .gc_mark = queue_mark,
    .gc_free = queue_free,
};

void queue_types_init(void) {
    type_ready(&type_queue);
    type_ready(&type_lifo_queue);
    type_ready(&type_priority_queue);
    type_ready(&type_queue_op);
}
