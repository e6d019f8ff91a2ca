/* loop.c — the event loop: the ready queue, the timers, and one iteration.
 *
 * Everything asyncio does happens in callbacks the loop runs. A task step is
 * a callback; a timer firing is a callback; completing a future schedules
 * its done callbacks. The loop only ever does this (CPython's
 * base_events.py, BaseEventLoop._run_once):
 *
 *   1. if anything is ready, don't wait; else wait until the earliest timer
 *      (under --virtual-time: jump the clock there instead of sleeping);
 *   2. move every timer whose deadline has come onto the ready queue, in
 *      deadline order (ties: the order they were made);
 *   3. run the entries that are on the ready queue *now* — callbacks they
 *      schedule wait for the next iteration, so a task that keeps calling
 *      sleep(0) cannot starve timers or other tasks.
 *
 * The ready queue is a ring buffer of small structs (loop.h): stepping a
 * task, waking it or calling a done callback needs no allocation. The
 * timers are a binary heap ordered by (when, seq).
 *
 * If nothing is ready and no timer is left while the loop must go on, no
 * callback can ever run again (pyco has no I/O readiness yet): instead of
 * hanging forever as CPython would, the loop raises RuntimeError.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "func.h"
#include "future.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

Loop *loop_running = NULL;

/* ---- the ready queue ---------------------------------------------------------- */

/* Move the ring into a buffer of [capacity] entries, oldest entry first. */
static bool ready_resize(Loop *loop, int64_t capacity) {
    ReadyEntry *grown = gc_realloc(NULL, 0, sizeof(ReadyEntry) * (size_t)capacity);
    if (!grown) return false;
    /* unroll the ring into the new buffer, oldest first */
    for (int64_t i = 0; i < loop->ready_count; i++)
        grown[i] = loop->ready[(loop->ready_head + i) % loop->ready_capacity];
    gc_free_buffer(loop->ready, sizeof(ReadyEntry) * (size_t)loop->ready_capacity);
    loop->ready = grown;
    loop->ready_head = 0;
    loop->ready_capacity = capacity;
    return true;
}

static bool ready_grow(Loop *loop) { return ready_resize(loop, loop->ready_capacity ? loop->ready_capacity * 2 : 64); }

bool loop_schedule(Loop *loop, ReadyKind kind, Object *target, Object *argument) {
    if (loop->ready_count == loop->ready_capacity && !ready_grow(loop)) return false;
    int64_t tail = loop->ready_head + loop->ready_count;
    if (tail >= loop->ready_capacity) tail -= loop->ready_capacity;
    loop->ready[tail] = (ReadyEntry){target, (uintptr_t)argument | (uintptr_t)kind};
    loop->ready_count++;
    return true;
}

static ReadyEntry ready_pop(Loop *loop) {
    ReadyEntry entry = loop->ready[loop->ready_head];
    if (++loop->ready_head == loop->ready_capacity) loop->ready_head = 0;
    loop->ready_count--;
    return entry;
}

/* ---- the timer heap ----------------------------------------------------------- */

/* Where a timer's sequence number lives: in its TimerHandle, or in the
 * Sleep future's spare `extra` word. */
static uint32_t *timer_sequence(Object *target) {
    return target->type == &type_timer_handle ? &((Handle *)target)->timer_seq : &((Future *)target)->extra;
}

static bool timer_before(const TimerEntry *a, const TimerEntry *b) {
    if (a->when != b->when) return a->when < b->when;
    /* modulo 2^32: right while fewer than two billion timers are pending */
    return (int32_t)(*timer_sequence(a->target) - *timer_sequence(b->target)) < 0;
}

bool loop_add_timer(Loop *loop, double when, Object *target) {
    if (loop->timer_count == loop->timer_capacity) {
        int64_t capacity = loop->timer_capacity ? loop->timer_capacity * 2 : 64;
        TimerEntry *grown = gc_realloc(loop->timers, sizeof(TimerEntry) * (size_t)loop->timer_capacity,
                                       sizeof(TimerEntry) * (size_t)capacity);
        if (!grown) return false;
        loop->timers = grown;
        loop->timer_capacity = capacity;
    }
    /* sift up from the new leaf */
    *timer_sequence(target) = loop->timer_seq++;
    TimerEntry entry = {when, target};
    int64_t i = loop->timer_count++;
    while (i > 0) {
        int64_t parent = (i - 1) / 2;
        if (!timer_before(&entry, &loop->timers[parent])) break;
        loop->timers[i] = loop->timers[parent];
        i = parent;
    }
    loop->timers[i] = entry;
    return true;
}

