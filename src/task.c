/* task.c — asyncio.Task: a Future that drives a coroutine, one step at a time.
 *
 * A *step* resumes the coroutine once (CPython's Task.__step,
 * Modules/_asynciomodule.c task_step_impl):
 *
 *   send(None), or throw(exc) when the step carries an exception
 *     |
 *     +-- the coroutine returned v        -> the task is FINISHED with v
 *     +-- it raised CancelledError        -> the task is CANCELLED
 *     +-- it raised anything else         -> FINISHED with that exception
 *     +-- it yielded a future (through    -> the task waits: its "wake me"
 *     |   every `await` of the chain)        callback goes on that future
 *     +-- it yielded None (sleep(0))      -> step again next iteration
 *     +-- it yielded anything else        -> step again, throwing
 *                                            RuntimeError("Task got bad yield")
 *
 * When the awaited future completes, the loop runs the task's *wakeup*,
 * which simply steps again — with the future's exception if it failed. The
 * coroutine reads the result itself when its `await` resumes.
 *
 * cancel() cannot stop a coroutine from outside: it cancels the future the
 * task waits for, so the wakeup throws CancelledError into the coroutine at
 * the `await` where it sleeps — `try/finally` and `except CancelledError`
 * there see it. A task that is not waiting (not started, or scheduled by
 * sleep(0)) remembers the request in TASK_MUST_CANCEL for its next step.
 *
 * Pending tasks sit in a registry (all_tasks(), and a GC root: a task that
 * waits for a timer is reachable only through the loop otherwise).
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
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

Task *task_current = NULL;
static uint64_t task_counter = 0;

void task_skip_number(void) { task_counter++; }

/* ---- the registry of pending tasks ---------------------------------------------- */

static Task **registry = NULL;
static int32_t registry_count = 0, registry_capacity = 0;

static bool registry_add(Task *task) {
    if (registry_count == registry_capacity) {
        int32_t capacity = registry_capacity ? registry_capacity * 2 : 64;
        Task **grown = realloc(registry, sizeof(Task *) * (size_t)capacity);
        if (!grown) {
            raise_memory_error();
            return false;
        }
        registry = grown;
        registry_capacity = capacity;
    }
    task->registry_index = registry_count;
    registry[registry_count++] = task;
    return true;
}

static void registry_remove(Task *task) {
    int32_t index = task->registry_index;
    if (index < 0) return;
    Task *last = registry[--registry_count];
    registry[index] = last;
    last->registry_index = index;
    task->registry_index = -1;
}

static void registry_mark(void) {
    for (int32_t i = 0; i < registry_count; i++) gc_mark_object((Object *)registry[i]);
    gc_mark_object((Object *)task_current);
}

/* Failed futures nobody has asked about yet (reported at loop close). */
static List *unretrieved = NULL;

bool task_note_unretrieved(Future *future) {
    if (!unretrieved) {
        unretrieved = list_new(4);
        if (!unretrieved) return false;
        gc_add_global_object_root((Object **)&unretrieved);
    }
    return list_append(unretrieved, value_object(future));
}

void task_loop_closed(Loop *loop) {
    for (int32_t i = registry_count - 1; i >= 0; i--)
        if (registry[i]->future.loop == loop) registry_remove(registry[i]);
    if (!unretrieved) return;
    List *failed = unretrieved;
    gc_push_root(value_object(failed));
    unretrieved = list_new(4);
    for (int64_t i = 0; i < failed->length; i++) {
        Future *future = as_future(failed->items[i]);
        if (future->loop == loop) future_report_unretrieved(future);
        else if (unretrieved) list_append(unretrieved, failed->items[i]);
    }
    gc_pop_roots(1);
}

Value task_all_pending(Loop *loop) {
    Set *set = set_new(&type_set);
    if (!set) return value_null();
    for (int32_t i = 0; i < registry_count; i++)
        if (registry[i]->future.loop == loop && !set_add(set, value_object(registry[i]))) return value_null();
    return value_object(set);
}

/* Creation order (Task-N's N): CPython's set of tasks iterates by address,
 * which is creation order on a fresh heap; pyco's pools reuse freed slots,
 * so the number, not the address, keeps that order. */
static int compare_creation(const void *a, const void *b) {
    uint32_t x = (*(Task *const *)a)->future.extra, y = (*(Task *const *)b)->future.extra;
    return x < y ? -1 : x > y;
}

