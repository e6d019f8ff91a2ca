/* asyncgen.c — async generators: `yield` inside `async def`.
 *
 * An async generator is two things at once. Like a generator it produces
 * values with `yield`; like a coroutine it may `await`, and whatever an
 * await chain yields (a Future, for an event loop) must travel past it, up
 * to whoever drives the coroutine that iterates it. So one resume of its
 * frame can end in four ways, and its consumer must tell them apart:
 *
 *     yield v          the generator produced v: the `await ag.__anext__()`
 *                      is over and its value is v (StopIteration(v));
 *     an await paused  pass the value up unchanged, stay in the __anext__;
 *     return           the generator is exhausted: StopAsyncIteration;
 *     raise e          e.
 *
 * CPython wraps every value of the first kind in a private marker object
 * (ASYNC_GEN_WRAP) to recognise it. pyco needs no marker: the frame itself
 * says which yield it stopped at — an await stops at the delegating
 * YIELD_VALUE 1 of its SEND loop, a `yield` at YIELD_VALUE 0 — so
 * ASYNC_GEN_WRAP does nothing (vm.c) and no object is allocated per value.
 *
 * Nobody resumes the frame directly (it is neither an iterator nor
 * awaitable). ag.__anext__() and ag.asend(v) return an async_generator_asend
 * awaitable, ag.athrow(...) and ag.aclose() an async_generator_athrow; each
 * is its own __await__ iterator, and resumes the generator from C with
 * gen_resume as CPython's do (Objects/genobject.c). Each may be awaited
 * once ("cannot reuse already awaited __anext__()/asend()"), and only one
 * may drive the generator at a time: `ag_running` is set while an awaitable
 * is inside it, across the awaits that pause it ("anext(): asynchronous
 * generator is already running").
 *
 * Finalisation. An event loop must be able to finish an abandoned async
 * generator by awaiting its aclose(), which no collector can do. So, as in
 * CPython, the first __anext__/asend/athrow/aclose calls the `firstiter`
 * hook of sys.set_asyncgen_hooks (asyncio uses it to track the generator
 * for shutdown_asyncgens) and remembers the `finalizer` hook; when the
 * collector finds the generator unreachable, not finished and not closed,
 * it calls finalizer(ag) instead of closing it (asyncio schedules
 * aclose()). Without a finalizer an unreachable suspended async generator is
 * closed synchronously like a generator: GeneratorExit is thrown in, and if
 * its cleanup awaits, "async generator ignored GeneratorExit" is reported
 * as CPython does.
 *
 * Also here: anext(it, default)'s awaitable, which turns the
 * StopAsyncIteration of it.__anext__() into the default value.
 */
#include "asyncgen.h"
#include "exc.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"

/* ---- the hooks (sys.set_asyncgen_hooks) ------------------------------------ */

static Value hook_firstiter; /* VAL_NULL when unset */
static Value hook_finalizer;

void asyncgen_get_hooks(Value *firstiter, Value *finalizer) {
    *firstiter = hook_firstiter;
    *finalizer = hook_finalizer;
}

void asyncgen_set_firstiter(Value firstiter) { hook_firstiter = firstiter; }
void asyncgen_set_finalizer(Value finalizer) { hook_finalizer = finalizer; }

/* On the first __anext__/asend/athrow/aclose: remember the finalizer and
 * call firstiter(ag). Later calls do nothing, even when firstiter failed. */
static bool init_hooks(Generator *gen) {
    if (gen->ag_hooks_inited) return true;
    gen->ag_hooks_inited = true;
    if (!is_null(hook_finalizer)) gen->ag_finalizer = hook_finalizer.as.object;
    if (is_null(hook_firstiter)) return true;
    Value self = value_object(gen);
    Value firstiter = hook_firstiter;
    gc_push_root(firstiter); /* the hook may replace itself */
    Value result = obj_call(firstiter, &self, 1, NULL);
    gc_pop_roots(1);
    return !is_null(result);
}

bool asyncgen_has_finalizer(Generator *gen) {
    return gen->ag_finalizer && !gen->ag_closed && gen->state != GEN_FINISHED;
}

/* Set once the program has ended: see asyncgen_at_exit. */
static bool exiting = false;

void asyncgen_at_exit(void) { exiting = true; }