static TimerEntry timer_pop(Loop *loop) {
    TimerEntry top = loop->timers[0];
    TimerEntry last = loop->timers[--loop->timer_count];
    int64_t i = 0, count = loop->timer_count;
    /* sift the last leaf down from the root */
    for (;;) {
        int64_t child = 2 * i + 1;
        if (child >= count) break;
        if (child + 1 < count && timer_before(&loop->timers[child + 1], &loop->timers[child])) child++;
        if (!timer_before(&loop->timers[child], &last)) break;
        loop->timers[i] = loop->timers[child];
        i = child;
    }
    if (count > 0) loop->timers[i] = last;
    return top;
}

/* A timer nobody needs any more: a cancelled TimerHandle, or a Sleep whose
 * task was cancelled (its future is already done). */
static bool timer_is_dead(Object *target) {
    if (target->type == &type_timer_handle) return ((Handle *)target)->cancelled;
    return ((Future *)target)->state != FUTURE_PENDING;
}

/* ---- one iteration ------------------------------------------------------------ */

double loop_time(void) { return clock_monotonic(); }

/* Step 1: wait for the earliest timer (or jump to it under the virtual
 * clock). False if Ctrl-C interrupted the wait, or if nothing can ever
 * become ready. */
static bool wait_for_work(Loop *loop) {
    while (loop->timer_count > 0 && timer_is_dead(loop->timers[0].target)) timer_pop(loop);
    if (loop->ready_count > 0 || loop->stopping) return true;
    if (loop->timer_count == 0) {
        raise_error(&type_runtime_error,
                    "event loop deadlock: every task is waiting and no timer or callback can wake one");
        return false;
    }
    double deadline = loop->timers[0].when;
    if (clock_is_virtual()) {
        clock_advance_to(deadline);
        return true;
    }
    double left = deadline - loop_time();
    return left <= 0 || clock_sleep(left);
}

/* Step 2: move the due timers onto the ready queue. */
static bool collect_due_timers(Loop *loop) {
    if (loop->timer_count == 0) return true; /* no need to read the clock */
    double end = loop_time() + 1e-9; /* CPython's clock resolution */
    while (loop->timer_count > 0 && loop->timers[0].when < end) {
        TimerEntry due = timer_pop(loop);
        if (timer_is_dead(due.target)) continue;
        if (due.target->type == &type_timer_handle) {
            if (!loop_schedule(loop, READY_HANDLE, due.target, NULL)) return false;
        } else {
            sleep_fire((Sleep *)due.target); /* completes the sleep: its task wakes next iteration */
        }
    }
    return true;
}

static void run_handle(Handle *handle);
Str *loop_format_callback(Value callback, Tuple *args);
static Value run_until_complete_cb_object;

/* Step 3: run one ready entry. */
static void run_entry(ReadyEntry entry) {
    Object *argument = ready_argument(entry);
    switch (ready_kind(entry)) {
    case READY_HANDLE: run_handle((Handle *)entry.target); break;
    case READY_TASK_STEP:
        task_step((Task *)entry.target, argument ? value_object(argument) : value_null());
        break;
    case READY_TASK_WAKEUP: task_wakeup((Task *)entry.target, (Future *)argument); break;
    case READY_GATHER_CHILD: gather_child_done((Gathering *)entry.target, (Future *)argument); break;
    case READY_DONE_CALLBACK: {
        Value future = value_object(entry.target);
        if (vm.trace) {
            if (argument == run_until_complete_cb_object.as.object) {
                loop_trace("the future of run_until_complete() is done: the loop stops");
            } else {
                Tuple *args = tuple_pack(1, future);
                Str *text = args ? loop_format_callback(value_object(argument), args) : NULL;
                loop_trace("callback %s", text ? str_cstr(text) : "?");
            }
        }
        gc_push_root(future);
        gc_push_root(value_object(argument));
        Value result = obj_call(value_object(argument), &future, 1, NULL);
        if (is_null(result)) {
            Value exception = error_fetch();
            Value text = obj_repr(value_object(argument));
            if (is_null(text)) error_clear();
            char message[256];
            snprintf(message, sizeof message, "Exception in callback %s", is_null(text) ? "?" : str_cstr(as_str(text)));
            loop_report_error(as_future(future)->loop, message, exception, NULL, value_null());
        }
        gc_pop_roots(2);
        break;
    }
    }
}

/* One iteration (_run_once). False with an exception pending when Ctrl-C,
 * a deadlock, or SystemExit/KeyboardInterrupt from a callback stops the loop. */
