/* loop_asyncgens.c — the event loop's side of async generators.
 *
 * A program may abandon an async generator half-way — `break` out of an
 * `async for` — while it is paused inside `try/finally` or `async with`.
 * Its cleanup may await, so only an event loop can finish it: by running
 * its aclose() as a task. Python gives the loop two hooks for that
 * (sys.set_asyncgen_hooks, kept by asyncgen.c), which run_forever installs
 * and restores when it returns, as CPython's BaseEventLoop does:
 *
 *   firstiter(ag)  at ag's first __anext__/asend/athrow/aclose: the loop
 *                  records ag among the generators it has seen;
 *   finalizer(ag)  when the collector finds ag unreachable and unfinished:
 *                  the loop schedules create_task(ag.aclose()).
 *
 * shutdown_asyncgens(), which asyncio.run awaits before closing the loop,
 * acloses every recorded generator that is still unfinished, all at once
 * (gather), and reports each failure through the exception handler. That
 * coroutine is written in Python: asyncio._close_asyncgens.
 *
 * The record is weak. CPython keeps a weak set; pyco has no weak
 * references, but the list does not keep its generators alive either. The
 * loop's mark function (loop_asyncgens_mark) walks it at every collection:
 *
 *   finished, closed, or     dropped from the list, not marked: nothing is
 *   handed to its finalizer  left for the loop to close (CPython's finalizer
 *                            hook discards it from the set; pyco's lets this
 *                            walk drop it, so the hook costs no search), and
 *                            the collector may free it;
 *   unfinished, and the      kept but not marked. If it is unreachable, the
 *   collector would rescue   collector keeps it alive anyway to finalize it
 *   it (gen_needs_close)     (its finalizer hook, or a plain close()), and
 *                            the next walk drops it before it can be freed:
 *                            the pointer never dangles, the generator still
 *                            dies;
 *   anything else            kept and marked (an unfinished generator with
 *                            no finalizer and nothing to clean up: held until
 *                            shutdown, where aclose() does nothing visible).
 *
 * Generators are closed in the order they started (CPython's order is the
 * weak set's, which is arbitrary).
 */
#include "asyncgen.h"
#include "exc.h"
#include "future.h"
#include "gc.h"
#include "list.h"
#include "module.h"
#include "str.h"

/* ---- the record of generators ------------------------------------------------- */

static bool record_asyncgen(Loop *loop, Generator *gen) {
    if (loop->asyncgen_count == loop->asyncgen_capacity) {
        int64_t capacity = loop->asyncgen_capacity ? loop->asyncgen_capacity * 2 : 16;
        Generator **grown = gc_realloc(loop->asyncgens, sizeof(Generator *) * (size_t)loop->asyncgen_capacity,
                                       sizeof(Generator *) * (size_t)capacity);
        if (!grown) return false;
        loop->asyncgens = grown;
        loop->asyncgen_capacity = capacity;
    }
    loop->asyncgens[loop->asyncgen_count++] = gen;
    return true;
}

/* Nothing left for the loop to close: it ran to its end, aclose() has
 * begun, or its finalizer hook has it (and has scheduled its aclose()). */
static bool asyncgen_is_over(Generator *gen) { return gen->state == GEN_FINISHED || gen->ag_closed || gen->ag_finalized; }

void loop_asyncgens_mark(Loop *loop) {
    gc_mark_value(loop->saved_firstiter);
    gc_mark_value(loop->saved_finalizer);
    int64_t kept = 0;
    for (int64_t i = 0; i < loop->asyncgen_count; i++) {
        Generator *gen = loop->asyncgens[i];
        if (asyncgen_is_over(gen)) continue;
        /* see the header: what the collector rescues needs no mark from us */
        if (!gen_needs_close(gen)) gc_mark_object((Object *)gen);
        loop->asyncgens[kept++] = gen;
    }
    loop->asyncgen_count = kept;
}

void loop_asyncgens_free(Loop *loop) {
    gc_free_buffer(loop->asyncgens, sizeof(Generator *) * (size_t)loop->asyncgen_capacity);
}

/* ---- installing the hooks around run_forever ------------------------------------- */