Value task_pending_list(Loop *loop) {
    List *list = list_new(registry_count);
    if (!list) return value_null();
    Task **tasks = malloc(sizeof(Task *) * (size_t)(registry_count + 1));
    if (!tasks) return raise_memory_error();
    int32_t count = 0;
    for (int32_t i = 0; i < registry_count; i++)
        if (registry[i]->future.loop == loop) tasks[count++] = registry[i];
    qsort(tasks, (size_t)count, sizeof(Task *), compare_creation);
    for (int32_t i = 0; i < count; i++) list->items[list->length++] = value_object(tasks[i]);
    free(tasks);
    return value_object(list);
}

/* ---- names and reprs -------------------------------------------------------------- */

Str *task_name(Task *task) {
    if (!task->name) task->name = str_from_format("Task-%u", task->future.extra);
    return task->name;
}

/* "main()" — the coroutine's __qualname__ with parentheses. */
static void append_coro_name(StrBuilder *sb, Object *coro) {
    if (coro->type == &type_coroutine || coro->type == &type_generator) {
        sb_appendf(sb, "%s()", str_cstr(((Generator *)coro)->qualname));
        return;
    }
    Value name = obj_lookup_attr(value_object(coro), str_intern("__qualname__"));
    if (is_null(name) || !is_str(name)) {
        error_clear();
        sb_appendf(sb, "<%s without __name__>()", coro->type->name);
        return;
    }
    sb_appendf(sb, "%s()", str_cstr(as_str(name)));
}

/* CPython's coroutines._format_coroutine: "f() running at x.py:4" or
 * "f() done, defined at x.py:3". */
static void append_coro(StrBuilder *sb, Object *coro) {
    append_coro_name(sb, coro);
    if (coro->type != &type_coroutine && coro->type != &type_generator) return;
    Generator *gen = (Generator *)coro;
    const char *file = str_cstr(gen->frame.code->filename);
    if (gen->state == GEN_FINISHED) sb_appendf(sb, " done, defined at %s:%d", file, gen->frame.code->first_line);
    else if (gen->state == GEN_CREATED) sb_appendf(sb, " running at %s:%d", file, gen->frame.code->first_line);
    else sb_appendf(sb, " running at %s:%d", file, frame_line(&gen->frame));
}

static Value task_repr(Value self) {
    Task *task = (Task *)self.as.object;
    Future *future = &task->future;
    static const char *states[] = {"pending", "cancelled", "finished"};
    StrBuilder sb;
    sb_init(&sb);
    const char *state = future->state == FUTURE_PENDING && task->cancel_requests > 0 ? "cancelling" : states[future->state];
    Str *name = task_name(task);
    Value name_repr = value_object(str_repr(name));
    sb_appendf(&sb, "<%s %s name=%s coro=<", value_type(self)->name, state, str_cstr(as_str(name_repr)));
    append_coro(&sb, task->coro);
    sb_append_char(&sb, '>');
    if (task->waiting_on) {
        if (task->waiting_on->type == &type_sleep) {
            /* CPython's sleep waits on a plain Future */
            sb_append_cstr(&sb, " wait_for=<Future pending");
            future_repr_info((Future *)task->waiting_on, &sb);
            sb_append_char(&sb, '>');
        } else {
            Value text = obj_repr(value_object(task->waiting_on));
            if (is_null(text)) error_clear();
            else sb_appendf(&sb, " wait_for=%s", str_cstr(as_str(text)));
        }
    }
    future_repr_info(future, &sb);
    sb_append_char(&sb, '>');
    return str_value(sb_finish(&sb));
}

/* Whether --trace shows [task]: not the loop's own shutdown steps. */
static bool traced(Task *task) {
    if (!vm.trace) return false;
    return task->coro->type != &type_sleep || !isnan(((Sleep *)task->coro)->delay);
}

/* "Task-2 worker_1()" for --trace. */
static const char *trace_name(Task *task, char *buffer, size_t size) {
    StrBuilder sb;
    sb_init(&sb);
    sb_append_str(&sb, task_name(task));
    sb_append_char(&sb, ' ');
    append_coro_name(&sb, task->coro);
    Str *text = sb_finish(&sb);
    snprintf(buffer, size, "%s", text ? str_cstr(text) : "?");
    return buffer;
}