void asyncgen_call_finalizer(Value value) {
    Generator *gen = as_generator(value);
    gen->ag_finalized = true;
    if (exiting) return;
    Value finalizer = value_object(gen->ag_finalizer);
    gc_push_root(finalizer);
    Value result = obj_call(finalizer, &value, 1, NULL);
    gc_pop_roots(1);
    if (is_null(result)) gen_report_unraisable(value, error_fetch());
}

/* ---- resuming: what one step of the frame means ---------------------------- */

/* Did the generator stop at a `yield` of its own (not inside an await)? */
static bool yielded_itself(Generator *gen) { return gen->state == GEN_SUSPENDED && is_null(gen_delegate(gen)); }

typedef enum Step {
    STEP_VALUE,   /* it yielded a value of its own: *out */
    STEP_PASSING, /* an await inside it paused with *out: pass that up */
    STEP_ERROR,   /* an exception is pending (StopAsyncIteration when it returned) */
} Step;

/* Resume with [sent], or throw [thrown] when it is not VAL_NULL. */
static Step step(Generator *gen, Value sent, Value thrown, Value *out) {
    GenResult result = gen_resume(gen, sent, thrown, out);
    if (result == GEN_RETURNED) {
        raise_value(value_object(&type_stop_async_iteration));
        return STEP_ERROR;
    }
    if (result == GEN_RAISED) return STEP_ERROR;
    return yielded_itself(gen) ? STEP_VALUE : STEP_PASSING;
}

/* The awaitables below report one step to their awaiter as CPython's
 * iterators do — a value to pass up, or VAL_NULL with an exception — except
 * that the end of the await is not raised as StopIteration(result) but
 * returned with *done set, so that the VM's SEND can take the result
 * without creating an exception per item (asyncgen_awaitable_send). The
 * Python-facing send/throw/__next__ raise it (finish). */
static Value finish(Value result, bool done) { return done ? gen_raise_stop_iteration(result) : result; }

/* The await is over with [result]. */
static Value await_done(Value result, bool *done) {
    *done = true;
    return result;
}

/* CPython's async_gen_unwrap_value: the result of an __anext__/asend/athrow
 * step for its awaiter. A value of its own ends the await with that value;
 * an error ends the generator's run, and StopAsyncIteration or
 * GeneratorExit mean it is closed. */
static Value unwrap(Generator *gen, Step kind, Value value, bool *done) {
    switch (kind) {
    case STEP_PASSING: return value;
    case STEP_VALUE:
        gen->ag_running_async = false;
        return await_done(value, done);
    case STEP_ERROR: break;
    }
    if (error_matches(&type_stop_async_iteration) || error_matches(&type_generator_exit)) gen->ag_closed = true;
    gen->ag_running_async = false;
    return value_null();
}

static Value resume_and_unwrap(Generator *gen, Value sent, Value thrown, bool *done) {
    Value out = value_null();
    Step kind = step(gen, sent, thrown, &out);
    return unwrap(gen, kind, out, done);
}

/* ---- async_generator_asend: ag.__anext__() and ag.asend(v) ------------------- */

/* An awaitable is awaited once: INIT until first resumed, ITER while
 * driving the generator, CLOSED when done (or closed). */
typedef enum AwaitableState { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED } AwaitableState;

typedef struct AsyncGenSend {
    Object base;
    Generator *gen;
    Value sendval; /* what the first send(None) sends: None for __anext__ */
    AwaitableState state;
} AsyncGenSend;

static AsyncGenSend *as_asend(Value v) { return (AsyncGenSend *)v.as.object; }

static Value asend_new(Generator *gen, Value sendval) {
    AsyncGenSend *send = (AsyncGenSend *)gc_alloc(&type_async_generator_asend, sizeof(AsyncGenSend));
    if (!send) return value_null();
    send->gen = gen;
    send->sendval = sendval;
    send->state = AWAITABLE_INIT;
    return value_object(send);
}

static Value asend_send_value(AsyncGenSend *send, Value arg, bool *done) {
    Generator *gen = send->gen;
    if (send->state == AWAITABLE_CLOSED)
        return raise_error(&type_runtime_error, "cannot reuse already awaited __anext__()/asend()");
    if (send->state == AWAITABLE_INIT) {
        if (gen->ag_running_async)
            return raise_error(&type_runtime_error, "anext(): asynchronous generator is already running");
        if (is_none(arg)) arg = send->sendval;
        send->state = AWAITABLE_ITER;
    }
    gen->ag_running_async = true;
    Value result = resume_and_unwrap(gen, arg, value_null(), done);
    if (is_null(result) || *done) send->state = AWAITABLE_CLOSED;
    return result;
}

