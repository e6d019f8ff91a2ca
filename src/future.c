/* future.c — asyncio.Future, its await iterator, sleep() and gather().
 *
 * A Future is filled once (future.h). Awaiting one goes through a tiny
 * iterator (CPython's FutureIter, Modules/_asynciomodule.c):
 *
 *     next()  while pending: set _asyncio_future_blocking, yield the future
 *             itself — that value travels up the whole await chain to the
 *             Task driving it, which then waits for the future;
 *             once done: finish with future.result() (StopIteration value).
 *
 * So `await fut` parks the task, and set_result() wakes it: completing a
 * future puts each done callback on the loop's ready queue, and the waiting
 * task's callback is "wake that task" (a ready entry, no object made).
 *
 * sleep(delay) is the same idea with the future built in: the awaitable
 * object is itself the future a timer completes. sleep(0) only yields None
 * once: the task is rescheduled at the end of the ready queue, the cheapest
 * way to let every other ready task run.
 *
 * gather(*aws) wraps each awaitable in a task, registers its outer future as
 * every child's done callback, and finishes when the last child does.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "future.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

Type *asyncio_cancelled_error, *asyncio_invalid_state_error;

/* ---- the state machine ------------------------------------------------------- */

Future *future_new(Type *type, size_t size, Loop *loop) {
    Future *future = (Future *)gc_alloc(type, size);
    if (!future) return NULL;
    future->state = FUTURE_PENDING;
    future->result = value_none();
    future->loop = loop;
    return future;
}

static bool invalid_state(const char *message) {
    raise_error(asyncio_invalid_state_error, "%s", message);
    return false;
}

/* Where a completed future's callback goes: a waiting task is woken, a
 * gather counts its child, anything else is called with the future. */
static bool schedule_one(Future *future, Object *callback) {
    if (type_is_subtype(callback->type, &type_task))
        return loop_schedule(future->loop, READY_TASK_WAKEUP, callback, (Object *)future);
    if (callback->type == &type_gathering)
        return loop_schedule(future->loop, READY_GATHER_CHILD, callback, (Object *)future);
    return loop_schedule(future->loop, READY_DONE_CALLBACK, (Object *)future, callback);
}

/* How many done callbacks there are, and the one at [index] (see Future.callbacks). */
static int64_t callback_count(Future *future) {
    if (future->flags & FUTURE_CALLBACK_LIST) return ((List *)future->callbacks)->length;
    return future->callbacks ? 1 : 0;
}

static Object *callback_at(Future *future, int64_t index) {
    if (!(future->flags & FUTURE_CALLBACK_LIST)) return future->callbacks;
    return ((List *)future->callbacks)->items[index].as.object;
}

bool future_schedule_callbacks(Future *future) {
    Object *callbacks = future->callbacks;
    bool is_list = future->flags & FUTURE_CALLBACK_LIST;
    future->callbacks = NULL;
    future->flags &= (uint16_t)~FUTURE_CALLBACK_LIST;
    if (!is_list) return !callbacks || schedule_one(future, callbacks);
    List *list = (List *)callbacks;
    for (int64_t i = 0; i < list->length; i++)
        if (!schedule_one(future, list->items[i].as.object)) return false;
    return true;
}

bool future_add_callback(Future *future, Object *callback) {
    if (future->state != FUTURE_PENDING) return schedule_one(future, callback);
    if (!future->callbacks) {
        future->callbacks = callback;
        return true;
    }
    if (!(future->flags & FUTURE_CALLBACK_LIST)) {
        List *list = list_new(2);
        if (!list || !list_append(list, value_object(future->callbacks))) return false;
        future->callbacks = (Object *)list;
        future->flags |= FUTURE_CALLBACK_LIST;
    }
    return list_append((List *)future->callbacks, value_object(callback));
}

void future_discard_callback(Future *future, Object *callback) {
    if (!(future->flags & FUTURE_CALLBACK_LIST)) {
        if (future->callbacks == callback) future->callbacks = NULL;
        return;
    }
    List *list = (List *)future->callbacks;
    for (int64_t i = 0; i < list->length; i++) {
        if (list->items[i].as.object == callback) {
            memmove(list->items + i, list->items + i + 1, sizeof(Value) * (size_t)(list->length - i - 1));
            list->length--;
            return;
        }
    }
}

bool future_set_result(Future *future, Value result) {
    if (future->state != FUTURE_PENDING) return invalid_state("invalid state");
    future->result = result;
    future->state = FUTURE_FINISHED;
    return future_schedule_callbacks(future);
}