static bool loop_run_once(Loop *loop) {
    if (!wait_for_work(loop)) return false;
    if (!collect_due_timers(loop)) return false;
    int64_t batch = loop->ready_count;
    for (int64_t i = 0; i < batch && loop->ready_count > 0; i++) {
        run_entry(ready_pop(loop));
        if (error_pending()) return false; /* only SystemExit/KeyboardInterrupt get out of a callback */
    }
    return true;
}

/* run_forever(): iterate until stop(). */
static bool loop_run_forever(Loop *loop) {
    if (loop->closed) {
        raise_error(&type_runtime_error, "Event loop is closed");
        return false;
    }
    if (loop->running) {
        raise_error(&type_runtime_error, "This event loop is already running");
        return false;
    }
    if (loop_running) {
        raise_error(&type_runtime_error, "Cannot run the event loop while another loop is running");
        return false;
    }
    if (!loop_asyncgens_install_hooks(loop)) return false;
    loop->running = true;
    loop_running = loop;
    bool ok = true;
    for (;;) {
        if (!loop_run_once(loop)) {
            ok = false;
            break;
        }
        if (loop->stopping) break;
    }
    loop->stopping = false;
    loop->running = false;
    loop_running = NULL;
    loop_asyncgens_restore_hooks(loop);
    return ok;
}

/* ---- handles -------------------------------------------------------------------- */

/* "cb(1, 2) at file.py:3": how CPython names a callback in reports. */
static void format_callback(StrBuilder *sb, Value callback, Tuple *args) {
    Value name = obj_lookup_attr(callback, str_intern("__qualname__"));
    if (is_null(name)) {
        error_clear();
        Value text = obj_repr(callback);
        if (is_null(text)) error_clear();
        else sb_append_str(sb, as_str(text));
    } else if (is_str(name)) {
        sb_append_str(sb, as_str(name));
    }
    sb_append_char(sb, '(');
    for (int64_t i = 0; args && i < args->length; i++) {
        Value text = obj_repr(args->items[i]);
        if (is_null(text)) {
            error_clear();
            continue;
        }
        if (i) sb_append_cstr(sb, ", ");
        sb_append_str(sb, as_str(text));
    }
    sb_append_char(sb, ')');
    if (is_function(callback)) {
        Code *code = as_function(callback)->code;
        sb_appendf(sb, " at %s:%d", str_cstr(code->filename), code->first_line);
    }
}

Str *loop_format_callback(Value callback, Tuple *args);
Str *loop_format_callback(Value callback, Tuple *args) {
    StrBuilder sb;
    sb_init(&sb);
    format_callback(&sb, callback, args);
    return sb_finish(&sb);
}

static void run_handle(Handle *handle) {
    if (handle->cancelled) return;
    Value self = value_object(handle);
    gc_push_root(self);
    if (vm.trace) {
        Str *text = loop_format_callback(handle->callback, handle->args);
        loop_trace("callback %s", str_cstr(text));
    }
    Value result = obj_call(handle->callback, handle->args->items, (int)handle->args->length, NULL);
    if (is_null(result)) {
        Value exception = error_fetch();
        if (value_is_instance(exception, &type_system_exit) || value_is_instance(exception, &type_keyboard_interrupt)) {
            error_restore(exception);
        } else {
            gc_push_root(exception);
            Str *text = loop_format_callback(handle->callback, handle->args);
            char *message = malloc((size_t)text->byte_length + 32);
            if (message) {
                sprintf(message, "Exception in callback %s", str_cstr(text));
                loop_report_error(handle->loop, message, exception, "handle", self);
                free(message);
            }
            gc_pop_roots(1);
        }
    }
    gc_pop_roots(1);
}

static Value handle_repr(Value self) {
    Handle *handle = (Handle *)self.as.object;
    StrBuilder sb;
    sb_init(&sb);
    sb_appendf(&sb, "<%s", handle->is_timer ? "TimerHandle" : "Handle");
    if (handle->cancelled) sb_append_cstr(&sb, " cancelled");
    if (handle->is_timer) {
        Value when = obj_repr(value_float(handle->when));
        if (!is_null(when)) sb_appendf(&sb, " when=%s", str_cstr(as_str(when)));
    }
    if (!handle->cancelled) {
        sb_append_char(&sb, ' ');
        format_callback(&sb, handle->callback, handle->args);
    }
    sb_append_char(&sb, '>');
    return str_value(sb_finish(&sb));
}

