/* asyncgen.h — async generators (`yield` inside `async def`) and the
 * awaitables that drive them; anext()'s default-value awaitable; the
 * firstiter/finalizer hooks of sys.set_asyncgen_hooks. See asyncgen.c. */
#ifndef PYCO_ASYNCGEN_H
#define PYCO_ASYNCGEN_H

#include "gen.h"

extern Type type_async_generator_asend, type_async_generator_athrow, type_anext_awaitable;

/* Ready the types (called by gen_types_init). */
void asyncgen_types_init(void);

/* Whether an unreachable async generator must be handed to the finalizer
 * hook it started under (it has one and is neither finished nor closed). */
bool asyncgen_has_finalizer(Generator *gen);
/* Call that finalizer with the generator (at a safe point, from the
 * collector's finalization queue); an error it raises is reported on
 * stderr as "Exception ignored in: <async_generator object ...>". */
void asyncgen_call_finalizer(Value gen);
/* The program has ended: finalizer hooks are no longer called. The event
 * loop that installed them has stopped (asyncio's does nothing once closed;
 * CPython calls them during teardown, when print() already writes nowhere),
 * and such a generator is not closed either. */
void asyncgen_at_exit(void);

/* ag.__anext__() for `async for` (GET_ANEXT): the asend awaitable, after
 * the firstiter hook on the first call. */
Value asyncgen_anext(Value gen);

/* An __anext__/asend/athrow/aclose awaitable, which SEND drives with
 * asyncgen_awaitable_send. */
static inline bool is_asyncgen_awaitable(Value v) {
    return v.tag == VAL_OBJ &&
           (v.as.object->type == &type_async_generator_asend || v.as.object->type == &type_async_generator_athrow);
}
/* One send() into such an awaitable: the value its driver must pass up, or,
 * with *done set, the result the await ends with (no StopIteration is
 * created); VAL_NULL with an exception pending on error. */
Value asyncgen_awaitable_send(Value awaitable, Value sent, bool *done);

/* anext(iterator, default): wrap the awaitable of iterator.__anext__() so
 * that its StopAsyncIteration becomes StopIteration(default), the await's
 * value. */
Value asyncgen_anext_awaitable_new(Value awaitable, Value default_value);

/* The hooks themselves, for sys.get_asyncgen_hooks / set_asyncgen_hooks
 * (modsys.c) and for an event loop written in C. VAL_NULL means unset. */
void asyncgen_get_hooks(Value *firstiter, Value *finalizer);
void asyncgen_set_firstiter(Value firstiter);
void asyncgen_set_finalizer(Value finalizer);

#endif