bool future_set_exception(Future *future, Value exception) {
    if (future->state != FUTURE_PENDING) return invalid_state("invalid state");
    if (is_exception_class(exception)) {
        exception = obj_call(exception, NULL, 0, NULL);
        if (is_null(exception)) return false;
    }
    if (!is_exception_instance(exception)) {
        raise_error(&type_type_error, "invalid exception object");
        return false;
    }
    if (value_is_instance(exception, &type_stop_iteration)) {
        raise_error(&type_type_error, "StopIteration interacts badly with generators and cannot be raised into a Future");
        return false;
    }
    future->result = exception;
    future->state = FUTURE_FINISHED;
    future->flags |= FUTURE_HAS_EXCEPTION | FUTURE_LOG_TRACEBACK;
    return task_note_unretrieved(future) && future_schedule_callbacks(future);
}

bool future_cancel(Future *future, Value message) {
    future->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
    if (future->state != FUTURE_PENDING) return false;
    future->state = FUTURE_CANCELLED;
    future->result = is_null(message) ? value_none() : message;
    future->flags &= (uint16_t)~FUTURE_CANCELLED_EXC;
    if (!future_schedule_callbacks(future)) return false;
    return true;
}

Value future_make_cancelled_error(Future *future) {
    if (future->flags & FUTURE_CANCELLED_EXC) {
        /* the CancelledError that stopped the task's coroutine: raise it once */
        Value exception = future->result;
        future->flags &= (uint16_t)~FUTURE_CANCELLED_EXC;
        future->result = value_none();
        return exception;
    }
    Value message = future->result;
    return exc_new(asyncio_cancelled_error, &message, is_none(message) ? 0 : 1);
}

Value future_result(Future *future) {
    if (future->state == FUTURE_CANCELLED) {
        Value error = future_make_cancelled_error(future);
        return is_null(error) ? error : raise_value(error);
    }
    if (future->state != FUTURE_FINISHED) return invalid_state("Result is not set."), value_null();
    future->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
    if (future->flags & FUTURE_HAS_EXCEPTION) return raise_value(future->result);
    return future->result;
}

/* ---- repr ---------------------------------------------------------------------- */

/* reprlib.repr() as CPython's futures use it: long strings and long lists
 * are shortened in the middle / after six items. */
static void append_short_repr(StrBuilder *sb, Value value, int level) {
    if ((is_object_of(value, &type_list) || is_tuple(value)) && level < 6) {
        bool list = !is_tuple(value);
        Value *items = list ? as_list(value)->items : as_tuple(value)->items;
        int64_t length = list ? as_list(value)->length : as_tuple(value)->length;
        sb_append_char(sb, list ? '[' : '(');
        for (int64_t i = 0; i < length && i < 6; i++) {
            if (i) sb_append_cstr(sb, ", ");
            append_short_repr(sb, items[i], level + 1);
        }
        if (length > 6) sb_append_cstr(sb, ", ...");
        if (!list && length == 1) sb_append_char(sb, ',');
        sb_append_char(sb, list ? ']' : ')');
        return;
    }
    Value text = obj_repr(value);
    if (is_null(text)) {
        error_clear();
        sb_append_cstr(sb, "<repr failed>");
        return;
    }
    Str *s = as_str(text);
    int64_t limit = is_str(value) ? 30 : is_int_like(value) ? 40 : 30;
    if (is_object_of(value, &type_dict) || is_object_of(value, &type_set) || s->length <= limit || !s->is_ascii) {
        sb_append_str(sb, s);
        return;
    }
    int64_t head = (limit - 3) / 2, tail = limit - 3 - head;
    sb_append(sb, s->data, head);
    sb_append_cstr(sb, "...");
    sb_append(sb, s->data + s->byte_length - tail, tail);
}

Str *loop_format_callback(Value callback, Tuple *args);

static void append_callback(StrBuilder *sb, Object *callback) {
    if (type_is_subtype(callback->type, &type_task)) sb_append_cstr(sb, "Task.task_wakeup()");
    else if (callback->type == &type_gathering) sb_append_cstr(sb, "gather.<locals>._done_callback()");
    else sb_append_str(sb, loop_format_callback(value_object(callback), NULL));
}

void future_repr_info(Future *future, StrBuilder *sb) {
    if (future->state == FUTURE_FINISHED) {
        if (future->flags & FUTURE_HAS_EXCEPTION) {
            Value text = obj_repr(future->result);
            if (is_null(text)) error_clear();
            else sb_appendf(sb, " exception=%s", str_cstr(as_str(text)));
        } else {
            sb_append_cstr(sb, " result=");
            append_short_repr(sb, future->result, 0);
        }
    }
    int64_t count = callback_count(future);
    if (count == 0) return;
    Object *all[2] = {callback_at(future, 0), callback_at(future, count - 1)};
    sb_append_cstr(sb, " cb=[");
    append_callback(sb, all[0]);
    if (count == 2) {
        sb_append_cstr(sb, ", ");
        append_callback(sb, all[1]);
    } else if (count > 2) {
        sb_appendf(sb, ", <%lld more>, ", (long long)(count - 2));
        append_callback(sb, all[1]);
    }
    sb_append_char(sb, ']');
}

