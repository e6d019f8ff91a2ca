/* mod_asyncio.c — the _asyncio module: the C half of the asyncio package.
 *
 * stdlib/asyncio/__init__.py imports everything from here and adds the few
 * pieces that read best in Python (asyncio.run). Like MicroPython's
 * modasyncio.c and CPython's _asynciomodule.c, the parts every task switch
 * goes through are C: the loop (loop.c), Future and the await iterator
 * (future.c), Task (task.c), sleep and gather (future.c), Queue (queue.c).
 * This file only binds them to names and checks arguments.
 *
 * The exception classes are made here as ordinary classes, so that they
 * print as CPython's do: asyncio.exceptions.CancelledError.
 */
#include <math.h>

#include "dict.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "future.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"
#include "vm.h"

Value class_new(Str *name, Tuple *bases, Dict *namespace, Tuple *kwnames_unused);

static Loop *running_loop_or_raise(void) {
    if (!loop_running) raise_error(&type_runtime_error, "no running event loop");
    return loop_running;
}

/* sleep(delay, result=None) */
static Value asyncio_sleep(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"delay", "result", NULL};
    if (!args_only_keywords("sleep", kwnames, allowed)) return value_null();
    int positional = nargs;
    if (positional > 2) return raise_error(&type_type_error, "sleep() takes from 1 to 2 positional arguments but %d were given", positional);
    Value delay = positional > 0 ? args[0] : args_keyword(args, positional, kwnames, "delay");
    Value result = positional > 1 ? args[1] : args_keyword(args, positional, kwnames, "result");
    if (is_null(delay)) return raise_error(&type_type_error, "sleep() missing 1 required positional argument: 'delay'");
    double seconds;
    if (is_small_int(delay)) seconds = (double)delay.as.integer; /* the sleep(0) fast path */
    else if ((!is_int_like(delay) && !is_float(delay)) || !value_to_double(delay, &seconds))
        return raise_error(&type_type_error, "'<=' not supported between instances of '%s' and 'int'", value_type_name(delay));
    return sleep_new(seconds, is_null(result) ? value_none() : result);
}

static Value asyncio_get_running_loop(Value *args, int nargs, Tuple *kwnames) {
    Loop *loop = running_loop_or_raise();
    return loop ? value_object(loop) : value_null();
}

static Value asyncio_private_get_running_loop(Value *args, int nargs, Tuple *kwnames) {
    return loop_running ? value_object(loop_running) : value_none();
}

static Value asyncio_get_event_loop(Value *args, int nargs, Tuple *kwnames) {
    Loop *loop = future_default_loop();
    return loop ? value_object(loop) : value_null();
}

static Value asyncio_set_event_loop(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("set_event_loop", nargs, 1, 1)) return value_null();
    return future_set_event_loop(args[0]) ? value_none() : value_null();
}

static Value asyncio_new_event_loop(Value *args, int nargs, Tuple *kwnames) {
    Loop *loop = loop_new();
    return loop ? value_object(loop) : value_null();
}

/* create_task(coro, *, name=None, context=None) */
static Value asyncio_create_task(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"name", "context", NULL};
    if (!args_only_keywords("create_task", kwnames, allowed)) return value_null();
    int positional = nargs;
    if (positional != 1) return raise_error(&type_type_error, "create_task() takes 1 positional argument but %d were given", positional);
    Loop *loop = running_loop_or_raise();
    if (!loop) return value_null();
    /* CPython makes the task unnamed, then renames it: a name given here
     * still uses up a Task-N number */
    Value name = args_keyword(args, positional, kwnames, "name");
    if (!is_null(name) && !is_none(name)) task_skip_number();
    return task_create(&type_task, args[0], loop, is_null(name) ? value_none() : name);
}

/* ensure_future(coro_or_future, *, loop=None) */
static Value asyncio_ensure_future(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"loop", NULL};
    if (!args_only_keywords("ensure_future", kwnames, allowed)) return value_null();
    int positional = nargs;
    if (positional != 1) return raise_error(&type_type_error, "ensure_future() takes 1 positional argument but %d were given", positional);
    Value loop = args_keyword(args, positional, kwnames, "loop");
    return future_ensure(args[0], is_loop(loop) ? (Loop *)loop.as.object : NULL);
}

/* gather(*coros_or_futures, return_exceptions=False) */
static Value asyncio_gather(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"return_exceptions", NULL};
    if (!args_only_keywords("gather", kwnames, allowed)) return value_null();
    int positional = nargs;
    Value flag = args_keyword(args, positional, kwnames, "return_exceptions");
    int return_exceptions = is_null(flag) ? 0 : obj_truthy(flag);
    if (return_exceptions < 0) return value_null();
    return gather_new(args, positional, return_exceptions);
}

/* The optional loop argument of current_task/all_tasks. */
static Loop *loop_argument(Value *args, int nargs, Tuple *kwnames, const char *function) {
    int positional = nargs;
    Value loop = positional > 0 ? args[0] : args_keyword(args, positional, kwnames, "loop");
    if (!is_null(loop) && !is_none(loop)) {
        if (is_loop(loop)) return (Loop *)loop.as.object;
        raise_error(&type_type_error, "%s() expects an event loop", function);
        return NULL;
    }
    return running_loop_or_raise();
}

static Value asyncio_current_task(Value *args, int nargs, Tuple *kwnames) {
    Loop *loop = loop_argument(args, nargs, kwnames, "current_task");
    if (!loop) return value_null();
    if (task_current && task_current->future.loop == loop) return value_object(task_current);
    return value_none();
}