bool loop_asyncgens_install_hooks(Loop *loop) {
    Value self = value_object(loop);
    /* looked up on the loop, so that a subclass may override them as in CPython */
    Value firstiter = obj_getattr_cstr(self, "_asyncgen_firstiter_hook");
    if (is_null(firstiter)) return false;
    gc_push_root(firstiter);
    Value finalizer = obj_getattr_cstr(self, "_asyncgen_finalizer_hook");
    gc_pop_roots(1);
    if (is_null(finalizer)) return false;
    asyncgen_get_hooks(&loop->saved_firstiter, &loop->saved_finalizer);
    asyncgen_set_firstiter(firstiter);
    asyncgen_set_finalizer(finalizer);
    return true;
}

void loop_asyncgens_restore_hooks(Loop *loop) {
    asyncgen_set_firstiter(loop->saved_firstiter);
    asyncgen_set_finalizer(loop->saved_finalizer);
    loop->saved_firstiter = value_null();
    loop->saved_finalizer = value_null();
}

/* ---- the hooks --------------------------------------------------------------- */

static Generator *asyncgen_argument(const char *method, Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords(method, kwnames) || !args_check_count(method, nargs - 1, 1, 1)) return NULL;
    if (!is_async_generator(args[1])) {
        raise_error(&type_type_error, "%s() expects an async generator, got %s", method, value_type_name(args[1]));
        return NULL;
    }
    return as_generator(args[1]);
}

/* firstiter(ag): remember ag for shutdown_asyncgens. (CPython also warns
 * when ag starts after shutdown_asyncgens() has run — a ResourceWarning,
 * a category ignored by default, so it prints nothing.) */
Value loop_asyncgens_firstiter_method(Value *args, int nargs, Tuple *kwnames) {
    Generator *gen = asyncgen_argument("_asyncgen_firstiter_hook", args, nargs, kwnames);
    if (!gen) return value_null();
    return record_asyncgen((Loop *)args[0].as.object, gen) ? value_none() : value_null();
}

/* finalizer(ag): ag is unreachable but unfinished. Unless the loop is
 * closed, schedule a callback that makes ag.aclose() a task (the aclose
 * awaitable is created now: it is what keeps ag alive). The record drops ag
 * by itself: ag_finalized is set (asyncgen_is_over). */
Value loop_asyncgens_finalizer_method(Value *args, int nargs, Tuple *kwnames) {
    Generator *gen = asyncgen_argument("_asyncgen_finalizer_hook", args, nargs, kwnames);
    if (!gen) return value_null();
    Loop *loop = (Loop *)args[0].as.object;
    if (loop->closed) return value_none();
    Value create_task = obj_getattr_cstr(args[0], "create_task");
    if (is_null(create_task)) return value_null();
    gc_push_root(create_task);
    Value closing = obj_call_method(args[1], "aclose", NULL, 0);
    gc_pop_roots(1);
    if (is_null(closing)) return value_null();
    return loop_call_soon(loop, create_task, &closing, 1) ? value_none() : value_null();
}

/* ---- shutdown_asyncgens() -------------------------------------------------------- */

/* The recorded generators that are still unfinished, oldest first; the
 * record is emptied. */
static List *take_unfinished(Loop *loop) {
    List *list = list_new(loop->asyncgen_count);
    if (!list) return NULL;
    for (int64_t i = 0; i < loop->asyncgen_count; i++)
        if (!asyncgen_is_over(loop->asyncgens[i])) list->items[list->length++] = value_object(loop->asyncgens[i]);
    loop->asyncgen_count = 0;
    return list;
}

/* shutdown_asyncgens(): the coroutine asyncio._close_asyncgens(loop,
 * generators) — or, when there is nothing to close, an awaitable that is
 * already done (so that asyncio.run's --trace shows no extra task). */
Value loop_asyncgens_shutdown_method(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("shutdown_asyncgens", kwnames) || !args_check_count("shutdown_asyncgens", nargs - 1, 0, 0))
        return value_null();
    Loop *loop = (Loop *)args[0].as.object;
    List *closing = take_unfinished(loop);
    if (!closing) return value_null();
    if (closing->length == 0) return loop_done_awaitable();
    gc_push_root(value_object(closing));
    Value asyncio = module_import_cstr("asyncio");
    Value close_all = is_null(asyncio) ? asyncio : obj_getattr_cstr(asyncio, "_close_asyncgens");
    Value coroutine = value_null();
    if (!is_null(close_all)) {
        Value call_args[2] = {args[0], value_object(closing)};
        coroutine = obj_call(close_all, call_args, 2, NULL);
    }
    gc_pop_roots(1);
    return coroutine;
}