static const char *state_names[] = {"pending", "cancelled", "finished"};

static Value future_repr(Value self) {
    Future *future = as_future(self);
    StrBuilder sb;
    sb_init(&sb);
    sb_appendf(&sb, "<%s %s", value_type(self)->name, state_names[future->state]);
    future_repr_info(future, &sb);
    sb_append_char(&sb, '>');
    return str_value(sb_finish(&sb));
}

/* ---- "exception was never retrieved" --------------------------------------------- */

void future_report_unretrieved(Future *future) {
    if (!(future->flags & FUTURE_LOG_TRACEBACK) || (future->flags & FUTURE_REPORTED)) return;
    future->flags |= FUTURE_REPORTED;
    bool task = type_is_subtype(future->base.type, &type_task);
    char message[64];
    snprintf(message, sizeof message, "%s exception was never retrieved", task ? "Task" : "Future");
    loop_report_error(future->loop, message, future->result, "future", value_object(future));
}

/* ---- the Python methods ------------------------------------------------------------ */

Loop *future_default_loop(void);

static Future *self_future(Value *args) { return as_future(args[0]); }

static Value future_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"loop", NULL};
    if (!args_only_keywords("Future", kwnames, allowed)) return value_null();
    int positional = nargs;
    if (positional > 0) return raise_error(&type_type_error, "Future() takes no positional arguments");
    Value loop = args_keyword(args, positional, kwnames, "loop");
    Loop *owner = !is_null(loop) && !is_none(loop) ? (Loop *)loop.as.object : future_default_loop();
    if (!owner) return value_null();
    size_t size = cls->instance_size > sizeof(Future) ? cls->instance_size : sizeof(Future);
    Future *future = future_new(cls, size, owner);
    return future ? value_object(future) : value_null();
}

static bool future_init_slot(Value self, Value *args, int nargs, Tuple *kwnames) { return true; }

static Value future_result_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("result", nargs - 1, 0, 0)) return value_null();
    return future_result(self_future(args));
}

static Value future_exception_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("exception", nargs - 1, 0, 0)) return value_null();
    Future *future = self_future(args);
    if (future->state == FUTURE_CANCELLED) {
        Value error = future_make_cancelled_error(future);
        return is_null(error) ? error : raise_value(error);
    }
    if (future->state != FUTURE_FINISHED) return invalid_state("Exception is not set."), value_null();
    future->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
    return (future->flags & FUTURE_HAS_EXCEPTION) ? future->result : value_none();
}

static Value future_set_result_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("set_result", kwnames) || !args_check_count("set_result", nargs - 1, 1, 1)) return value_null();
    return future_set_result(self_future(args), args[1]) ? value_none() : value_null();
}

static Value future_set_exception_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("set_exception", kwnames) || !args_check_count("set_exception", nargs - 1, 1, 1)) return value_null();
    return future_set_exception(self_future(args), args[1]) ? value_none() : value_null();
}

/* The msg of cancel(msg=None), positional or keyword. */
static bool cancel_message_argument(Value *args, int nargs, Tuple *kwnames, Value *message) {
    static const char *const allowed[] = {"msg", NULL};
    if (!args_only_keywords("cancel", kwnames, allowed)) return false;
    int positional = nargs;
    if (!args_check_count("cancel", positional - 1, 0, 1)) return false;
    *message = positional > 1 ? args[1] : args_keyword(args, positional, kwnames, "msg");
    if (is_null(*message)) *message = value_none();
    return true;
}

static Value future_cancel_method(Value *args, int nargs, Tuple *kwnames) {
    Value message;
    if (!cancel_message_argument(args, nargs, kwnames, &message)) return value_null();
    Future *future = self_future(args);
    if (future->state != FUTURE_PENDING) {
        future->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
        return value_bool(false);
    }
    if (!future_cancel(future, message)) return error_pending() ? value_null() : value_bool(false);
    return value_bool(true);
}

static Value future_cancelled_method(Value *args, int nargs, Tuple *kwnames) {
    return value_bool(self_future(args)->state == FUTURE_CANCELLED);
}

static Value future_done_method(Value *args, int nargs, Tuple *kwnames) {
    return value_bool(self_future(args)->state != FUTURE_PENDING);
}