static void trace_value(const char *what, Task *task, Value value) {
    char name[160];
    Value text = obj_repr(value);
    if (is_null(text)) error_clear();
    loop_trace("%s %s %s", trace_name(task, name, sizeof name), what, is_null(text) ? "?" : str_cstr(as_str(text)));
}

/* What a task now waits for, in words: "sleep(1) until t=1.000", "Task-3 f()",
 * "a Queue.get", "a future". */
static void trace_suspend(Task *task, Object *awaited) {
    char name[160], other[160];
    trace_name(task, name, sizeof name);
    if (awaited->type == &type_sleep) {
        Sleep *sleep = (Sleep *)awaited;
        loop_trace("%s suspends on sleep(%g) until t=%.3f", name, sleep->delay, loop_trace_clock() + sleep->delay);
    } else if (type_is_subtype(awaited->type, &type_task)) {
        loop_trace("%s suspends, awaiting %s", name, trace_name((Task *)awaited, other, sizeof other));
    } else if (awaited->type == &type_gathering) {
        loop_trace("%s suspends on gather() of %lld", name, (long long)((Gathering *)awaited)->child_count);
    } else if (((Future *)awaited)->flags & (FUTURE_QUEUE_GET | FUTURE_QUEUE_PUT | FUTURE_QUEUE_JOIN)) {
        uint16_t flags = ((Future *)awaited)->flags;
        loop_trace("%s suspends on Queue.%s", name,
                   flags & FUTURE_QUEUE_GET ? "get() (the queue is empty)"
                   : flags & FUTURE_QUEUE_PUT ? "put() (the queue is full)" : "join()");
    } else {
        loop_trace("%s suspends on a future", name);
    }
}

/* ---- creating a task -------------------------------------------------------------- */

bool task_is_coroutine(Value v) {
    /* Python 3.11 still accepts any generator (3.4-style coroutines) */
    if (is_gen_like(v) || is_object_of(v, &type_sleep) || is_object_of(v, &type_queue_op)) return true;
    if (!is_object(v)) return false;
    /* collections.abc.Coroutine: send, throw, close and __await__ */
    static const char *const needed[] = {"send", "throw", "close", "__await__"};
    for (int i = 0; i < 4; i++)
        if (is_null(type_lookup_cstr(value_type(v), needed[i]))) return false;
    return true;
}

Value task_new(Type *type, Value coro, Loop *loop, Value name) {
    size_t size = type->instance_size > sizeof(Task) ? type->instance_size : sizeof(Task);
    Task *task = (Task *)future_new(type, size, loop);
    if (!task) return value_null();
    task->coro = coro.as.object;
    task->registry_index = -1;
    if (is_none(name) || is_null(name)) {
        task->future.extra = (uint32_t)++task_counter;
    } else {
        Value text = is_str(name) ? name : obj_str(name);
        if (is_null(text)) return text;
        task->name = as_str(text);
    }
    if (!registry_add(task)) return value_null();
    if (!loop_schedule(loop, READY_TASK_STEP, (Object *)task, NULL)) return value_null();
    if (traced(task)) {
        char buffer[160];
        loop_trace("%s created", trace_name(task, buffer, sizeof buffer));
    }
    return value_object(task);
}

Value task_create(Type *type, Value coro, Loop *loop, Value name) {
    if (!task_is_coroutine(coro)) {
        Value text = obj_repr(coro);
        if (is_null(text)) return text;
        return raise_error(&type_type_error, "a coroutine was expected, got %s", str_cstr(as_str(text)));
    }
    return task_new(type, coro, loop, name);
}

/* ---- the step ---------------------------------------------------------------------- */

/* Resume [coro] once, whatever kind of coroutine it is. */
static GenResult resume_coro(Object *coro, Value thrown, Value *out) {
    if (coro->type == &type_coroutine || coro->type == &type_generator)
        return gen_resume((Generator *)coro, value_none(), thrown, out);
    Value self = value_object(coro);
    Value result;
    if (is_null(thrown) && coro->type->next && !(coro->type->flags & TYPE_HEAPTYPE)) {
        result = coro->type->next(self);
        if (is_null(result) && !error_pending()) {
            *out = value_none();
            return GEN_RETURNED;
        }
    } else if (is_null(thrown)) {
        Value none = value_none();
        result = obj_call_method(self, "send", &none, 1);
    } else {
        result = obj_call_method(self, "throw", &thrown, 1);
    }
    if (!is_null(result)) {
        *out = result;
        return GEN_YIELDED;
    }
    if (error_matches(&type_stop_iteration)) {
        *out = exc_stop_iteration_value(error_fetch());
        return GEN_RETURNED;
    }
    return GEN_RAISED;
}

