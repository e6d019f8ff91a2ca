/* gen.c — generator objects: the Python-facing side of paused frames.
 *
 * The VM does the running (vm.c: YIELD_VALUE suspends, FOR_ITER and SEND
 * resume without C recursion). This file creates generators, resumes them
 * from C (next(), .send(), .throw(), .close()), and implements the rules
 * CPython gives them:
 *
 *   - send(v) on a just-created generator must send None;
 *   - a generator cannot be resumed while it runs ("already executing");
 *   - `return v` ends it; callers see StopIteration with .value == v;
 *   - throw(e) raises e at the paused `yield`; if the generator is paused in
 *     `yield from`, the exception goes to the inner iterator first, and if
 *     the inner one returns, `yield from` finishes with that value;
 *   - close() throws GeneratorExit and insists that the generator stops
 *     ("generator ignored GeneratorExit" if it yields instead).
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "gen.h"
#include "asyncgen.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "types_init.h"
#include "vm.h"

Value gen_new(Function *function, Value *args, int nargs, Tuple *kwnames) {
    Code *code = function->code;
    size_t size = offsetof(Generator, frame) + frame_size(code);
    Type *type = (code->flags & CODE_COROUTINE)          ? &type_coroutine
                 : (code->flags & CODE_ASYNC_GENERATOR) ? &type_async_generator
                                                         : &type_generator;
    Generator *gen = (Generator *)gc_alloc(type, size);
    if (!gen) return value_null();
    gen->state = GEN_CREATED;
    gen->name = function->name;
    gen->qualname = function->qualname;
    Frame *frame = &gen->frame;
    frame->code = code;
    frame->function = function;
    frame->globals = function->globals;
    frame->pc = code->instructions;
    frame->in_generator = true;
    frame->stack_top = frame->slots + code->slot_count;
    if (!frame_bind_arguments(frame, function, args, nargs, kwnames)) return value_null();
    return value_object(gen);
}

/* The iterator a generator paused in `yield from`/`await` delegates to. */
Value gen_delegate(Generator *gen) {
    if (gen->state != GEN_SUSPENDED) return value_null();
    uint32_t *pc = gen->frame.pc;
    if (pc == gen->frame.code->instructions) return value_null();
    uint32_t last = pc[-1];
    if (instruction_opcode(last) != OP_YIELD_VALUE || instruction_arg(last) != 1) return value_null();
    return gen->frame.stack_top[-1];
}

/* The delegate finished with [value]: make the paused `yield from` in
 * [gen] complete with it (as if SEND had seen the return). */
static void finish_delegation(Generator *gen, Value value) {
    Frame *frame = &gen->frame;
    uint32_t jump = *frame->pc; /* the JUMP back to SEND after the delegating yield */
    uint32_t send = frame->code->instructions[instruction_arg(jump)];
    frame->stack_top[-1] = value;
    frame->pc = frame->code->instructions + instruction_arg(send);
}

static GenResult close_delegate(Value receiver) {
    Value ignored;
    if (is_gen_like(receiver)) {
        Generator *inner = as_generator(receiver);
        if (inner->state == GEN_CREATED || inner->state == GEN_FINISHED) {
            inner->state = GEN_FINISHED;
            return GEN_RETURNED;
        }
        Value exit = exc_new(&type_generator_exit, NULL, 0);
        if (is_null(exit)) return GEN_RAISED;
        GenResult result = gen_resume(inner, value_none(), exit, &ignored);
        if (result == GEN_YIELDED) {
            raise_error(&type_runtime_error, "%s ignored GeneratorExit", gen_kind(inner));
            return GEN_RAISED;
        }
        if (result == GEN_RAISED && error_matches(&type_generator_exit)) {
            error_clear();
            return GEN_RETURNED;
        }
        return result;
    }
    Value close = obj_lookup_attr(receiver, str_intern("close"));
    if (is_null(close)) return error_pending() ? GEN_RAISED : GEN_RETURNED;
    return is_null(obj_call(close, NULL, 0, NULL)) ? GEN_RAISED : GEN_RETURNED;
}