static Value future_add_done_callback_method(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"context", NULL};
    if (!args_only_keywords("add_done_callback", kwnames, allowed)) return value_null();
    int positional = nargs;
    if (!args_check_count("add_done_callback", positional - 1, 1, 1)) return value_null();
    if (!is_object(args[1])) return raise_error(&type_type_error, "'%s' object is not callable", value_type_name(args[1]));
    return future_add_callback(self_future(args), args[1].as.object) ? value_none() : value_null();
}

static Value future_remove_done_callback_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("remove_done_callback", nargs - 1, 1, 1)) return value_null();
    Future *future = self_future(args);
    if (!future->callbacks) return value_int(0);
    if (!(future->flags & FUTURE_CALLBACK_LIST)) {
        int equal = obj_equal(value_object(future->callbacks), args[1]);
        if (equal < 0) return value_null();
        if (equal) future->callbacks = NULL;
        return value_int(equal);
    }
    List *list = (List *)future->callbacks;
    int64_t kept = 0, removed = 0;
    for (int64_t i = 0; i < list->length; i++) {
        int equal = obj_equal(list->items[i], args[1]);
        if (equal < 0) return value_null();
        if (equal) removed++;
        else list->items[kept++] = list->items[i];
    }
    list->length = kept;
    return value_int(removed);
}

static Value future_get_loop_method(Value *args, int nargs, Tuple *kwnames) {
    return value_object(self_future(args)->loop);
}

static Value future_iter_new(Future *future);

static Value future_await_method(Value *args, int nargs, Tuple *kwnames) { return future_iter_new(self_future(args)); }
static Value future_iter_slot(Value self) { return future_iter_new(as_future(self)); }

static Value future_get_state(Value self) {
    static const char *names[] = {"PENDING", "CANCELLED", "FINISHED"};
    return value_object(str_intern(names[as_future(self)->state]));
}

static Value future_get_blocking(Value self) { return value_bool(as_future(self)->flags & FUTURE_BLOCKING); }

static bool future_set_blocking(Value self, Value value) {
    int truth = obj_truthy(value);
    if (truth < 0) return false;
    if (truth) as_future(self)->flags |= FUTURE_BLOCKING;
    else as_future(self)->flags &= (uint16_t)~FUTURE_BLOCKING;
    return true;
}

static Value future_get_loop_attr(Value self) { return value_object(as_future(self)->loop); }

static Value future_get_log_traceback(Value self) { return value_bool(as_future(self)->flags & FUTURE_LOG_TRACEBACK); }

static void future_mark(Object *self) {
    Future *future = (Future *)self;
    gc_mark_value(future->result);
    gc_mark_object(future->callbacks);
    gc_mark_object((Object *)future->loop);
}