static Value handle_cancel(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("cancel", kwnames) || !args_check_count("cancel", nargs - 1, 0, 0)) return value_null();
    Handle *handle = (Handle *)args[0].as.object;
    if (!handle->cancelled) {
        handle->cancelled = true;
        handle->callback = value_none(); /* drop references, as CPython does */
        handle->args = tuple_empty();
    }
    return value_none();
}

static Value handle_cancelled(Value *args, int nargs, Tuple *kwnames) {
    return value_bool(((Handle *)args[0].as.object)->cancelled);
}

static Value handle_when(Value *args, int nargs, Tuple *kwnames) {
    return value_float(((Handle *)args[0].as.object)->when);
}

static Value handle_get_context(Value *args, int nargs, Tuple *kwnames) { return value_none(); }

static void handle_mark(Object *self) {
    Handle *handle = (Handle *)self;
    gc_mark_value(handle->callback);
    gc_mark_object((Object *)handle->args);
    gc_mark_object((Object *)handle->loop);
}

static const MethodDef handle_methods[] = {
    {"cancel", handle_cancel, METHOD_INSTANCE, NULL},
    {"cancelled", handle_cancelled, METHOD_INSTANCE, NULL},
    {"get_context", handle_get_context, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef timer_handle_methods[] = {
    {"when", handle_when, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_handle = {
    .name = "Handle",
    .module_name = "asyncio.events",
    .instance_size = sizeof(Handle),
    .flags = TYPE_ABSTRACT_NEW,
    .methods = handle_methods,
    .repr = handle_repr,
    .gc_mark = handle_mark,
};

Type type_timer_handle = {
    .name = "TimerHandle",
    .module_name = "asyncio.events",
    .base_type = &type_handle,
    .instance_size = sizeof(Handle),
    .flags = TYPE_ABSTRACT_NEW,
    .methods = timer_handle_methods,
    .repr = handle_repr,
    .gc_mark = handle_mark,
};

static Handle *handle_new(Loop *loop, Value callback, Value *args, int nargs, bool is_timer, double when) {
    if (!obj_is_callable(callback)) {
        raise_error(&type_type_error, "a callable object was expected by %s(), got %s",
                    is_timer ? "call_at" : "call_soon", str_cstr(as_str(obj_repr(callback))));
        return NULL;
    }
    Tuple *tuple = tuple_from_values(args, nargs);
    if (!tuple) return NULL;
    Handle *handle = (Handle *)gc_alloc(is_timer ? &type_timer_handle : &type_handle, sizeof(Handle));
    if (!handle) return NULL;
    handle->callback = callback;
    handle->args = tuple;
    handle->loop = loop;
    handle->is_timer = is_timer;
    handle->when = when;
    return handle;
}

/* ---- reporting errors: the exception handler ------------------------------------
 *
 * What goes wrong where no Python code can catch it — a callback that
 * raises, a task exception nobody retrieved, an async generator that fails
 * to close — becomes a context dict ({'message': ..., 'exception': ...,
 * 'handle': ...}) for the loop's exception handler: the one given to
 * set_exception_handler, called as handler(loop, context), or else the
 * default one, which prints the context on stderr (CPython logs the same
 * text through the logging module). */

/* The keys of [context] other than message and exception, sorted. */
static List *context_keys_to_print(Dict *context) {
    List *keys = list_new(0);
    if (!keys) return NULL;
    int64_t position = 0;
    Value key, value;
    while (dict_next(context, &position, &key, &value)) {
        if (is_str(key) && (str_equal_cstr(as_str(key), "message") || str_equal_cstr(as_str(key), "exception"))) continue;
        if (!list_append(keys, key)) return NULL;
    }
    gc_push_root(value_object(keys));
    bool sorted = list_sort(keys, value_null(), false);
    gc_pop_roots(1);
    return sorted ? keys : NULL;
}

/* "key: repr(value)" for each key to print, one per line. */
static bool append_context_lines(StrBuilder *sb, Dict *context) {
    List *keys = context_keys_to_print(context);
    if (!keys) return false;
    gc_push_root(value_object(keys));
    bool ok = true;
    for (int64_t i = 0; ok && i < keys->length; i++) {
        Value value = dict_get(context, keys->items[i]);
        if (is_null(value)) { /* gone: a repr changed the dict */
            ok = !error_pending();
            continue;
        }
        gc_push_root(value);
        Value key_text = obj_str(keys->items[i]);
        gc_push_root(key_text);
        Value value_text = is_null(key_text) ? key_text : obj_repr(value);
        gc_pop_roots(2);
        if (is_null(value_text)) ok = false;
        else sb_appendf(sb, "\n%s: %s", str_cstr(as_str(key_text)), str_cstr(as_str(value_text)));
    }
    gc_pop_roots(1);
    return ok;
}

/* default_exception_handler(context): the message, one "key: repr(value)"
 * line per other key in sorted order, then the exception's traceback.
 * False with an exception (a repr that fails, keys that cannot be sorted). */
static bool print_context(Dict *context) {
    gc_push_root(value_object(context));
    Value message = dict_get_cstr(context, "message");
    int has_message = is_null(message) ? 0 : obj_truthy(message);
    Value text = has_message > 0 ? obj_str(message) : str_value(str_from_cstr("Unhandled exception in event loop"));
    StrBuilder sb;
    sb_init(&sb);
    bool ok = has_message >= 0 && !is_null(text);
    if (ok) {
        sb_append_str(&sb, as_str(text));
        ok = append_context_lines(&sb, context);
    }
    if (ok) {
        Str *report = sb_finish(&sb);
        fflush(stdout);
        fprintf(stderr, "%s\n", str_cstr(report));
        Value exception = dict_get_cstr(context, "exception");
        if (!is_null(exception) && !is_none(exception)) exc_print(exception);
        fflush(stderr);
    } else {
        sb_free(&sb);
    }
    gc_pop_roots(1);
    return ok;
}

static bool is_exit_request(Value exception) {
    return value_is_instance(exception, &type_system_exit) || value_is_instance(exception, &type_keyboard_interrupt);
}

/* A custom handler raised [error] for [context]: CPython reports that with
 * the default handler, the original context attached. */
static void report_handler_failure(Value error, Dict *context) {
    gc_push_root(error);
    Dict *failure = dict_new();
    if (failure && dict_set_cstr(failure, "message", str_value(str_from_cstr("Unhandled error in exception handler"))) &&
        dict_set_cstr(failure, "exception", error) && dict_set_cstr(failure, "context", value_object(context)))
        print_context(failure);
    error_clear();
    gc_pop_roots(1);
}

/* call_exception_handler(context). False only when the handler raised
 * SystemExit or KeyboardInterrupt, which is left pending: those stop the
 * loop. Anything else a handler raises is reported and forgotten. */
static bool call_exception_handler(Loop *loop, Dict *context) {
    Value handler = loop->exception_handler;
    if (is_none(handler)) {
        if (!print_context(context)) error_clear(); /* CPython: "Exception in default exception handler" */
        return true;
    }
    gc_push_root(handler);
    gc_push_root(value_object(context));
    Value arguments[2] = {value_object(loop), value_object(context)};
    Value result = obj_call(handler, arguments, 2, NULL);
    bool ok = true;
    if (is_null(result)) {
        Value error = error_fetch();
        if (is_exit_request(error)) {
            error_restore(error);
            ok = false;
        } else {
            report_handler_failure(error, context);
        }
    }
    gc_pop_roots(2);
    return ok;
}

void loop_report_error(Loop *loop, const char *message, Value exception, const char *subject_key, Value subject) {
    Value pending = error_fetch();
    gc_push_root(pending);
    gc_push_root(exception);
    gc_push_root(subject);
    Dict *context = dict_new();
    bool built = context && dict_set_cstr(context, "message", str_value(str_from_cstr(message)));
    if (built && !is_null(exception)) built = dict_set_cstr(context, "exception", exception);
    if (built && subject_key && !is_null(subject)) built = dict_set_cstr(context, subject_key, subject);
    /* reporting must not raise: an exit request from a custom handler is dropped here */
    if (!built || !call_exception_handler(loop, context)) error_clear();
    gc_pop_roots(3);
    if (!is_null(pending)) error_restore(pending);
}

/* ---- --trace ---------------------------------------------------------------------- */

static double trace_origin = -1;

double loop_trace_clock(void) { return trace_origin < 0 ? 0 : loop_time() - trace_origin; }

void loop_trace(const char *format, ...) {
    if (!vm.trace) return;
    if (trace_origin < 0) trace_origin = loop_time();
    fflush(stdout);
    fprintf(stderr, "[t=%.3f] ", loop_time() - trace_origin);
    va_list args;
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
    fputc('\n', stderr);
    fflush(stderr);
}

/* ---- the Loop object ------------------------------------------------------------ */

Loop *loop_new(void) {
    Loop *loop = (Loop *)gc_alloc(&type_loop, sizeof(Loop));
    if (!loop) return NULL;
    loop->start_time = loop_time();
    loop->exception_handler = value_none();
    if (vm.trace && trace_origin < 0) trace_origin = loop->start_time;
    return loop;
}

static Loop *as_loop(Value v) { return (Loop *)v.as.object; }

static Value loop_repr(Value self) {
    Loop *loop = as_loop(self);
    return str_value(str_from_format("<%s running=%s closed=%s debug=%s>", value_type(self)->name,
                                     loop->running ? "True" : "False", loop->closed ? "True" : "False",
                                     loop->debug ? "True" : "False"));
}

static bool check_open(Loop *loop) {
    if (!loop->closed) return true;
    raise_error(&type_runtime_error, "Event loop is closed");
    return false;
}

Handle *loop_call_soon(Loop *loop, Value callback, Value *args, int nargs) {
    if (!check_open(loop)) return NULL;
    Handle *handle = handle_new(loop, callback, args, nargs, false, 0);
    if (!handle || !loop_schedule(loop, READY_HANDLE, (Object *)handle, NULL)) return NULL;
    return handle;
}

/* call_soon(callback, *args, context=None); also call_soon_threadsafe, the
 * same thing here: pyco has one thread, so no loop needs waking. */
static Value loop_call_soon_method(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"context", NULL};
    if (!args_only_keywords("call_soon", kwnames, allowed)) return value_null();
    if (nargs < 2) return raise_error(&type_type_error, "call_soon() missing 1 required positional argument: 'callback'");
    Handle *handle = loop_call_soon(as_loop(args[0]), args[1], args + 2, nargs - 2);
    return handle ? value_object(handle) : value_null();
}

static Value call_at(Loop *loop, double when, Value *args, int nargs) {
    if (!check_open(loop)) return value_null();
    Handle *handle = handle_new(loop, args[0], args + 1, nargs - 1, true, when);
    if (!handle || !loop_add_timer(loop, when, (Object *)handle)) return value_null();
    return value_object(handle);
}

static bool time_argument(Value v, double *out) {
    if (!is_int_like(v) && !is_float(v)) {
        raise_error(&type_type_error, "'<' not supported between instances of '%s' and 'float'", value_type_name(v));
        return false;
    }
    return value_to_double(v, out);
}

static Value loop_call_later_method(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"context", NULL};
    if (!args_only_keywords("call_later", kwnames, allowed)) return value_null();
    if (nargs < 3) return raise_error(&type_type_error, "call_later() missing required arguments: 'delay' and 'callback'");
    double delay;
    if (!time_argument(args[1], &delay)) return value_null();
    return call_at(as_loop(args[0]), loop_time() + delay, args + 2, nargs - 2);
}

static Value loop_call_at_method(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"context", NULL};
    if (!args_only_keywords("call_at", kwnames, allowed)) return value_null();
    if (nargs < 3) return raise_error(&type_type_error, "call_at() missing required arguments: 'when' and 'callback'");
    double when;
    if (!time_argument(args[1], &when)) return value_null();
    return call_at(as_loop(args[0]), when, args + 2, nargs - 2);
}

static Value loop_time_method(Value *args, int nargs, Tuple *kwnames) { return value_float(loop_time()); }

static Value loop_run_forever_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("run_forever", nargs - 1, 0, 0)) return value_null();
    return loop_run_forever(as_loop(args[0])) ? value_none() : value_null();
}