static Value asyncio_all_tasks(Value *args, int nargs, Tuple *kwnames) {
    Loop *loop = loop_argument(args, nargs, kwnames, "all_tasks");
    if (!loop) return value_null();
    return task_all_pending(loop);
}

static Value asyncio_pending_tasks(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("_pending_tasks", nargs, 1, 1)) return value_null();
    if (!is_loop(args[0])) return raise_error(&type_type_error, "an event loop is required");
    return task_pending_list((Loop *)args[0].as.object);
}

static Value asyncio_iscoroutine(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("iscoroutine", nargs, 1, 1)) return value_null();
    return value_bool(task_is_coroutine(args[0]));
}

static Value asyncio_isfuture(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("isfuture", nargs, 1, 1)) return value_null();
    return value_bool(future_is_futurelike(args[0]));
}

/* iscoroutinefunction(f): an `async def` (or marked with _is_coroutine). */
static Value asyncio_iscoroutinefunction(Value *args, int nargs, Tuple *kwnames) {
    if (!args_check_count("iscoroutinefunction", nargs, 1, 1)) return value_null();
    Value function = args[0];
    while (is_object_of(function, &type_bound_method)) function = ((BoundMethod *)function.as.object)->function;
    if (is_function(function) && (as_function(function)->code->flags & CODE_COROUTINE)) return value_bool(true);
    Value marker = obj_lookup_attr(args[0], str_intern("_is_coroutine"));
    if (is_null(marker)) {
        error_clear();
        return value_bool(false);
    }
    return value_bool(true);
}

static const MethodDef asyncio_functions[] = {
    {"sleep", asyncio_sleep, METHOD_STATIC, NULL},
    {"get_running_loop", asyncio_get_running_loop, METHOD_STATIC, NULL},
    {"_get_running_loop", asyncio_private_get_running_loop, METHOD_STATIC, NULL},
    {"get_event_loop", asyncio_get_event_loop, METHOD_STATIC, NULL},
    {"set_event_loop", asyncio_set_event_loop, METHOD_STATIC, NULL},
    {"new_event_loop", asyncio_new_event_loop, METHOD_STATIC, NULL},
    {"create_task", asyncio_create_task, METHOD_STATIC, NULL},
    {"ensure_future", asyncio_ensure_future, METHOD_STATIC, NULL},
    {"gather", asyncio_gather, METHOD_STATIC, NULL},
    {"current_task", asyncio_current_task, METHOD_STATIC, NULL},
    {"all_tasks", asyncio_all_tasks, METHOD_STATIC, NULL},
    {"_pending_tasks", asyncio_pending_tasks, METHOD_STATIC, NULL},
    {"iscoroutine", asyncio_iscoroutine, METHOD_STATIC, NULL},
    {"isfuture", asyncio_isfuture, METHOD_STATIC, NULL},
    {"iscoroutinefunction", asyncio_iscoroutinefunction, METHOD_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

/* class NAME(BASE): __module__ = MODULE — kept alive by a global root. */
static Type *make_exception_class(const char *name, Type *base, const char *module, Type **slot) {
    Dict *namespace = dict_new();
    Tuple *bases = tuple_pack(1, value_object(base));
    if (!namespace || !bases || !dict_set_cstr(namespace, "__module__", value_object(str_intern(module)))) return NULL;
    Value type = class_new(str_intern(name), bases, namespace, NULL);
    if (is_null(type)) return NULL;
    *slot = (Type *)type.as.object;
    gc_add_global_object_root((Object **)slot);
    return *slot;
}

static Module *asyncio_module_init(void) {
    loop_types_init();
    future_types_init();
    task_types_init();
    queue_types_init();
    if (!make_exception_class("CancelledError", &type_base_exception, "asyncio.exceptions", &asyncio_cancelled_error) ||
        !make_exception_class("InvalidStateError", &type_exception, "asyncio.exceptions", &asyncio_invalid_state_error) ||
        !make_exception_class("QueueEmpty", &type_exception, "asyncio.queues", &asyncio_queue_empty) ||
        !make_exception_class("QueueFull", &type_exception, "asyncio.queues", &asyncio_queue_full))
        return NULL;
    Module *module = module_from_methods("_asyncio", asyncio_functions);
    if (!module) return NULL;
    module_add(module, "Future", value_object(&type_future));
    module_add(module, "Task", value_object(&type_task));
    module_add(module, "Handle", value_object(&type_handle));
    module_add(module, "TimerHandle", value_object(&type_timer_handle));
    module_add(module, "AbstractEventLoop", value_object(&type_loop));
    module_add(module, "BaseEventLoop", value_object(&type_loop));
    module_add(module, "SelectorEventLoop", value_object(&type_loop));
    module_add(module, "Queue", value_object(&type_queue));
    module_add(module, "LifoQueue", value_object(&type_lifo_queue));
    module_add(module, "PriorityQueue", value_object(&type_priority_queue));
    module_add(module, "CancelledError", value_object(asyncio_cancelled_error));
    module_add(module, "InvalidStateError", value_object(asyncio_invalid_state_error));
    module_add(module, "QueueEmpty", value_object(asyncio_queue_empty));
    module_add(module, "QueueFull", value_object(asyncio_queue_full));
    module_add(module, "TimeoutError", value_object(&type_timeout_error));
    return module;
}

void mod_asyncio_register(void) { module_register_native("_asyncio", asyncio_module_init); }