static const MethodDef future_methods[] = {
    {"result", future_result_method, METHOD_INSTANCE, NULL},
    {"exception", future_exception_method, METHOD_INSTANCE, NULL},
    {"set_result", future_set_result_method, METHOD_INSTANCE, NULL},
    {"set_exception", future_set_exception_method, METHOD_INSTANCE, NULL},
    {"cancel", future_cancel_method, METHOD_INSTANCE, NULL},
    {"cancelled", future_cancelled_method, METHOD_INSTANCE, NULL},
    {"done", future_done_method, METHOD_INSTANCE, NULL},
    {"add_done_callback", future_add_done_callback_method, METHOD_INSTANCE, NULL},
    {"remove_done_callback", future_remove_done_callback_method, METHOD_INSTANCE, NULL},
    {"get_loop", future_get_loop_method, METHOD_INSTANCE, NULL},
    {"__await__", future_await_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef future_getsets[] = {
    {"_state", future_get_state, NULL},
    {"_asyncio_future_blocking", future_get_blocking, future_set_blocking},
    {"_loop", future_get_loop_attr, NULL},
    {"_log_traceback", future_get_log_traceback, NULL},
    {NULL, NULL, NULL},
};

Type type_future = {
    .name = "Future",
    .module_name = "_asyncio",
    .instance_size = sizeof(Future),
    .flags = TYPE_BASETYPE,
    .new = future_new_slot,
    .init = future_init_slot,
    .methods = future_methods,
    .getsets = future_getsets,
    .repr = future_repr,
    .iter = future_iter_slot,
    .gc_mark = future_mark,
};

/* ---- FutureIter: what `await future` iterates ------------------------------------- */

typedef struct FutureIter {
    Object base;
    Future *future; /* NULL once finished */
} FutureIter;

static Value future_iter_new(Future *future) {
    FutureIter *iter = (FutureIter *)gc_alloc(&type_future_iter, sizeof(FutureIter));
    if (!iter) return value_null();
    iter->future = future;
    return value_object(iter);
}

/* Pending: yield the future (once). Done: return its result. VAL_NULL with
 * no exception means "returned None" (vm.c's SEND reads it so). */
static Value future_iter_next(Value self) {
    FutureIter *iter = (FutureIter *)self.as.object;
    Future *future = iter->future;
    if (!future) return value_null();
    if (future->state == FUTURE_PENDING) {
        if (future->flags & FUTURE_BLOCKING)
            return raise_error(&type_runtime_error, "await wasn't used with future");
        future->flags |= FUTURE_BLOCKING;
        return value_object(future);
    }
    iter->future = NULL;
    Value result = future_result(future);
    if (is_null(result) || is_none(result)) return value_null(); /* None: "returned" without a StopIteration */
    return raise_with_value(&type_stop_iteration, result);
}

static Value future_iter_send(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("send", nargs - 1, 1, 1)) return value_null();
    Value result = future_iter_next(args[0]);
    if (is_null(result) && !error_pending()) return raise_value(value_object(&type_stop_iteration));
    return result;
}

static Value future_iter_next_method(Value *args, int nargs, Tuple *kwnames) {
    Value result = future_iter_next(args[0]);
    if (is_null(result) && !error_pending()) return raise_value(value_object(&type_stop_iteration));
    return result;
}

/* throw(exc) on an await's iterator (a FutureIter or a Sleep): raise exc
 * there, so that the awaiting coroutine gets it at its await. */
static Value raise_thrown(Value *args, int nargs) {
    if (!args_check_count("throw", nargs - 1, 1, 3)) return value_null();
    Value thrown = args[1];
    if (is_exception_class(thrown)) {
        thrown = obj_call(thrown, nargs > 2 && !is_none(args[2]) ? &args[2] : NULL, nargs > 2 && !is_none(args[2]) ? 1 : 0, NULL);
        if (is_null(thrown)) return thrown;
    }
    if (!is_exception_instance(thrown))
        return raise_error(&type_type_error, "exceptions must be classes deriving BaseException not %s", value_type_name(thrown));
    return raise_value(thrown);
}

static Value future_iter_throw(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("throw", nargs - 1, 1, 3)) return value_null();
    ((FutureIter *)args[0].as.object)->future = NULL;
    return raise_thrown(args, nargs);
}

static Value future_iter_close(Value *args, int nargs, Tuple *kwnames) {
    ((FutureIter *)args[0].as.object)->future = NULL;
    return value_none();
}

static Value iter_self(Value self) { return self; }

static void future_iter_mark(Object *self) { gc_mark_object((Object *)((FutureIter *)self)->future); }