static MethodDef run_until_complete_cb_def;

/* The done callback run_until_complete adds: stop the loop (one iteration
 * after the future finishes, as in CPython). */
static Value run_until_complete_cb(Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 1 || !is_future(args[0])) return value_none();
    Future *future = as_future(args[0]);
    if (future->state == FUTURE_FINISHED && (future->flags & FUTURE_HAS_EXCEPTION) &&
        (value_is_instance(future->result, &type_system_exit) || value_is_instance(future->result, &type_keyboard_interrupt)))
        return value_none();
    future->loop->stopping = true;
    return value_none();
}

static MethodDef run_until_complete_cb_def = {"_run_until_complete_cb", run_until_complete_cb, METHOD_STATIC, NULL};


Value loop_run_until_complete(Loop *loop, Value awaitable) {
    if (!check_open(loop)) return value_null();
    if (loop->running) return raise_error(&type_runtime_error, "This event loop is already running");
    if (loop_running) return raise_error(&type_runtime_error, "Cannot run the event loop while another loop is running");
    bool new_task = !future_is_futurelike(awaitable);
    Value future = future_ensure(awaitable, loop);
    if (is_null(future)) return future;
    if (!is_future(future)) return raise_error(&type_type_error, "run_until_complete() needs a C future");
    gc_push_root(future);
    Future *fut = as_future(future);
    if (!future_add_callback(fut, run_until_complete_cb_object.as.object)) {
        gc_pop_roots(1);
        return value_null();
    }
    bool ok = loop_run_forever(loop);
    future_discard_callback(fut, run_until_complete_cb_object.as.object);
    gc_pop_roots(1);
    if (!ok) {
        if (new_task && fut->state == FUTURE_FINISHED) fut->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
        return value_null();
    }
    if (fut->state == FUTURE_PENDING) return raise_error(&type_runtime_error, "Event loop stopped before Future completed.");
    return future_result(fut);
}

