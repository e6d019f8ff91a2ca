/* gen.h — generators (and, later, coroutines): functions that can pause.
 *
 * Calling a generator function runs none of its body. It creates a
 * Generator object with the function's frame *embedded* in it, arguments
 * already bound, and returns that object:
 *
 *     +---------------------------+
 *     | Generator header: state,  |
 *     | name, qualname, ...       |
 *     +---------------------------+
 *     | Frame (frame.h): pc,      |   the frame lives as long as the
 *     | slots, operand stack      |   generator does, so it can stop at a
 *     +---------------------------+   `yield` and continue later
 *
 * Resuming (next/send/throw) links that frame onto the running frame chain
 * and lets the VM execute it until `yield` (SUSPENDED: pc and stack stay
 * in the frame), `return` (FINISHED, the value becomes StopIteration.value)
 * or an exception (FINISHED). Nothing is copied and no C stack is kept:
 * a suspended generator is just its frame.
 *
 *   CREATED --next/send(None)--> RUNNING --yield--> SUSPENDED --next--> RUNNING
 *                                   |  return / raise
 *                                   v
 *                                FINISHED
 */
#ifndef PYCO_GEN_H
#define PYCO_GEN_H

#include "frame.h"
#include "func.h"

typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED } GenState;

/* What a resume ended with (CPython's PySendResult). */
typedef enum GenResult { GEN_YIELDED, GEN_RETURNED, GEN_RAISED } GenResult;

typedef struct Generator {
    Object base;
    GenState state;
    /* async generators only (asyncgen.c), CPython's PyAsyncGenObject fields: */
    bool ag_hooks_inited;  /* sys.set_asyncgen_hooks consulted (first __anext__/asend/athrow/aclose) */
    bool ag_closed;        /* aclose() began, or it ended with StopAsyncIteration/GeneratorExit */
    bool ag_running_async; /* an asend/athrow awaitable is driving it: `ag_running` */
    bool ag_finalized;     /* its finalizer hook has been called: never again (PEP 442) */
    Object *ag_finalizer;  /* the finalizer hook when it started, or NULL */
    Str *name;               /* __name__ */
    Str *qualname;           /* __qualname__ */
    /* Exceptions, or NULL for none (pointers, not Values: a suspended
     * coroutine is mostly this struct, and thousands may be waiting): */
    Object *handled_exception; /* the exception its `except` block handles while suspended */
    Object *saved_handled;     /* the resumer's handled exception while it runs */
    /* embedded; must be the last member (flexible slots). Aligned so that the
     * 16-byte Values of its slots never straddle a cache line: b8 ran 25%
     * slower with them 8 bytes off. */
    _Alignas(16) Frame frame;
} Generator;

/* The generator a frame is embedded in (frame->in_generator must be set). */
static inline Generator *frame_generator(Frame *frame) {
    return (Generator *)((char *)frame - offsetof(Generator, frame));
}

extern Type type_generator, type_coroutine, type_coroutine_wrapper, type_async_generator;

static inline bool is_generator(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_generator; }
static inline bool is_coroutine(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_coroutine; }
static inline bool is_async_generator(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_async_generator; }
/* Any of the three kinds of Generator struct (the collector's question). */
static inline bool is_generator_object(Object *object) {
    return object->type == &type_generator || object->type == &type_coroutine || object->type == &type_async_generator;
}
/* A generator or a coroutine: both are Generator structs the VM resumes by
 * linking their frames. (An async generator is one too, but only its
 * asend/athrow awaitables resume it, from C: asyncgen.c.) */
static inline bool is_gen_like(Value v) {
    return v.tag == VAL_OBJ && (v.as.object->type == &type_generator || v.as.object->type == &type_coroutine);
}
/* "generator", "coroutine" or "async generator", for CPython's messages. */
static inline const char *gen_kind(Generator *gen) {
    if (gen->base.type == &type_coroutine) return "coroutine";
    return gen->base.type == &type_async_generator ? "async generator" : "generator";
}
static inline Generator *as_generator(Value v) { return (Generator *)v.as.object; }

/* Make a generator (CODE_GENERATOR) or a coroutine (CODE_COROUTINE, from
 * `async def`) for a call of [function]: binds the arguments, runs nothing. */
Value gen_new(Function *function, Value *args, int nargs, Tuple *kwnames);

/* Resume from C: send [sent] (None for next()), or throw [thrown] when it
 * is not VAL_NULL. *out receives the yielded or returned value; on
 * GEN_RAISED the exception is pending. */
GenResult gen_resume(Generator *gen, Value sent, Value thrown, Value *out);

/* The C function behind generator.send, so the VM can recognise a call
 * of it and resume the generator by linking its frame (vm.c). */
extern const NativeFn gen_send_function;

/* close(): throw GeneratorExit in (gen.c). */
Value gen_close(Generator *gen);

/* The exception throw(type[, value[, traceback]]) / throw(instance) throws,
 * checking the arguments as CPython's [function]() does ("throw expected at
 * least 1 argument, got 0"); VAL_NULL with the error pending. */
Value gen_exception_to_throw(const char *function, Value *args, int nargs);

/* Raise StopIteration carrying [value] (a bare StopIteration for None), as
 * a generator's return does; returns VAL_NULL. */
Value gen_raise_stop_iteration(Value value);

/* Attribute getters all three kinds share (gi_frame / cr_frame / ag_frame ...). */
Value gen_get_frame(Value self);
Value gen_get_code(Value self);
Value gen_get_name(Value self);
Value gen_get_qualname(Value self);
bool gen_set_name(Value self, Value value);
bool gen_set_qualname(Value self, Value value);
void gen_mark(Object *self);

/* The VM side of resuming (vm.c): run the generator's frame as an entry
 * frame; [sent] is pushed as the pending yield's value unless VAL_NULL;
 * with [throwing] the pending exception is raised at the paused yield. */
GenResult vm_resume_generator(Generator *gen, Value sent, bool throwing, Value *out);

/* The awaitable iterator for `await x` (GET_AWAITABLE): a coroutine itself,
 * a generator marked by types.coroutine, or what x.__await__() returns;
 * TypeError "object int can't be used in 'await' expression" otherwise. */
Value gen_get_awaitable(Value awaitable);

/* Whether a suspended generator would run code if closed (it is paused
 * inside a try/with block), so the collector must close it, not just free it. */
bool gen_needs_close(Generator *gen);
/* Close a generator the program can no longer reach; an exception it raises
 * is reported on stderr as "Exception ignored in: ..." as CPython does. */
void gen_finalize(Value gen);
/* CPython's "RuntimeWarning: coroutine 'NAME' was never awaited" on stderr,
 * located where the program is now ("sys:1" once it has ended). */
void gen_warn_never_awaited(const char *qualname);
/* CPython's "Exception ignored in: <repr of object>" and the traceback of
 * [exception], on stderr (the error indicator is cleared). */
void gen_report_unraisable(Value object, Value exception);

/* Whether a suspended generator is paused inside `yield from`/`await`, and
 * the object it delegates to (gi_yieldfrom), or VAL_NULL. */
Value gen_delegate(Generator *gen);

#endif