static void schedule_step_with(Task *task, Value error) {
    if (is_null(error)) {
        error = error_fetch();
        if (is_null(error)) return;
    }
    loop_schedule(task->future.loop, READY_TASK_STEP, (Object *)task, error.as.object);
}

/* Step again, throwing RuntimeError(format % (task, yielded)) into the
 * coroutine; without [with_task] the format names only the yielded value. */
static void bad_yield(Task *task, const char *format, Value yielded, bool with_task) {
    Value task_text = obj_repr(value_object(task));
    Value yield_text = is_null(task_text) ? task_text : obj_repr(yielded);
    if (is_null(yield_text)) {
        schedule_step_with(task, value_null());
        return;
    }
    if (with_task) raise_error(&type_runtime_error, format, str_cstr(as_str(task_text)), str_cstr(as_str(yield_text)));
    else raise_error(&type_runtime_error, format, str_cstr(as_str(yield_text)));
    schedule_step_with(task, value_null());
}

/* Cancel what the task awaits, by its own rules (a task cancels its
 * coroutine, a gather its children). */
static int cancel_awaited(Object *awaited, Value message) {
    if (type_is_subtype(awaited->type, &type_task)) return task_cancel((Task *)awaited, message);
    if (awaited->type == &type_future || awaited->type == &type_sleep) {
        bool done = ((Future *)awaited)->state != FUTURE_PENDING;
        if (done) return 0;
        return future_cancel((Future *)awaited, message) ? 1 : -1;
    }
    Value result = obj_call_method(value_object(awaited), "cancel", &message, 1);
    if (is_null(result)) return -1;
    return obj_truthy(result);
}

/* The coroutine yielded a C future: wait for it. */
static void wait_for_future(Task *task, Future *awaited) {
    if (awaited->loop != task->future.loop) {
        Value task_text = obj_repr(value_object(task)), fut_text = obj_repr(value_object(awaited));
        if (!is_null(task_text) && !is_null(fut_text))
            raise_error(&type_runtime_error, "Task %s got Future %s attached to a different loop",
                        str_cstr(as_str(task_text)), str_cstr(as_str(fut_text)));
        schedule_step_with(task, value_null());
        return;
    }
    if (!(awaited->flags & FUTURE_BLOCKING)) {
        bad_yield(task, "yield was used instead of yield from in task %s with %s", value_object(awaited), true);
        return;
    }
    if (awaited == &task->future) {
        Value text = obj_repr(value_object(task));
        if (!is_null(text)) raise_error(&type_runtime_error, "Task cannot await on itself: %s", str_cstr(as_str(text)));
        schedule_step_with(task, value_null());
        return;
    }
    awaited->flags &= (uint16_t)~FUTURE_BLOCKING;
    if (!future_add_callback(awaited, (Object *)task)) return;
    task->waiting_on = (Object *)awaited;
    if (traced(task)) trace_suspend(task, (Object *)awaited);
    if (task->future.flags & TASK_MUST_CANCEL) {
        int cancelled = cancel_awaited((Object *)awaited, task->future.result);
        if (cancelled > 0) task->future.flags &= (uint16_t)~TASK_MUST_CANCEL;
        if (cancelled < 0) schedule_step_with(task, value_null());
    }
}

static Value task_wakeup_native(Value *args, int nargs, Tuple *kwnames);
static const MethodDef task_wakeup_def = {"task_wakeup", task_wakeup_native, METHOD_INSTANCE, NULL};

/* The coroutine yielded something else: a Python-level future-like object
 * (with _asyncio_future_blocking), None, or a bad value. */