static Value asend_iternext(Value self) {
    bool done = false;
    Value result = asend_send_value(as_asend(self), value_none(), &done);
    return finish(result, done);
}

static Value asend_send(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("async_generator_asend.send", nargs - 1, kwnames)) return value_null();
    bool done = false;
    Value result = asend_send_value(as_asend(args[0]), args[1], &done);
    return finish(result, done);
}

static Value asend_next_method(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("async_generator_asend.__next__", nargs - 1, kwnames)) return value_null();
    return asend_iternext(args[0]);
}

static Value asend_throw(Value *args, int nargs, Tuple *kwnames) {
    AsyncGenSend *send = as_asend(args[0]);
    if (send->state == AWAITABLE_CLOSED)
        return raise_error(&type_runtime_error, "cannot reuse already awaited __anext__()/asend()");
    Value thrown = gen_exception_to_throw("throw", args + 1, nargs - 1);
    if (is_null(thrown)) return thrown;
    bool done = false;
    Value result = resume_and_unwrap(send->gen, value_none(), thrown, &done);
    if (is_null(result) || done) send->state = AWAITABLE_CLOSED;
    return finish(result, done);
}

static Value asend_close(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("async_generator_asend.close", nargs - 1, kwnames)) return value_null();
    as_asend(args[0])->state = AWAITABLE_CLOSED;
    return value_none();
}

/* __await__ and __iter__: the awaitable is its own iterator. */
static Value return_self(Value *args, int nargs, Tuple *kwnames) {
    if (nargs - 1 != 0 || (kwnames && kwnames->length))
        return raise_error(&type_type_error, "expected 0 arguments, got %d", nargs - 1 + (kwnames ? (int)kwnames->length : 0));
    return args[0];
}

static Value iter_self(Value self) { return self; }

static void asend_mark(Object *self) {
    AsyncGenSend *send = (AsyncGenSend *)self;
    gc_mark_object((Object *)send->gen);
    gc_mark_value(send->sendval);
}