static Value loop_run_until_complete_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("run_until_complete", kwnames) || !args_check_count("run_until_complete", nargs - 1, 1, 1))
        return value_null();
    return loop_run_until_complete(as_loop(args[0]), args[1]);
}

static Value loop_stop_method(Value *args, int nargs, Tuple *kwnames) {
    as_loop(args[0])->stopping = true;
    return value_none();
}

/* close(): forget every callback and timer; the loop cannot run again. */
static Value loop_close_method(Value *args, int nargs, Tuple *kwnames) {
    Loop *loop = as_loop(args[0]);
    if (loop->running) return raise_error(&type_runtime_error, "Cannot close a running event loop");
    if (loop->closed) return value_none();
    loop->closed = true;
    loop->ready_count = loop->ready_head = 0;
    loop->timer_count = 0;
    task_loop_closed(loop);
    return value_none();
}

static Value loop_is_running_method(Value *args, int nargs, Tuple *kwnames) { return value_bool(as_loop(args[0])->running); }
static Value loop_is_closed_method(Value *args, int nargs, Tuple *kwnames) { return value_bool(as_loop(args[0])->closed); }
static Value loop_get_debug_method(Value *args, int nargs, Tuple *kwnames) { return value_bool(as_loop(args[0])->debug); }

static Value loop_set_debug_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("set_debug", nargs - 1, 1, 1)) return value_null();
    int truth = obj_truthy(args[1]);
    if (truth < 0) return value_null();
    as_loop(args[0])->debug = truth;
    return value_none();
}