static const MethodDef future_iter_methods[] = {
    {"send", future_iter_send, METHOD_INSTANCE, NULL},
    {"throw", future_iter_throw, METHOD_INSTANCE, NULL},
    {"close", future_iter_close, METHOD_INSTANCE, NULL},
    {"__next__", future_iter_next_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_future_iter = {
    .name = "FutureIter",
    .module_name = "_asyncio",
    .instance_size = sizeof(FutureIter),
    .flags = TYPE_ABSTRACT_NEW,
    .methods = future_iter_methods,
    .iter = iter_self,
    .next = future_iter_next,
    .gc_mark = future_iter_mark,
};

/* ---- sleep ------------------------------------------------------------------------ */

Value sleep_new(double delay, Value result) {
    Sleep *sleep = (Sleep *)gc_alloc(&type_sleep, sizeof(Sleep));
    if (!sleep) return value_null();
    sleep->future.state = FUTURE_PENDING;
    sleep->future.result = result;
    sleep->delay = delay;
    return value_object(sleep);
}

void sleep_fire(Sleep *sleep) {
    if (vm.trace) loop_trace("timer: a sleep(%g) is over", sleep->delay);
    future_set_result(&sleep->future, sleep->future.result);
}

/* The first resume starts the sleep; the second finishes it (like the
 * `await future` inside CPython's `async def sleep`). */
static Value sleep_next(Value self) {
    Sleep *sleep = (Sleep *)self.as.object;
    Future *future = &sleep->future;
    if (!(future->flags & SLEEP_STARTED)) {
        future->flags |= SLEEP_STARTED;
        if (sleep->delay <= 0 || isnan(sleep->delay)) return value_none(); /* sleep(0): a bare yield */
        Loop *loop = loop_running;
        if (!loop) return raise_error(&type_runtime_error, "no running event loop");
        future->loop = loop;
        if (!loop_add_timer(loop, loop_time() + sleep->delay, (Object *)sleep)) return value_null();
        future->flags |= FUTURE_BLOCKING;
        return self;
    }
    if (future->loop == NULL) { /* sleep(0) resumed: done */
        if (future->state != FUTURE_PENDING) return value_null();
        future->state = FUTURE_FINISHED;
        Value result = future->result;
        if (is_none(result)) return value_null();
        return raise_with_value(&type_stop_iteration, result);
    }
    if (future->state == FUTURE_PENDING) return raise_error(&type_runtime_error, "await wasn't used with future");
    Value result = future_result(future);
    if (is_null(result) || is_none(result)) return value_null(); /* None: "returned" without a StopIteration */
    return raise_with_value(&type_stop_iteration, result);
}

static Value sleep_send(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("send", nargs - 1, 1, 1)) return value_null();
    Value result = sleep_next(args[0]);
    if (is_null(result) && !error_pending()) return raise_value(value_object(&type_stop_iteration));
    return result;
}

/* throw(exc): raised where the sleep was awaited; a pending timer is
 * dropped (the finally: h.cancel() of CPython's sleep). */
static Value sleep_throw(Value *args, int nargs, Tuple *kwnames) {
    Sleep *sleep = (Sleep *)args[0].as.object;
    if (sleep->future.state == FUTURE_PENDING) {
        sleep->future.state = FUTURE_CANCELLED;
        sleep->future.result = value_none();
    }
    return raise_thrown(args, nargs);
}

static Value sleep_close(Value *args, int nargs, Tuple *kwnames) {
    Sleep *sleep = (Sleep *)args[0].as.object;
    if (sleep->future.state == FUTURE_PENDING) sleep->future.state = FUTURE_CANCELLED;
    sleep->future.flags |= SLEEP_STARTED; /* closed: no "never awaited" warning */
    return value_none();
}

/* `asyncio.sleep(1)` without `await` is the classic slip: like CPython's
 * sleep coroutine, an unstarted sleep warns when it is collected or when
 * the program ends. */
static void sleep_warn_if_never_awaited(Object *self) {
    Future *future = &((Sleep *)self)->future;
    if (future->flags & SLEEP_STARTED) return;
    future->flags |= SLEEP_STARTED;
    gen_warn_never_awaited("sleep");
}

static Value sleep_repr(Value self) {
    return str_value(str_from_format("<coroutine object sleep at %p>", (void *)self.as.object));
}

static Value sleep_await(Value *args, int nargs, Tuple *kwnames) { return args[0]; }
static Value sleep_get_name(Value self) { return value_object(str_intern("sleep")); }

static const MethodDef sleep_methods[] = {
    {"send", sleep_send, METHOD_INSTANCE, NULL},
    {"throw", sleep_throw, METHOD_INSTANCE, NULL},
    {"close", sleep_close, METHOD_INSTANCE, NULL},
    {"__await__", sleep_await, METHOD_INSTANCE, NULL},
    /* a sleep is also the future its task waits for */
    {"cancel", future_cancel_method, METHOD_INSTANCE, NULL},
    {"done", future_done_method, METHOD_INSTANCE, NULL},
    {"cancelled", future_cancelled_method, METHOD_INSTANCE, NULL},
    {"result", future_result_method, METHOD_INSTANCE, NULL},
    {"add_done_callback", future_add_done_callback_method, METHOD_INSTANCE, NULL},
    {"remove_done_callback", future_remove_done_callback_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef sleep_getsets[] = {
    {"__name__", sleep_get_name, NULL},
    {"__qualname__", sleep_get_name, NULL},
    {NULL, NULL, NULL},
};

Type type_sleep = {
    .name = "coroutine",
    .module_name = "builtins", /* prints as <class 'coroutine'>, as CPython's sleep() does */
    .instance_size = sizeof(Sleep),
    .flags = TYPE_ABSTRACT_NEW | TYPE_AWAITS_ITSELF,
    .methods = sleep_methods,
    .getsets = sleep_getsets,
    .repr = sleep_repr,
    .iter = iter_self,
    .next = sleep_next,
    .gc_mark = future_mark,
    .gc_free = sleep_warn_if_never_awaited,
    .at_exit = sleep_warn_if_never_awaited,
};

/* ---- ensure_future and the default loop ------------------------------------------------ */

static Value event_loop_set = {VAL_NONE, {.integer = 0}}; /* set_event_loop()'s loop */
static bool event_loop_set_called = false;

/* get_event_loop() of Python 3.11: the running loop, else the loop set
 * with set_event_loop(), else (only if set_event_loop was never called) a
 * new one that becomes the set loop. */
Loop *future_default_loop(void) {
    if (loop_running) return loop_running;
    if (is_loop(event_loop_set)) return (Loop *)event_loop_set.as.object;
    if (event_loop_set_called) {
        raise_error(&type_runtime_error, "There is no current event loop in thread 'MainThread'.");
        return NULL;
    }
    Loop *loop = loop_new();
    if (loop) event_loop_set = value_object(loop);
    return loop;
}

/* set_event_loop(loop): None or a loop. */
bool future_set_event_loop(Value loop) {
    if (!is_none(loop) && !is_loop(loop)) {
        raise_error(&type_type_error, "loop must be an instance of AbstractEventLoop or None, not '%s'", value_type_name(loop));
        return false;
    }
    event_loop_set = loop;
    event_loop_set_called = true;
    return true;
}

bool future_is_futurelike(Value v) {
    if (is_future(v)) return true;
    if (!is_object(v) || is_object_of(v, &type_sleep)) return false;
    Value blocking = obj_lookup_attr(value_object(value_type(v)), str_intern("_asyncio_future_blocking"));
    if (is_null(blocking)) {
        error_clear();
        return false;
    }
    return !is_none(blocking);
}

Value future_ensure(Value awaitable, Loop *loop) {
    if (future_is_futurelike(awaitable)) {
        if (loop && is_future(awaitable) && as_future(awaitable)->loop != loop)
            return raise_error(&type_value_error, "The future belongs to a different loop than the one specified as the loop argument");
        return awaitable;
    }
    if (!loop && !(loop = future_default_loop())) return value_null();
    if (task_is_coroutine(awaitable)) return task_new(&type_task, awaitable, loop, value_none());
    Value method = is_object(awaitable) ? type_lookup_cstr(value_type(awaitable), "__await__") : value_null();
    if (is_null(method))
        return raise_error(&type_type_error, "An asyncio.Future, a coroutine or an awaitable is required");
    /* a plain awaitable: drive the iterator its __await__ returns */
    Value iterator = gen_get_awaitable(awaitable);
    if (is_null(iterator)) return iterator;
    return task_new(&type_task, iterator, loop, value_none());
}

/* ---- gather ------------------------------------------------------------------------ */

/* A small set of pointers for spotting the same awaitable given twice. */
typedef struct PointerSet {
    Object **slots;
    uint64_t mask;
} PointerSet;

static int64_t pointer_set_find(PointerSet *set, Object *key) {
    uint64_t i = ((uintptr_t)key >> 4) * 0x9E3779B97F4A7C15ull;
    for (i &= set->mask;; i = (i + 1) & set->mask)
        if (!set->slots[i] || set->slots[i] == key) return (int64_t)i;
}

static Value gather_empty(void) {
    Loop *loop = future_default_loop();
    if (!loop) return value_null();
    Future *outer = future_new(&type_future, sizeof(Future), loop);
    List *results = list_new(0);
    if (!outer || !results) return value_null();
    future_set_result(outer, value_object(results));
    return value_object(outer);
}

/* Wrap each argument in a future (a task for a coroutine); each distinct
 * child gets the outer future as its done callback. */
static bool gather_children(Gathering *outer, Value *aws, int64_t count, Loop **loop) {
    uint64_t size = 8;
    while (size < (uint64_t)count * 2) size *= 2;
    PointerSet seen = {calloc(size, sizeof(Object *)), size - 1};
    Object **originals = calloc((size_t)count, sizeof(Object *));
    if (!seen.slots || !originals) {
        free(seen.slots);
        free(originals);
        raise_memory_error();
        return false;
    }
    bool ok = true;
    for (int64_t i = 0; i < count && ok; i++) {
        Object *key = is_object(aws[i]) ? aws[i].as.object : NULL;
        int64_t slot = key ? pointer_set_find(&seen, key) : -1;
        if (key && seen.slots[slot]) { /* the same awaitable again: share its child */
            for (int64_t j = 0; j < i; j++)
                if (originals[j] == key) outer->children[i] = outer->children[j];
            continue;
        }
        Value child = future_ensure(aws[i], *loop);
        if (is_null(child) || !is_future(child)) {
            if (!is_null(child)) raise_error(&type_type_error, "gather() needs C futures");
            ok = false;
            break;
        }
        if (!*loop) *loop = as_future(child)->loop;
        outer->children[i] = child.as.object;
        outer->child_count = i + 1;
        originals[i] = key;
        if (key) seen.slots[slot] = key;
        outer->future.extra++; /* counts distinct children until they finish */
        ok = future_add_callback(as_future(child), (Object *)outer);
    }
    free(seen.slots);
    free(originals);
    return ok;
}

Value gather_new(Value *aws, int64_t count, bool return_exceptions) {
    if (count == 0) return gather_empty();
    Gathering *outer = (Gathering *)gc_alloc(&type_gathering, sizeof(Gathering));
    if (!outer) return value_null();
    outer->future.state = FUTURE_PENDING;
    outer->future.result = value_none();
    if (return_exceptions) outer->future.flags |= GATHER_RETURN_EXCEPTIONS;
    outer->children = gc_realloc(NULL, 0, sizeof(Object *) * (size_t)count);
    if (!outer->children) return value_null();
    memset(outer->children, 0, sizeof(Object *) * (size_t)count);
    Value self = value_object(outer);
    gc_push_root(self);
    Loop *loop = loop_running;
    bool ok = gather_children(outer, aws, count, &loop);
    outer->child_count = count;
    outer->future.loop = loop;
    gc_pop_roots(1);
    return ok ? self : value_null();
}

/* The results list, once every child is done (return_exceptions or not). */
static Value gather_results(Gathering *outer) {
    List *results = list_new(outer->child_count);
    if (!results) return value_null();
    for (int64_t i = 0; i < outer->child_count; i++) {
        Future *child = (Future *)outer->children[i];
        Value item;
        if (child->state == FUTURE_CANCELLED) {
            Value message = (child->flags & FUTURE_CANCELLED_EXC) || is_none(child->result)
                                ? value_object(str_intern(""))
                                : child->result;
            item = exc_new(asyncio_cancelled_error, &message, 1);
            if (is_null(item)) return item;
        } else {
            child->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
            item = child->result;
        }
        results->items[results->length++] = item;
    }
    return value_object(results);
}

/* CPython's gather._done_callback. */
void gather_child_done(Gathering *outer, Future *child) {
    Future *future = &outer->future;
    future->extra--;
    if (future->state != FUTURE_PENDING) {
        if (child->state == FUTURE_FINISHED) child->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
        return;
    }
    if (!(future->flags & GATHER_RETURN_EXCEPTIONS)) {
        if (child->state == FUTURE_CANCELLED) {
            Value error = future_make_cancelled_error(child);
            if (!is_null(error)) future_set_exception(future, error);
            return;
        }
        if (child->flags & FUTURE_HAS_EXCEPTION) {
            child->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
            future_set_exception(future, child->result);
            return;
        }
    }
    if (future->extra > 0) return;
    Value results = gather_results(outer);
    if (is_null(results)) return;
    if (future->flags & GATHER_CANCEL_REQUESTED) {
        Value error = future_make_cancelled_error(child);
        if (!is_null(error)) future_set_exception(future, error);
    } else {
        future_set_result(future, results);
    }
}

/* _GatheringFuture.cancel(msg): cancel the children instead. */
static Value gathering_cancel(Value *args, int nargs, Tuple *kwnames) {
    Value message;
    if (!cancel_message_argument(args, nargs, kwnames, &message)) return value_null();
    Gathering *outer = (Gathering *)args[0].as.object;
    if (outer->future.state != FUTURE_PENDING) return value_bool(false);
    bool any = false;
    for (int64_t i = 0; i < outer->child_count; i++) {
        Value child = value_object(outer->children[i]);
        Value result = is_task(child) ? value_bool(task_cancel((Task *)child.as.object, message))
                                      : value_bool(future_cancel(as_future(child), message));
        if (error_pending()) return value_null();
        if (result.as.boolean) any = true;
    }
    if (any) outer->future.flags |= GATHER_CANCEL_REQUESTED;
    return value_bool(any);
}

static Value gathering_get_children(Value self) {
    Gathering *outer = (Gathering *)self.as.object;
    List *list = list_new(outer->child_count);
    if (!list) return value_null();
    for (int64_t i = 0; i < outer->child_count; i++) list->items[list->length++] = value_object(outer->children[i]);
    return value_object(list);
}

static void gathering_mark(Object *self) {
    Gathering *outer = (Gathering *)self;
    future_mark(self);
    for (int64_t i = 0; i < outer->child_count; i++) gc_mark_object(outer->children[i]);
}

static void gathering_free(Object *self) {
    Gathering *outer = (Gathering *)self;
    gc_free_buffer(outer->children, sizeof(Object *) * (size_t)outer->child_count);
}

static const MethodDef gathering_methods[] = {
    {"cancel", gathering_cancel, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef gathering_getsets[] = {
    {"_children", gathering_get_children, NULL},
    {NULL, NULL, NULL},
};

Type type_gathering = {
    .name = "_GatheringFuture",
    .module_name = "asyncio.tasks",
    .base_type = &type_future,
    .instance_size = sizeof(Gathering),
    .flags = TYPE_ABSTRACT_NEW,
    .methods = gathering_methods,
    .getsets = gathering_getsets,
    .repr = future_repr,
    .gc_mark = gathering_mark,
    .gc_free = gathering_free,
};

void future_types_init(void) {
    type_ready(&type_future);
    type_ready(&type_future_iter);
    type_ready(&type_sleep);
    type_ready(&type_gathering);
    gc_add_global_root(&event_loop_set);
}