/* throw() while paused in `yield from`: pass the exception inward first. */
static GenResult throw_into_delegate(Generator *gen, Value receiver, Value thrown, Value *out) {
    if (value_is_instance(thrown, &type_generator_exit)) {
        gen->state = GEN_RUNNING;
        GenResult closed = close_delegate(receiver);
        gen->state = GEN_SUSPENDED;
        if (closed != GEN_RAISED) error_restore(thrown);
        return vm_resume_generator(gen, value_null(), true, out);
    }
    Value result;
    GenResult inner;
    gen->state = GEN_RUNNING;
    if (is_gen_like(receiver)) {
        inner = gen_resume(as_generator(receiver), value_none(), thrown, &result);
    } else {
        Value throw_method = obj_lookup_attr(receiver, str_intern("throw"));
        if (is_null(throw_method)) {
            gen->state = GEN_SUSPENDED;
            if (!error_pending()) error_restore(thrown);
            return vm_resume_generator(gen, value_null(), true, out);
        }
        result = obj_call(throw_method, &thrown, 1, NULL);
        inner = GEN_YIELDED;
        if (is_null(result)) {
            inner = GEN_RAISED;
            if (error_matches(&type_stop_iteration)) {
                result = exc_stop_iteration_value(error_fetch());
                inner = GEN_RETURNED;
            }
        }
    }
    gen->state = GEN_SUSPENDED;
    switch (inner) {
    case GEN_YIELDED: *out = result; return GEN_YIELDED;
    case GEN_RETURNED: finish_delegation(gen, result); return vm_resume_generator(gen, value_null(), false, out);
    case GEN_RAISED: break;
    }
    return vm_resume_generator(gen, value_null(), true, out);
}

static GenResult resume_rooted(Generator *gen, Value sent, Value thrown, Value *out);

/* [sent] and [thrown] may be fresh objects only this C code holds, and
 * resuming runs Python code (safe points): keep them rooted meanwhile. */
GenResult gen_resume(Generator *gen, Value sent, Value thrown, Value *out) {
    if (!is_object(sent) && !is_object(thrown)) return resume_rooted(gen, sent, thrown, out); /* next(): nothing to root */
    gc_push_root(sent);
    gc_push_root(thrown);
    GenResult result = resume_rooted(gen, sent, thrown, out);
    gc_pop_roots(2);
    return result;
}

static GenResult resume_rooted(Generator *gen, Value sent, Value thrown, Value *out) {
    switch (gen->state) {
    case GEN_RUNNING:
        raise_error(&type_value_error, "%s already executing", gen_kind(gen));
        return GEN_RAISED;
    case GEN_FINISHED:
        if (gen->base.type == &type_coroutine) {
            raise_error(&type_runtime_error, "cannot reuse already awaited coroutine");
            return GEN_RAISED;
        }
        if (!is_null(thrown)) {
            error_restore(thrown);
            return GEN_RAISED;
        }
        *out = value_none();
        return GEN_RETURNED;
    case GEN_CREATED:
        if (is_null(thrown) && !is_none(sent)) {
            raise_error(&type_type_error, "can't send non-None value to a just-started %s", gen_kind(gen));
            return GEN_RAISED;
        }
        break;
    case GEN_SUSPENDED:
        break;
    }
    if (is_null(thrown)) return vm_resume_generator(gen, sent, false, out);
    Value receiver = gen_delegate(gen);
    if (!is_null(receiver)) return throw_into_delegate(gen, receiver, thrown, out);
    error_restore(thrown);
    return vm_resume_generator(gen, value_null(), true, out);
}

/* ---- the Python methods --------------------------------------------------- */

Value gen_raise_stop_iteration(Value value) {
    if (is_none(value)) return raise_value(value_object(&type_stop_iteration));
    return raise_with_value(&type_stop_iteration, value);
}

/* Turn a resume result into what __next__/send/throw return. */
static Value result_to_value(GenResult result, Value value) {
    if (result == GEN_YIELDED) return value;
    if (result == GEN_RETURNED) return gen_raise_stop_iteration(value);
    return value_null();
}