static Value loop_create_future_method(Value *args, int nargs, Tuple *kwnames) {
    Future *future = future_new(&type_future, sizeof(Future), as_loop(args[0]));
    return future ? value_object(future) : value_null();
}

static Value loop_create_task_method(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"name", "context", NULL};
    if (!args_only_keywords("create_task", kwnames, allowed)) return value_null();
    int positional = nargs;
    if (positional != 2) return raise_error(&type_type_error, "create_task() missing 1 required positional argument: 'coro'");
    Loop *loop = as_loop(args[0]);
    if (!check_open(loop)) return value_null();
    Value name = args_keyword(args, positional, kwnames, "name");
    return task_create(&type_task, args[1], loop, is_null(name) ? value_none() : name);
}

static Dict *context_argument(const char *method, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords(method, kwnames) || !args_check_count(method, nargs - 1, 1, 1)) return NULL;
    if (!is_dict(args[1])) {
        raise_error(&type_type_error, "context must be a dict");
        return NULL;
    }
    return as_dict(args[1]);
}

static Value loop_call_exception_handler_method(Value *args, int nargs, Tuple *kwnames) {
    Dict *context = context_argument("call_exception_handler", args, nargs, kwnames);
    if (!context) return value_null();
    return call_exception_handler(as_loop(args[0]), context) ? value_none() : value_null();
}

static Value loop_default_exception_handler_method(Value *args, int nargs, Tuple *kwnames) {
    Dict *context = context_argument("default_exception_handler", args, nargs, kwnames);
    if (!context) return value_null();
    return print_context(context) ? value_none() : value_null();
}

static Value loop_set_exception_handler_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("set_exception_handler", kwnames) || !args_check_count("set_exception_handler", nargs - 1, 1, 1))
        return value_null();
    Value handler = args[1];
    if (!is_none(handler) && !obj_is_callable(handler)) {
        Value text = obj_repr(handler);
        if (is_null(text)) return text;
        return raise_error(&type_type_error, "A callable object or None is expected, got %s", str_cstr(as_str(text)));
    }
    as_loop(args[0])->exception_handler = handler;
    return value_none();
}

static Value loop_get_exception_handler_method(Value *args, int nargs, Tuple *kwnames) {
    return as_loop(args[0])->exception_handler;
}