static const MethodDef asend_methods[] = {
    {"send", asend_send, METHOD_INSTANCE, NULL},
    {"throw", asend_throw, METHOD_INSTANCE, NULL},
    {"close", asend_close, METHOD_INSTANCE, NULL},
    {"__await__", return_self, METHOD_INSTANCE, NULL},
    {"__next__", asend_next_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_async_generator_asend = {
    .name = "async_generator_asend",
    .instance_size = sizeof(AsyncGenSend),
    .methods = asend_methods,
    .iter = iter_self,
    .next = asend_iternext,
    .gc_mark = asend_mark,
};

/* ---- async_generator_athrow: ag.athrow(...) and ag.aclose() ------------------ */

typedef struct AsyncGenThrow {
    Object base;
    Generator *gen;
    Tuple *args; /* athrow's arguments; NULL for aclose(), which throws GeneratorExit */
    AwaitableState state;
} AsyncGenThrow;

static AsyncGenThrow *as_athrow(Value v) { return (AsyncGenThrow *)v.as.object; }

static Value athrow_new(Generator *gen, Tuple *args) {
    AsyncGenThrow *athrow = (AsyncGenThrow *)gc_alloc(&type_async_generator_athrow, sizeof(AsyncGenThrow));
    if (!athrow) return value_null();
    athrow->gen = gen;
    athrow->args = args;
    athrow->state = AWAITABLE_INIT;
    return value_object(athrow);
}

/* aclose() is over: the generator stopped (StopAsyncIteration or
 * GeneratorExit: the await ends with None), or failed. */
static Value athrow_finish(AsyncGenThrow *athrow, bool *done) {
    athrow->gen->ag_running_async = false;
    athrow->state = AWAITABLE_CLOSED;
    if (!athrow->args && (error_matches(&type_stop_async_iteration) || error_matches(&type_generator_exit))) {
        error_clear();
        return await_done(value_none(), done);
    }
    return value_null();
}

/* The generator yielded a value of its own while closing. */
static Value athrow_ignored_exit(AsyncGenThrow *athrow) {
    athrow->gen->ag_running_async = false;
    athrow->state = AWAITABLE_CLOSED;
    return raise_error(&type_runtime_error, "async generator ignored GeneratorExit");
}

/* What one step of an aclose() means for its awaiter. */
static Value aclose_result(AsyncGenThrow *athrow, Step kind, Value value, bool *done) {
    switch (kind) {
    case STEP_VALUE: return athrow_ignored_exit(athrow);
    case STEP_PASSING: return value; /* its cleanup awaits something */
    case STEP_ERROR: break;
    }
    return athrow_finish(athrow, done);
}

/* The first send: throw the exception in. */
static Value athrow_start(AsyncGenThrow *athrow, Value arg, bool *done) {
    Generator *gen = athrow->gen;
    const char *what = athrow->args ? "athrow" : "aclose";
    if (gen->ag_running_async) {
        athrow->state = AWAITABLE_CLOSED;
        return raise_error(&type_runtime_error, "%s(): asynchronous generator is already running", what);
    }
    if (gen->ag_closed) {
        athrow->state = AWAITABLE_CLOSED;
        return raise_value(value_object(&type_stop_async_iteration));
    }
    if (!is_none(arg)) return raise_error(&type_runtime_error, "can't send non-None value to a just-started coroutine");
    athrow->state = AWAITABLE_ITER;
    gen->ag_running_async = true;
    Value out = value_null();
    if (!athrow->args) {
        gen->ag_closed = true;
        Value exit = exc_new(&type_generator_exit, NULL, 0);
        if (is_null(exit)) return athrow_finish(athrow, done);
        Step kind = step(gen, value_none(), exit, &out);
        return aclose_result(athrow, kind, out, done);
    }
    Value thrown = gen_exception_to_throw("athrow", athrow->args->items, (int)athrow->args->length);
    if (is_null(thrown)) return thrown; /* (CPython 3.11 leaves ag_running set here too) */
    Step kind = step(gen, value_none(), thrown, &out);
    Value result = unwrap(gen, kind, out, done);
    if (is_null(result)) return athrow_finish(athrow, done);
    return result;
}

static Value athrow_send_value(AsyncGenThrow *athrow, Value arg, bool *done) {
    Generator *gen = athrow->gen;
    if (athrow->state == AWAITABLE_CLOSED)
        return raise_error(&type_runtime_error, "cannot reuse already awaited aclose()/athrow()");
    if (gen->state == GEN_FINISHED) {
        athrow->state = AWAITABLE_CLOSED;
        return await_done(value_none(), done);
    }
    if (athrow->state == AWAITABLE_INIT) return athrow_start(athrow, arg, done);
    /* ITER: the generator awaits inside its except/finally; continue it */
    Value out = value_null();
    Step kind = step(gen, arg, value_null(), &out);
    if (athrow->args) return unwrap(gen, kind, out, done);
    return aclose_result(athrow, kind, out, done);
}

static Value athrow_iternext(Value self) {
    bool done = false;
    Value result = athrow_send_value(as_athrow(self), value_none(), &done);
    return finish(result, done);
}

static Value athrow_send(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("async_generator_athrow.send", nargs - 1, kwnames)) return value_null();
    bool done = false;
    Value result = athrow_send_value(as_athrow(args[0]), args[1], &done);
    return finish(result, done);
}

static Value athrow_next_method(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("async_generator_athrow.__next__", nargs - 1, kwnames)) return value_null();
    return athrow_iternext(args[0]);
}

/* throw() into the aclose()/athrow() awaitable while it drives the generator. */
static Value athrow_throw(Value *args, int nargs, Tuple *kwnames) {
    AsyncGenThrow *athrow = as_athrow(args[0]);
    if (athrow->state == AWAITABLE_CLOSED)
        return raise_error(&type_runtime_error, "cannot reuse already awaited aclose()/athrow()");
    Value thrown = gen_exception_to_throw("throw", args + 1, nargs - 1);
    if (is_null(thrown)) return thrown;
    Value out = value_null();
    Step kind = step(athrow->gen, value_none(), thrown, &out);
    bool done = false;
    if (athrow->args) return finish(unwrap(athrow->gen, kind, out, &done), done);
    if (kind == STEP_VALUE) return athrow_ignored_exit(athrow);
    if (kind == STEP_PASSING) return out;
    if (error_matches(&type_stop_async_iteration) || error_matches(&type_generator_exit)) {
        error_clear();
        return raise_value(value_object(&type_stop_iteration));
    }
    return value_null();
}