/* The iteration slot: for C consumers (list(), sum(), sorted() ...) a
 * finished generator is simply exhausted, whatever it returned — as
 * CPython's list() ignores StopIteration.value. next(gen) from Python keeps
 * the value: the VM resumes the generator itself (vm.c, CALL). */
static Value gen_iternext(Value self) {
    Value value;
    Generator *gen = as_generator(self);
    /* the common case — a paused generator asked for its next value — needs
     * none of gen_resume's checks */
    GenResult result = gen->state == GEN_SUSPENDED ? vm_resume_generator(gen, value_none(), false, &value)
                                                   : gen_resume(gen, value_none(), value_null(), &value);
    if (result == GEN_YIELDED) return value;
    return value_null(); /* exhausted (no exception) or raised */
}

static Value gen_next_method(Value *args, int nargs, Tuple *kwnames) {
    Value value;
    return result_to_value(gen_resume(as_generator(args[0]), value_none(), value_null(), &value), value);
}

static Value gen_send(Value *args, int nargs, Tuple *kwnames);
const NativeFn gen_send_function = gen_send;

/* "generator.send() takes exactly one argument (0 given)": CPython names
 * the method with its type for these. */
static bool check_method_arguments(Value self, const char *method, int given, int expected, Tuple *kwnames) {
    const char *kind = gen_kind(as_generator(self));
    if (kwnames && kwnames->length) {
        raise_error(&type_type_error, "%s.%s() takes no keyword arguments", kind, method);
        return false;
    }
    if (given == expected) return true;
    if (expected == 0) raise_error(&type_type_error, "%s.%s() takes no arguments (%d given)", kind, method, given);
    else raise_error(&type_type_error, "%s.%s() takes exactly one argument (%d given)", kind, method, given);
    return false;
}

static Value gen_send(Value *args, int nargs, Tuple *kwnames) {
    if (!check_method_arguments(args[0], "send", nargs - 1, 1, kwnames)) return value_null();
    Value value;
    return result_to_value(gen_resume(as_generator(args[0]), args[1], value_null(), &value), value);
}

/* throw(type[, value[, traceback]]) or throw(instance): CPython's rules. */
static Value normalize_thrown(Value type, Value value) {
    if (is_object(type) && value_is_instance(type, &type_type) &&
        type_is_subtype((Type *)type.as.object, &type_base_exception)) {
        if (!is_null(value) && !is_none(value) && value_is_instance(value, (Type *)type.as.object)) return value;
        if (is_null(value) || is_none(value)) return obj_call(type, NULL, 0, NULL);
        if (is_tuple(value)) return obj_call(type, as_tuple(value)->items, (int)as_tuple(value)->length, NULL);
        return obj_call(type, &value, 1, NULL);
    }
    if (value_is_instance(type, &type_base_exception)) {
        if (!is_null(value) && !is_none(value))
            return raise_error(&type_type_error, "instance exception may not have a separate value");
        return type;
    }
    return raise_error(&type_type_error, "exceptions must be classes or instances deriving from BaseException, not %s",
                       value_type_name(type));
}

Value gen_exception_to_throw(const char *function, Value *args, int nargs) {
    if (nargs < 1) return raise_error(&type_type_error, "%s expected at least 1 argument, got %d", function, nargs);
    if (nargs > 3) return raise_error(&type_type_error, "%s expected at most 3 arguments, got %d", function, nargs);
    Value thrown = normalize_thrown(args[0], nargs > 1 ? args[1] : value_null());
    if (is_null(thrown)) return thrown;
    if (nargs > 2 && !is_none(args[2]) && !is_object_of(args[2], &type_traceback))
        return raise_error(&type_type_error, "throw() third argument must be a traceback object");
    return thrown;
}

static Value gen_throw(Value *args, int nargs, Tuple *kwnames) {
    if (kwnames && kwnames->length)
        return raise_error(&type_type_error, "%s.throw() takes no keyword arguments", gen_kind(as_generator(args[0])));
    Value thrown = gen_exception_to_throw("throw", args + 1, nargs - 1);
    if (is_null(thrown)) return thrown;
    Value value;
    return result_to_value(gen_resume(as_generator(args[0]), value_none(), thrown, &value), value);
}