/* A sleep(0) that is already past its yield: awaiting it finishes at once. */
Value loop_done_awaitable(void) {
    Value done = sleep_new(NAN, value_none()); /* NaN: --trace does not show it */
    if (!is_null(done)) as_future(done)->flags |= SLEEP_STARTED;
    return done;
}

/* shutdown_default_executor(): pyco has no executors, nothing to wait for. */
static Value loop_shutdown_default_executor_method(Value *args, int nargs, Tuple *kwnames) {
    return loop_done_awaitable();
}

static void loop_mark(Object *self) {
    Loop *loop = (Loop *)self;
    for (int64_t i = 0; i < loop->ready_count; i++) {
        ReadyEntry *entry = &loop->ready[(loop->ready_head + i) % loop->ready_capacity];
        gc_mark_object(entry->target);
        gc_mark_object(ready_argument(*entry));
    }
    for (int64_t i = 0; i < loop->timer_count; i++) gc_mark_object(loop->timers[i].target);
    gc_mark_value(loop->exception_handler);
    loop_asyncgens_mark(loop);
}

static void loop_free(Object *self) {
    Loop *loop = (Loop *)self;
    gc_free_buffer(loop->ready, sizeof(ReadyEntry) * (size_t)loop->ready_capacity);
    gc_free_buffer(loop->timers, sizeof(TimerEntry) * (size_t)loop->timer_capacity);
    loop_asyncgens_free(loop);
}

static Value loop_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    Loop *loop = loop_new();
    if (loop && cls != &type_loop) loop->base.type = cls;
    return loop ? value_object(loop) : value_null();
}

static const MethodDef loop_methods[] = {
    {"call_soon", loop_call_soon_method, METHOD_INSTANCE, NULL},
    {"call_soon_threadsafe", loop_call_soon_method, METHOD_INSTANCE, NULL},
    {"call_later", loop_call_later_method, METHOD_INSTANCE, NULL},
    {"call_at", loop_call_at_method, METHOD_INSTANCE, NULL},
    {"time", loop_time_method, METHOD_INSTANCE, NULL},
    {"run_forever", loop_run_forever_method, METHOD_INSTANCE, NULL},
    {"run_until_complete", loop_run_until_complete_method, METHOD_INSTANCE, NULL},
    {"stop", loop_stop_method, METHOD_INSTANCE, NULL},
    {"close", loop_close_method, METHOD_INSTANCE, NULL},
    {"is_running", loop_is_running_method, METHOD_INSTANCE, NULL},
    {"is_closed", loop_is_closed_method, METHOD_INSTANCE, NULL},
    {"get_debug", loop_get_debug_method, METHOD_INSTANCE, NULL},
    {"set_debug", loop_set_debug_method, METHOD_INSTANCE, NULL},
    {"create_future", loop_create_future_method, METHOD_INSTANCE, NULL},
    {"create_task", loop_create_task_method, METHOD_INSTANCE, NULL},
    {"call_exception_handler", loop_call_exception_handler_method, METHOD_INSTANCE, NULL},
    {"default_exception_handler", loop_default_exception_handler_method, METHOD_INSTANCE, NULL},
    {"set_exception_handler", loop_set_exception_handler_method, METHOD_INSTANCE, NULL},
    {"get_exception_handler", loop_get_exception_handler_method, METHOD_INSTANCE, NULL},
    {"shutdown_asyncgens", loop_asyncgens_shutdown_method, METHOD_INSTANCE, NULL},
    {"shutdown_default_executor", loop_shutdown_default_executor_method, METHOD_INSTANCE, NULL},
    {"_asyncgen_firstiter_hook", loop_asyncgens_firstiter_method, METHOD_INSTANCE, NULL},
    {"_asyncgen_finalizer_hook", loop_asyncgens_finalizer_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_loop = {
    .name = "_UnixSelectorEventLoop",
    .module_name = "asyncio.unix_events",
    .instance_size = sizeof(Loop),
    .flags = TYPE_BASETYPE,
    .new = loop_new_slot,
    .methods = loop_methods,
    .repr = loop_repr,
    .gc_mark = loop_mark,
    .gc_free = loop_free,
};

/* The running loop is a root: its queues hold every task that can still run. */
static void loop_mark_running(void) { gc_mark_object((Object *)loop_running); }

void loop_types_init(void) {
    type_ready(&type_loop);
    type_ready(&type_handle);
    type_ready(&type_timer_handle);
    run_until_complete_cb_object = native_function_new(&run_until_complete_cb_def, value_null());
    gc_add_global_root(&run_until_complete_cb_object);
    gc_add_root_marker(loop_mark_running);
}
