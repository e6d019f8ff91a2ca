/* gc.h — allocation and the tracing garbage collector.
 *
 * pyco frees memory with a precise mark-and-sweep collector instead of
 * reference counting:
 *
 *   1. mark: starting from the roots (module dicts, every frame's locals and
 *      operand stack, suspended generators, the scheduler's queues, the
 *      temporary roots below), follow every reference and set `marked`;
 *   2. sweep: walk the list of all objects and free each unmarked one.
 *
 * Invariants
 *   - Every heap object is created by gc_alloc and lives on one list
 *     (Object.gc_next) until the sweep frees it. Static objects (built-in
 *     types, singletons) carry OBJECT_STATIC and are never freed.
 *   - Allocation NEVER collects. It only notes that a collection is due.
 *     The VM collects at safe points (calls and loop back-edges), where every
 *     live value is in a frame, a module or another root. So C code may keep
 *     fresh objects in C variables freely — unless it calls back into Python
 *     code (obj_call, obj_repr of a user object, ...), which can reach a safe
 *     point. Across such a call, protect fresh objects with gc_push_root /
 *     gc_pop_roots.
 *   - Each type's gc_mark slot marks everything the object refers to.
 *
 * The GC-stress build (-DGC_STRESS) collects at every safe point after any
 * allocation, so a missing root shows up at once as a use-after-free under
 * AddressSanitizer.
 */
#ifndef PYCO_GC_H
#define PYCO_GC_H

#include "object.h"

/* Allocate [size] zeroed bytes for an object of [type] and link it into the
 * heap. Returns NULL and raises MemoryError when memory runs out. */
Object *gc_alloc(Type *type, size_t size);

/* malloc/realloc/free for buffers owned by objects (list items, string
 * bytes). They count toward the collection threshold and raise MemoryError
 * (returning NULL) on failure. [old_size]/[new_size] are in bytes. */
void *gc_realloc(void *pointer, size_t old_size, size_t new_size);
void gc_free_buffer(void *pointer, size_t size);

/* Mark one reachable value/object (call from gc_mark slots). NULL is fine. */
void gc_mark_value(Value v);
void gc_mark_object(Object *o);
void gc_mark_values(const Value *values, size_t count);

/* Temporary roots for C code that calls back into Python while holding
 * fresh objects: push before, pop (the same count) after. */
void gc_pop_roots(int count);
void gc_push_root_slow(Value v);
extern Value *gc_temporary_roots;
extern int gc_temporary_count, gc_temporary_capacity;
static inline void gc_push_root(Value v) {
    if (gc_temporary_count < gc_temporary_capacity) gc_temporary_roots[gc_temporary_count++] = v;
    else gc_push_root_slow(v);
}

/* Register a C global that holds a value (module singletons, caches). */
void gc_add_global_root(Value *slot);
void gc_add_global_object_root(Object **slot);

/* Static built-in types are roots (type_ready registers each one). */
void gc_register_static_type(Type *type);
/* A subsystem that keeps values outside frames and modules (the scheduler's
 * queues, the generator finaliser queue) registers a function marking them. */
void gc_add_root_marker(void (*marker)(void));

/* Run a collection now if one is due (called by the VM at safe points). */
void gc_safe_point(void);
/* Collect unconditionally. */
size_t gc_collect(void); /* returns how many objects it freed */

/* Close every generator still suspended inside a try/with (at exit, as
 * CPython does when it tears down the main module). */
void gc_finalize_at_exit(void);

/* True when allocation has passed the threshold (the VM polls it cheaply). */
extern volatile bool gc_collection_due;

#endif