/* close(): throw GeneratorExit in; the generator must not yield again. */
Value gen_close(Generator *gen) {
    if (gen->state == GEN_RUNNING) return raise_error(&type_value_error, "%s already executing", gen_kind(gen));
    if (gen->state == GEN_CREATED || gen->state == GEN_FINISHED) {
        gen->state = GEN_FINISHED;
        return value_none();
    }
    Value exit = exc_new(&type_generator_exit, NULL, 0);
    if (is_null(exit)) return exit;
    Value value;
    GenResult result = gen_resume(gen, value_none(), exit, &value);
    if (result == GEN_YIELDED) return raise_error(&type_runtime_error, "%s ignored GeneratorExit", gen_kind(gen));
    /* an async generator that returns signals StopAsyncIteration, which
     * close() does not swallow (CPython 3.11 reports it when finalizing) */
    if (result == GEN_RETURNED && gen->base.type == &type_async_generator)
        return raise_value(value_object(&type_stop_async_iteration));
    if (result == GEN_RAISED) {
        if (!error_matches(&type_generator_exit) && !error_matches(&type_stop_iteration)) return value_null();
        error_clear();
    }
    return value_none();
}

bool gen_needs_close(Generator *gen) {
    if (gen->base.type == &type_async_generator) {
        if (gen->ag_finalized) return false;          /* its finalizer hook had it: never again (PEP 442) */
        if (asyncgen_has_finalizer(gen)) return true; /* the hook, not close(), finishes it */
    }
    if (gen->base.type == &type_coroutine && gen->state == GEN_CREATED) return true; /* warn: never awaited */
    if (gen->state != GEN_SUSPENDED) return false;
    int index = (int)(gen->frame.pc - gen->frame.code->instructions) - 1;
    return code_find_handler(gen->frame.code, index) != NULL;
}

/* Line [line] of file [path] (without its newline) into [buffer]; false if unreadable. */
static bool read_source_line(const char *path, int line, char *buffer, size_t size) {
    FILE *file = fopen(path, "r");
    if (!file) return false;
    int current = 1;
    bool found = false;
    while (fgets(buffer, (int)size, file)) {
        if (current == line) {
            found = true;
            break;
        }
        if (strchr(buffer, '\n')) current++;
    }
    fclose(file);
    if (!found) return false;
    buffer[strcspn(buffer, "\n")] = '\0';
    return true;
}

/* CPython's warning for a coroutine that was created and then dropped:
 *     demo.py:7: RuntimeWarning: coroutine 'main' was never awaited
 *       main()
 * The location is where the program is when the coroutine is found
 * unreachable ("sys:1" once the program has ended). */