static void handle_other_yield(Task *task, Value yielded) {
    if (is_none(yielded)) {
        if (traced(task)) {
            char name[160];
            loop_trace("%s yields (sleep(0)): back to the end of the ready queue", trace_name(task, name, sizeof name));
        }
        loop_schedule(task->future.loop, READY_TASK_STEP, (Object *)task, NULL);
        return;
    }
    Value blocking = is_object(yielded) ? obj_lookup_attr(yielded, str_intern("_asyncio_future_blocking")) : value_null();
    if (is_null(blocking)) error_clear();
    if (!is_null(blocking) && !is_none(blocking)) {
        int truth = obj_truthy(blocking);
        if (truth <= 0) {
            if (truth == 0) bad_yield(task, "yield was used instead of yield from in task %s with %s", yielded, true);
            else schedule_step_with(task, value_null());
            return;
        }
        Value no = value_bool(false);
        Value wakeup = native_method_bind(&task_wakeup_def, value_object(task), &type_task);
        gc_push_root(yielded);
        gc_push_root(wakeup);
        bool ok = obj_setattr(yielded, str_intern("_asyncio_future_blocking"), no) &&
                  !is_null(obj_call_method(yielded, "add_done_callback", &wakeup, 1));
        gc_pop_roots(2);
        if (!ok) {
            schedule_step_with(task, value_null());
            return;
        }
        task->waiting_on = yielded.as.object;
        if (traced(task)) trace_suspend(task, yielded.as.object);
        if ((task->future.flags & TASK_MUST_CANCEL) && cancel_awaited(yielded.as.object, task->future.result) > 0)
            task->future.flags &= (uint16_t)~TASK_MUST_CANCEL;
        return;
    }
    if (is_generator(yielded))
        bad_yield(task, "yield was used instead of yield from for generator in task %s with %s", yielded, true);
    else
        bad_yield(task, "Task got bad yield: %s", yielded, false);
}

/* The coroutine finished (returned, raised, or was cancelled). */
static void task_finished(Task *task, GenResult result, Value value) {
    Future *future = &task->future;
    registry_remove(task);
    char name[160];
    if (result == GEN_RETURNED) {
        if (future->flags & TASK_MUST_CANCEL) {
            future->flags &= (uint16_t)~TASK_MUST_CANCEL;
            future_cancel(future, future->result);
            if (traced(task)) loop_trace("%s cancelled", trace_name(task, name, sizeof name));
            return;
        }
        if (traced(task)) trace_value("finishes, result", task, value);
        future_set_result(future, value);
        return;
    }
    Value exception = error_fetch();
    if (value_is_instance(exception, asyncio_cancelled_error)) {
        future_cancel(future, value_none());
        future->result = exception; /* re-raised by result() and by whoever awaits the task */
        future->flags |= FUTURE_CANCELLED_EXC;
        if (traced(task)) loop_trace("%s cancelled", trace_name(task, name, sizeof name));
        return;
    }
    if (traced(task)) trace_value("raises", task, exception);
    gc_push_root(exception);
    future_set_exception(future, exception);
    gc_pop_roots(1);
    if (value_is_instance(exception, &type_system_exit) || value_is_instance(exception, &type_keyboard_interrupt)) {
        future->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
        error_restore(exception); /* these stop the loop */
    }
}

static void task_step_traced(Task *task, Value thrown, bool woken);

void task_step(Task *task, Value thrown) { task_step_traced(task, thrown, false); }

/* [woken]: the wakeup already said why the task runs (--trace). */
static void task_step_traced(Task *task, Value thrown, bool woken) {
    Future *future = &task->future;
    if (future->state != FUTURE_PENDING) return; /* e.g. a step queued before the loop closed */
    if (future->flags & TASK_MUST_CANCEL) {
        if (is_null(thrown) || !value_is_instance(thrown, asyncio_cancelled_error)) {
            thrown = future_make_cancelled_error(future);
            if (is_null(thrown)) return;
        }
        future->flags &= (uint16_t)~TASK_MUST_CANCEL;
    }
    task->waiting_on = NULL;
    if (task_current) {
        /* a task stepped from inside another (loop.run_until_complete nested) */
        raise_error(&type_runtime_error, "Cannot enter into task while another task is being executed.");
        return;
    }
    Value self = value_object(task);
    gc_push_root(self);
    if (traced(task) && !woken) {
        char name[160];
        Generator *gen = task->coro->type == &type_coroutine ? (Generator *)task->coro : NULL;
        const char *verb = gen && gen->state == GEN_CREATED ? "starts" : "resumes";
        if (is_null(thrown)) loop_trace("%s %s", trace_name(task, name, sizeof name), verb);
        else trace_value(gen && gen->state == GEN_CREATED ? "starts, throwing" : "resumes, throwing", task, thrown);
    }
    task_current = task;
    Value yielded;
    GenResult result = resume_coro(task->coro, thrown, &yielded);
    task_current = NULL;
    if (result != GEN_YIELDED) task_finished(task, result, yielded);
    else if (is_object(yielded) && (is_future(yielded) || is_object_of(yielded, &type_sleep)))
        wait_for_future(task, as_future(yielded));
    else handle_other_yield(task, yielded);
    gc_pop_roots(1);
}