static Value athrow_close(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("async_generator_athrow.close", nargs - 1, kwnames)) return value_null();
    as_athrow(args[0])->state = AWAITABLE_CLOSED;
    return value_none();
}

static void athrow_mark(Object *self) {
    AsyncGenThrow *athrow = (AsyncGenThrow *)self;
    gc_mark_object((Object *)athrow->gen);
    gc_mark_object((Object *)athrow->args);
}

static const MethodDef athrow_methods[] = {
    {"send", athrow_send, METHOD_INSTANCE, NULL},
    {"throw", athrow_throw, METHOD_INSTANCE, NULL},
    {"close", athrow_close, METHOD_INSTANCE, NULL},
    {"__await__", return_self, METHOD_INSTANCE, NULL},
    {"__next__", athrow_next_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_async_generator_athrow = {
    .name = "async_generator_athrow",
    .instance_size = sizeof(AsyncGenThrow),
    .methods = athrow_methods,
    .iter = iter_self,
    .next = athrow_iternext,
    .gc_mark = athrow_mark,
};

/* ---- for the VM --------------------------------------------------------------- */

Value asyncgen_awaitable_send(Value awaitable, Value sent, bool *done) {
    *done = false;
    if (awaitable.as.object->type == &type_async_generator_asend) return asend_send_value(as_asend(awaitable), sent, done);
    return athrow_send_value(as_athrow(awaitable), sent, done);
}

/* ---- the async generator's own methods -------------------------------------- */

static Generator *self_gen(Value *args) { return as_generator(args[0]); }

static Value agen_aiter(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("async_generator.__aiter__", nargs - 1, kwnames)) return value_null();
    return args[0];
}

Value asyncgen_anext(Value gen) {
    if (!init_hooks(as_generator(gen))) return value_null();
    return asend_new(as_generator(gen), value_none());
}

static Value agen_anext(Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length) return raise_error(&type_type_error, "__anext__() takes no keyword arguments");
    if (nargs - 1 != 0) return raise_error(&type_type_error, "expected 0 arguments, got %d", nargs - 1);
    return asyncgen_anext(args[0]);
}

static Value agen_asend(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("async_generator.asend", nargs - 1, kwnames)) return value_null();
    if (!init_hooks(self_gen(args))) return value_null();
    return asend_new(self_gen(args), args[1]);
}

/* athrow(type[, value[, traceback]]): the arguments are checked when it is
 * first awaited, as in CPython 3.11. */
static Value agen_athrow(Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length)
        return raise_error(&type_type_error, "async_generator.athrow() takes no keyword arguments");
    if (!init_hooks(self_gen(args))) return value_null();
    Tuple *arguments = tuple_from_values(args + 1, nargs - 1);
    if (!arguments) return value_null();
    return athrow_new(self_gen(args), arguments);
}

static Value agen_aclose(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("async_generator.aclose", nargs - 1, kwnames)) return value_null();
    if (!init_hooks(self_gen(args))) return value_null();
    return athrow_new(self_gen(args), NULL);
}

static Value agen_repr(Value self) {
    Generator *gen = as_generator(self);
    return str_value(str_from_format("<async_generator object %s at %p>", str_cstr(gen->qualname), (void *)gen));
}

/* ag_running is CPython's ag_running_async: true while an awaitable drives
 * it, also when the generator is paused in an await. */
static Value agen_get_running(Value self) { return value_bool(as_generator(self)->ag_running_async); }

static Value agen_get_await(Value self) {
    Value receiver = gen_delegate(as_generator(self));
    return is_null(receiver) ? value_none() : receiver;
}

static bool identity_hash(Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.as.object >> 4);
    return true;
}