void gen_warn_never_awaited(const char *qualname) {
    fflush(stdout);
    Frame *frame = vm.frame;
    char source[1024];
    if (frame && frame->code->filename) {
        int line = frame_line(frame);
        const char *filename = str_cstr(frame->code->filename);
        fprintf(stderr, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", filename, line, qualname);
        if (read_source_line(filename, line, source, sizeof source)) {
            const char *text = source + strspn(source, " \t");
            fprintf(stderr, "  %s\n", text);
        }
        /* CPython adds this hint only while the program runs, not at exit */
        fprintf(stderr, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    } else {
        fprintf(stderr, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", qualname);
    }
}

void gen_finalize(Value value) {
    Generator *gen = as_generator(value);
    if (gen->base.type == &type_async_generator && asyncgen_has_finalizer(gen)) {
        asyncgen_call_finalizer(value);
        return;
    }
    if (gen->base.type == &type_coroutine && gen->state == GEN_CREATED) {
        gen->state = GEN_FINISHED;
        gen_warn_never_awaited(str_cstr(gen->qualname));
        return;
    }
    if (gen->state != GEN_SUSPENDED) return;
    if (!is_null(gen_close(gen))) return;
    Value exception = error_fetch();
    gen_report_unraisable(value, exception);
}

void gen_report_unraisable(Value object, Value exception) {
    fflush(stdout);
    gc_push_root(exception);
    Value text = obj_repr(object);
    fprintf(stderr, "Exception ignored in: %s\n", is_null(text) ? "<object>" : str_cstr(as_str(text)));
    error_clear();
    exc_print(exception);
    gc_pop_roots(1);
}

static Value gen_close_method(Value *args, int nargs, Tuple *kwnames) {
    if (!check_method_arguments(args[0], "close", nargs - 1, 0, kwnames)) return value_null();
    return gen_close(as_generator(args[0]));
}

static Value gen_repr(Value self) {
    Generator *gen = as_generator(self);
    return str_value(str_from_format("<generator object %s at %p>", str_cstr(gen->qualname), (void *)gen));
}

static Value iter_self(Value self) { return self; }

/* ---- introspection: gi_frame and friends ------------------------------------ */

/* A view of a generator's frame for gi_frame (f_lineno, f_locals, f_code). */
typedef struct FrameView {
    Object base;
    Generator *gen;
} FrameView;

static Value frame_view_lineno(Value self) {
    Generator *gen = ((FrameView *)self.as.object)->gen;
    if (gen->state == GEN_CREATED) return value_int(gen->frame.code->first_line);
    return value_int(frame_line(&gen->frame));
}

static Value frame_view_locals(Value self) {
    Generator *gen = ((FrameView *)self.as.object)->gen;
    Dict *locals = frame_locals_dict(&gen->frame);
    return locals ? value_object(locals) : value_null();
}

static Value frame_view_code(Value self) { return value_object(((FrameView *)self.as.object)->gen->frame.code); }
static Value frame_view_globals(Value self) { return value_object(((FrameView *)self.as.object)->gen->frame.globals); }
static Value frame_view_back(Value self) { return value_none(); }

static Value frame_view_repr(Value self) {
    Generator *gen = ((FrameView *)self.as.object)->gen;
    return str_value(str_from_format("<frame at %p, file '%s', line %lld, code %s>", (void *)self.as.object,
                                     str_cstr(gen->frame.code->filename), (long long)frame_view_lineno(self).as.integer,
                                     str_cstr(gen->frame.code->name)));
}

static void frame_view_mark(Object *self) { gc_mark_object((Object *)((FrameView *)self)->gen); }

static const GetSetDef frame_view_getsets[] = {
    {"f_lineno", frame_view_lineno, NULL},
    {"f_locals", frame_view_locals, NULL},
    {"f_code", frame_view_code, NULL},
    {"f_globals", frame_view_globals, NULL},
    {"f_back", frame_view_back, NULL},
    {NULL, NULL, NULL},
};

Type type_frame = {
    .name = "frame",
    .instance_size = sizeof(FrameView),
    .getsets = frame_view_getsets,
    .repr = frame_view_repr,
    .gc_mark = frame_view_mark,
};

Value gen_get_frame(Value self) {
    Generator *gen = as_generator(self);
    if (gen->state == GEN_FINISHED) return value_none();
    FrameView *view = (FrameView *)gc_alloc(&type_frame, sizeof(FrameView));
    if (!view) return value_null();
    view->gen = gen;
    return value_object(view);
}

static Value gen_get_running(Value self) { return value_bool(as_generator(self)->state == GEN_RUNNING); }
static Value gen_get_suspended(Value self) { return value_bool(as_generator(self)->state == GEN_SUSPENDED); }
Value gen_get_code(Value self) { return value_object(as_generator(self)->frame.code); }
Value gen_get_name(Value self) { return value_object(as_generator(self)->name); }
Value gen_get_qualname(Value self) { return value_object(as_generator(self)->qualname); }

static Value gen_get_yieldfrom(Value self) {
    Value receiver = gen_delegate(as_generator(self));
    return is_null(receiver) ? value_none() : receiver;
}

bool gen_set_name(Value self, Value value) {
    if (!is_str(value)) return raise_error(&type_type_error, "__name__ must be set to a string object").tag;
    as_generator(self)->name = as_str(value);
    return true;
}

bool gen_set_qualname(Value self, Value value) {
    if (!is_str(value)) return raise_error(&type_type_error, "__qualname__ must be set to a string object").tag;
    as_generator(self)->qualname = as_str(value);
    return true;
}

void gen_mark(Object *self) {
    Generator *gen = (Generator *)self;
    gc_mark_object((Object *)gen->name);
    gc_mark_object((Object *)gen->qualname);
    gc_mark_object(gen->handled_exception);
    gc_mark_object(gen->saved_handled);
    gc_mark_object(gen->ag_finalizer);
    frame_mark(&gen->frame);
}

static const MethodDef gen_methods[] = {
    {"send", gen_send, METHOD_INSTANCE, NULL},
    {"throw", gen_throw, METHOD_INSTANCE, NULL},
    {"close", gen_close_method, METHOD_INSTANCE, NULL},
    {"__next__", gen_next_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef gen_getsets[] = {
    {"gi_frame", gen_get_frame, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {NULL, NULL, NULL},
};

Type type_generator = {
    .name = "generator",
    .methods = gen_methods,
    .getsets = gen_getsets,
    .repr = gen_repr,
    .hash = NULL,
    .iter = iter_self,
    .next = gen_iternext,
    .gc_mark = gen_mark,
};

/* ---- coroutines ------------------------------------------------------------
 *
 * A coroutine (from `async def`) is a Generator struct of another type: it
 * runs on the same frames and the same resume machinery, but it is not an
 * iterator — it is *awaitable*. `await coro` delegates to it with the same
 * SEND loop as `yield from` (vm.c), and coro.__await__() gives a small
 * wrapper iterator for code that drives it by hand.
 */

typedef struct CoroutineWrapper {
    Object base;
    Generator *coroutine;
} CoroutineWrapper;

static Value coroutine_repr(Value self) {
    Generator *gen = as_generator(self);
    return str_value(str_from_format("<coroutine object %s at %p>", str_cstr(gen->qualname), (void *)gen));
}

static Value coroutine_await(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("__await__", kwnames) || !args_check_count("__await__", nargs - 1, 0, 0)) return value_null();
    CoroutineWrapper *wrapper = (CoroutineWrapper *)gc_alloc(&type_coroutine_wrapper, sizeof(CoroutineWrapper));
    if (!wrapper) return value_null();
    wrapper->coroutine = as_generator(args[0]);
    return value_object(wrapper);
}

static Value wrapper_next(Value self) {
    Value value;
    GenResult result = gen_resume(((CoroutineWrapper *)self.as.object)->coroutine, value_none(), value_null(), &value);
    if (result == GEN_YIELDED) return value;
    if (result == GEN_RETURNED) return gen_raise_stop_iteration(value);
    return value_null();
}

static Value wrapper_call(Value *args, int nargs, Value (*method)(Value *, int, Tuple *), Tuple *kwnames) {
    Value forwarded[4];
    forwarded[0] = value_object(((CoroutineWrapper *)args[0].as.object)->coroutine);
    for (int i = 1; i < nargs && i < 4; i++) forwarded[i] = args[i];
    return method(forwarded, nargs < 4 ? nargs : 4, kwnames);
}

static Value wrapper_send(Value *args, int nargs, Tuple *kwnames) { return wrapper_call(args, nargs, gen_send, kwnames); }
static Value wrapper_throw(Value *args, int nargs, Tuple *kwnames) { return wrapper_call(args, nargs, gen_throw, kwnames); }
static Value wrapper_close(Value *args, int nargs, Tuple *kwnames) { return wrapper_call(args, nargs, gen_close_method, kwnames); }
static Value wrapper_next_method(Value *args, int nargs, Tuple *kwnames) { return wrapper_next(args[0]); }

static void wrapper_mark(Object *self) { gc_mark_object((Object *)((CoroutineWrapper *)self)->coroutine); }

static const MethodDef wrapper_methods[] = {
    {"send", wrapper_send, METHOD_INSTANCE, NULL},
    {"throw", wrapper_throw, METHOD_INSTANCE, NULL},
    {"close", wrapper_close, METHOD_INSTANCE, NULL},
    {"__next__", wrapper_next_method, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_coroutine_wrapper = {
    .name = "coroutine_wrapper",
    .instance_size = sizeof(CoroutineWrapper),
    .methods = wrapper_methods,
    .iter = iter_self,
    .next = wrapper_next,
    .gc_mark = wrapper_mark,
};

static Value coroutine_get_await(Value self) { return gen_get_yieldfrom(self); }
/* where it was created, only tracked under sys.set_coroutine_origin_tracking_depth: never in pyco */
static Value coroutine_get_origin(Value self) { return value_none(); }

static const MethodDef coroutine_methods[] = {
    {"send", gen_send, METHOD_INSTANCE, NULL},
    {"throw", gen_throw, METHOD_INSTANCE, NULL},
    {"close", gen_close_method, METHOD_INSTANCE, NULL},
    {"__await__", coroutine_await, METHOD_INSTANCE, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef coroutine_getsets[] = {
    {"cr_frame", gen_get_frame, NULL},
    {"cr_running", gen_get_running, NULL},
    {"cr_suspended", gen_get_suspended, NULL},
    {"cr_code", gen_get_code, NULL},
    {"cr_await", coroutine_get_await, NULL},
    {"cr_origin", coroutine_get_origin, NULL},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {NULL, NULL, NULL},
};

Type type_coroutine = {
    .name = "coroutine",
    .methods = coroutine_methods,
    .getsets = coroutine_getsets,
    .repr = coroutine_repr,
    .gc_mark = gen_mark,
};

Value gen_get_awaitable(Value awaitable) {
    if (is_coroutine(awaitable)) {
        if (!is_null(gen_delegate(as_generator(awaitable))))
            return raise_error(&type_runtime_error, "coroutine is being awaited already");
        return awaitable;
    }
    if (is_generator(awaitable) && (as_generator(awaitable)->frame.code->flags & CODE_ITERABLE_COROUTINE))
        return awaitable;
    if (is_object(awaitable) && (awaitable.as.object->type->flags & TYPE_AWAITS_ITSELF)) return awaitable;
    Value method = type_lookup_cstr(value_type(awaitable), "__await__");
    if (is_null(method))
        return raise_error(&type_type_error, "object %s can't be used in 'await' expression", value_type_name(awaitable));
    Value iterator = obj_call(method, &awaitable, 1, NULL);
    if (is_null(iterator)) return iterator;
    if (is_coroutine(iterator) ||
        (is_generator(iterator) && (as_generator(iterator)->frame.code->flags & CODE_ITERABLE_COROUTINE)))
        return raise_error(&type_type_error, "__await__() returned a coroutine");
    if (!value_type(iterator)->next)
        return raise_error(&type_type_error, "__await__() returned non-iterator of type '%s'", value_type_name(iterator));
    return iterator;
}

static bool identity_hash(Value self, int64_t *out) {
    *out = (int64_t)((uintptr_t)self.as.object >> 4);
    return true;
}

/* ---- _coroutines: the C half of types.coroutine ----------------------------- */

/* mark_iterable_coroutine(function): let a generator function's generators
 * be awaited (CO_ITERABLE_COROUTINE), which is what types.coroutine and the
 * 3.4-style @asyncio.coroutine do to a generator function. */
static Value coroutines_mark_iterable(Value *args, int nargs, Tuple *kwnames) {
    if (!args_no_keywords("mark_iterable_coroutine", kwnames) || !args_check_count("mark_iterable_coroutine", nargs, 1, 1))
        return value_null();
    if (!is_function(args[0]))
        return raise_error(&type_type_error, "mark_iterable_coroutine() expects a function, not %s", value_type_name(args[0]));
    as_function(args[0])->code->flags |= CODE_ITERABLE_COROUTINE;
    return args[0];
}

static const MethodDef coroutines_functions[] = {
    {"mark_iterable_coroutine", coroutines_mark_iterable, METHOD_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

static Module *coroutines_module_init(void) { return module_from_methods("_coroutines", coroutines_functions); }

void gen_types_init(void) {
    module_register_native("_coroutines", coroutines_module_init);
    type_generator.hash = identity_hash;
    type_coroutine.hash = identity_hash;
    type_frame.hash = identity_hash;
    type_ready(&type_generator);
    type_ready(&type_coroutine);
    type_ready(&type_coroutine_wrapper);
    type_ready(&type_frame);
    asyncgen_types_init();
}