void task_wakeup(Task *task, Future *awaited) {
    if (traced(task)) {
        char name[160], other[160];
        trace_name(task, name, sizeof name);
        const char *how = awaited->state == FUTURE_CANCELLED ? "cancelled"
                          : (awaited->flags & FUTURE_HAS_EXCEPTION) ? "failed" : "done";
        if (awaited->base.type == &type_sleep) loop_trace("%s resumes: its sleep(%g) is %s", name, ((Sleep *)awaited)->delay, how);
        else if (type_is_subtype(awaited->base.type, &type_task))
            loop_trace("%s resumes: %s is %s", name, trace_name((Task *)awaited, other, sizeof other), how);
        else if (awaited->flags & FUTURE_QUEUE_GET) loop_trace("%s resumes: an item came for its Queue.get()", name);
        else if (awaited->flags & FUTURE_QUEUE_PUT) loop_trace("%s resumes: room came for its Queue.put()", name);
        else if (awaited->base.type == &type_gathering) loop_trace("%s resumes: its gather() is %s", name, how);
        else loop_trace("%s resumes: the future it awaited is %s", name, how);
    }
    if (awaited->state == FUTURE_CANCELLED) {
        Value error = future_make_cancelled_error(awaited);
        if (is_null(error)) error = error_fetch();
        task_step_traced(task, error, true);
        return;
    }
    if (awaited->flags & FUTURE_HAS_EXCEPTION) {
        awaited->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
        task_step_traced(task, awaited->result, true);
        return;
    }
    task_step_traced(task, value_null(), true);
}

/* The bound method a Python-level future gets as its done callback. */
static Value task_wakeup_native(Value *args, int nargs, Tuple *kwnames) {
    if (nargs < 2) return raise_error(&type_type_error, "task_wakeup() takes exactly one argument");
    Task *task = (Task *)args[0].as.object;
    if (is_future(args[1])) {
        task_wakeup(task, as_future(args[1]));
    } else {
        Value result = obj_call_method(args[1], "result", NULL, 0);
        task_step(task, is_null(result) ? error_fetch() : value_null());
    }
    if (error_pending()) return value_null();
    return value_none();
}

/* ---- cancel ------------------------------------------------------------------------- */

bool task_cancel(Task *task, Value message) {
    Future *future = &task->future;
    future->flags &= (uint16_t)~FUTURE_LOG_TRACEBACK;
    if (future->state != FUTURE_PENDING) return false;
    task->cancel_requests++;
    if (traced(task)) {
        char name[160];
        loop_trace("%s: cancel requested", trace_name(task, name, sizeof name));
    }
    if (task->waiting_on) {
        int cancelled = cancel_awaited(task->waiting_on, message);
        if (cancelled < 0) return false;
        if (cancelled) return true;
    }
    future->flags |= TASK_MUST_CANCEL;
    future->result = is_null(message) ? value_none() : message;
    return true;
}

/* ---- the Python methods ---------------------------------------------------------------- */

static Task *self_task(Value *args) { return (Task *)args[0].as.object; }

/* Task(coro, *, loop=None, name=None, context=None) */
static Value task_new_slot(Type *cls, Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"coro", "loop", "name", "context", NULL};
    if (!args_only_keywords("Task", kwnames, allowed)) return value_null();
    int positional = nargs;
    if (positional > 1) return raise_error(&type_type_error, "Task() takes at most 1 positional argument (%d given)", positional);
    Value coro = positional == 1 ? args[0] : args_keyword(args, positional, kwnames, "coro");
    if (is_null(coro)) return raise_error(&type_type_error, "Task() missing required argument 'coro' (pos 1)");
    Value loop = args_keyword(args, positional, kwnames, "loop");
    Value name = args_keyword(args, positional, kwnames, "name");
    Loop *owner = !is_null(loop) && is_loop(loop) ? (Loop *)loop.as.object : future_default_loop();
    if (!owner) return value_null();
    return task_create(cls, coro, owner, is_null(name) ? value_none() : name);
}

static bool task_init_slot(Value self, Value *args, int nargs, Tuple *kwnames) { return true; }