static const MethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, METHOD_INSTANCE, NULL},
    {"__anext__", agen_anext, METHOD_INSTANCE, NULL},
    {"asend", agen_asend, METHOD_INSTANCE, NULL},
    {"athrow", agen_athrow, METHOD_INSTANCE, NULL},
    {"aclose", agen_aclose, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef agen_getsets[] = {
    {"ag_frame", gen_get_frame, NULL},
    {"ag_running", agen_get_running, NULL},
    {"ag_code", gen_get_code, NULL},
    {"ag_await", agen_get_await, NULL},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {NULL, NULL, NULL},
};

Type type_async_generator = {
    .name = "async_generator",
    .methods = agen_methods,
    .getsets = agen_getsets,
    .repr = agen_repr,
    .gc_mark = gen_mark,
};

/* ---- anext(iterator, default) --------------------------------------------------
 *
 * CPython's anext_awaitable (Objects/iterobject.c): each step asks the
 * wrapped awaitable for its iterator again (an asend is its own; a
 * coroutine gives a fresh wrapper of itself) and forwards send/throw/close
 * to it; StopAsyncIteration from it becomes StopIteration(default). */

typedef struct AnextAwaitable {
    Object base;
    Value wrapped;
    Value default_value;
} AnextAwaitable;

static AnextAwaitable *as_anext(Value v) { return (AnextAwaitable *)v.as.object; }

Value asyncgen_anext_awaitable_new(Value awaitable, Value default_value) {
    AnextAwaitable *anext = (AnextAwaitable *)gc_alloc(&type_anext_awaitable, sizeof(AnextAwaitable));
    if (!anext) return value_null();
    anext->wrapped = awaitable;
    anext->default_value = default_value;
    return value_object(anext);
}

/* The iterator to drive for one step (CPython's _PyCoro_GetAwaitableIter
 * plus a coroutine's __await__). */
static Value anext_iterator(AnextAwaitable *anext) {
    Value wrapped = anext->wrapped;
    if (is_coroutine(wrapped)) {
        Value iterator = obj_call_method(wrapped, "__await__", NULL, 0);
        if (is_null(iterator)) return iterator;
        if (!value_type(iterator)->next) return raise_error(&type_type_error, "__await__ returned a non-iterable");
        return iterator;
    }
    return gen_get_awaitable(wrapped);
}

/* Call [method] of the step's iterator; StopAsyncIteration → the default. */
static Value anext_forward(Value self, const char *method, Value *args, int nargs) {
    AnextAwaitable *anext = as_anext(self);
    Value iterator = anext_iterator(anext);
    if (is_null(iterator)) return iterator;
    gc_push_root(iterator);
    Value result = obj_call_method(iterator, method, args, nargs);
    gc_pop_roots(1);
    if (is_null(result) && error_matches(&type_stop_async_iteration)) {
        error_clear();
        return gen_raise_stop_iteration(anext->default_value);
    }
    return result;
}

static Value anext_iternext(Value self) { return anext_forward(self, "__next__", NULL, 0); }

static Value anext_next_method(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_none("anext_awaitable.__next__", nargs - 1, kwnames)) return value_null();
    return anext_iternext(args[0]);
}

static Value anext_send(Value *args, int nargs, Tuple *kwnames) {
    if (!tuple_args_one("anext_awaitable.send", nargs - 1, kwnames)) return value_null();
    return anext_forward(args[0], "send", args + 1, 1);
}

static Value anext_throw(Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length) return raise_error(&type_type_error, "anext_awaitable.throw() takes no keyword arguments");
    return anext_forward(args[0], "throw", args + 1, nargs - 1);
}

static Value anext_close(Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length) return raise_error(&type_type_error, "anext_awaitable.close() takes no keyword arguments");
    return anext_forward(args[0], "close", args + 1, nargs - 1);
}

static void anext_mark(Object *self) {
    AnextAwaitable *anext = (AnextAwaitable *)self;
    gc_mark_value(anext->wrapped);
    gc_mark_value(anext->default_value);
}

static const MethodDef anext_methods[] = {
    {"send", anext_send, METHOD_INSTANCE, NULL},
    {"throw", anext_throw, METHOD_INSTANCE, NULL},
    {"close", anext_close, METHOD_INSTANCE, NULL},
    {"__await__", return_self, METHOD_INSTANCE, NULL},
    {"__next__", anext_next_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_anext_awaitable = {
    .name = "anext_awaitable",
    .instance_size = sizeof(AnextAwaitable),
    .methods = anext_methods,
    .iter = iter_self,
    .next = anext_iternext,
    .gc_mark = anext_mark,
};

void asyncgen_types_init(void) {
    hook_firstiter = value_null();
    hook_finalizer = value_null();
    gc_add_global_root(&hook_firstiter);
    gc_add_global_root(&hook_finalizer);
    type_async_generator.hash = identity_hash;
    type_ready(&type_async_generator);
    type_ready(&type_async_generator_asend);
    type_ready(&type_async_generator_athrow);
    type_ready(&type_anext_awaitable);
}