static Value task_cancel_method(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"msg", NULL};
    if (!args_only_keywords("cancel", kwnames, allowed)) return value_null();
    int positional = nargs;
    if (!args_check_count("cancel", positional - 1, 0, 1)) return value_null();
    Value message = positional > 1 ? args[1] : args_keyword(args, positional, kwnames, "msg");
    bool cancelled = task_cancel(self_task(args), is_null(message) ? value_none() : message);
    if (error_pending()) return value_null();
    return value_bool(cancelled);
}

static Value task_cancelling_method(Value *args, int nargs, Tuple *kwnames) {
    return value_int(self_task(args)->cancel_requests);
}

static Value task_uncancel_method(Value *args, int nargs, Tuple *kwnames) {
    Task *task = self_task(args);
    if (task->cancel_requests > 0) task->cancel_requests--;
    return value_int(task->cancel_requests);
}

static Value task_get_name_method(Value *args, int nargs, Tuple *kwnames) { return value_object(task_name(self_task(args))); }

static Value task_set_name_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("set_name", nargs - 1, 1, 1)) return value_null();
    Value text = is_str(args[1]) ? args[1] : obj_str(args[1]);
    if (is_null(text)) return text;
    self_task(args)->name = as_str(text);
    return value_none();
}

/* A task's result comes from its coroutine only. */
static Value task_set_result_method(Value *args, int nargs, Tuple *kwnames) {
    return raise_error(&type_runtime_error, "Task does not support set_result operation");
}

static Value task_set_exception_method(Value *args, int nargs, Tuple *kwnames) {
    return raise_error(&type_runtime_error, "Task does not support set_exception operation");
}

static Value task_get_coro_method(Value *args, int nargs, Tuple *kwnames) { return value_object(self_task(args)->coro); }
static Value task_get_context_method(Value *args, int nargs, Tuple *kwnames) { return value_none(); }

static Value task_get_stack_method(Value *args, int nargs, Tuple *kwnames) {
    List *stack = list_new(1);
    if (!stack) return value_null();
    return value_object(stack);
}

static Value task_get_fut_waiter(Value self) {
    Object *waiting = ((Task *)self.as.object)->waiting_on;
    return waiting ? value_object(waiting) : value_none();
}

static Value task_get_must_cancel(Value self) { return value_bool(((Task *)self.as.object)->future.flags & TASK_MUST_CANCEL); }
static Value task_get_coro_attr(Value self) { return value_object(((Task *)self.as.object)->coro); }

static void task_mark(Object *self) {
    Task *task = (Task *)self;
    Future *future = &task->future;
    gc_mark_value(future->result);
    gc_mark_object(future->callbacks);
    gc_mark_object((Object *)future->loop);
    gc_mark_object(task->coro);
    gc_mark_object(task->waiting_on);
    gc_mark_object((Object *)task->name);
}

static const MethodDef task_methods[] = {
    {"cancel", task_cancel_method, METHOD_INSTANCE, NULL},
    {"cancelling", task_cancelling_method, METHOD_INSTANCE, NULL},
    {"uncancel", task_uncancel_method, METHOD_INSTANCE, NULL},
    {"get_name", task_get_name_method, METHOD_INSTANCE, NULL},
    {"set_name", task_set_name_method, METHOD_INSTANCE, NULL},
    {"get_coro", task_get_coro_method, METHOD_INSTANCE, NULL},
    {"set_result", task_set_result_method, METHOD_INSTANCE, NULL},
    {"set_exception", task_set_exception_method, METHOD_INSTANCE, NULL},
    {"get_context", task_get_context_method, METHOD_INSTANCE, NULL},
    {"get_stack", task_get_stack_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef task_getsets[] = {
    {"_fut_waiter", task_get_fut_waiter, NULL},
    {"_must_cancel", task_get_must_cancel, NULL},
    {"_coro", task_get_coro_attr, NULL},
    {NULL, NULL, NULL},
};

Type type_task = {
    .name = "Task",
    .module_name = "_asyncio",
    .base_type = &type_future,
    .instance_size = sizeof(Task),
    .flags = TYPE_BASETYPE,
    .new = task_new_slot,
    .init = task_init_slot,
    .methods = task_methods,
    .getsets = task_getsets,
    .repr = task_repr,
    .gc_mark = task_mark,
};

void task_types_init(void) {
    type_ready(&type_task);
    gc_add_root_marker(registry_mark);
}
