/* gc.c — the mark-and-sweep garbage collector.
 *
 * See gc.h for the rules. The collector is "stop the world": it runs only
 * at the VM's safe points, never in the middle of C code that is building
 * an object, which is why allocation itself never collects.
 *
 *   gc_collect
 *     mark_roots      everything the running program can reach directly:
 *                     vm state, the frame chain, temporary and global roots,
 *                     static types, interned strings, registered markers
 *     trace           pop gray objects and mark what they refer to
 *                     (each type's gc_mark slot), until none is left
 *     sweep           free every unmarked heap object, clear the marks
 *
 * Marking uses an explicit gray stack rather than recursion, so a list
 * nested a million deep cannot overflow the C stack.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "asyncgen.h"
#include "exc.h"
#include "frame.h"
#include "gen.h"
#include "pool.h"
#include "str.h"
#include "vm.h"

volatile bool gc_collection_due = false;

static Object *all_objects = NULL;
static size_t bytes_allocated = 0;
/* The first collection comes after 1 MiB, later ones when the heap has doubled.
 * A small first step keeps young garbage in the cache: the pools hand freed slots
 * straight back out, and a million short-lived awaitables (b3) then reuse a few
 * hot pages instead of streaming through 16 MiB of cold ones (b3: ~12% faster). */
enum { MIN_COLLECTION_BYTES = 1024 * 1024 };
static size_t next_collection = MIN_COLLECTION_BYTES;

/* The gray stack: marked objects whose children are not yet marked. */
static Object **gray_stack = NULL;
static size_t gray_count = 0, gray_capacity = 0;

/* Temporary roots pushed by C code (gc_push_root, inline in gc.h). */
Value *gc_temporary_roots = NULL;
int gc_temporary_count = 0, gc_temporary_capacity = 0;

/* Addresses of C globals holding values. */
typedef struct GlobalRoot {
    Value *value_slot;
    Object **object_slot;
} GlobalRoot;
static GlobalRoot *global_roots = NULL;
static int global_count = 0, global_capacity = 0;

/* Functions of other subsystems (the scheduler, generators) that mark
 * what they keep. */
static void (*root_markers[16])(void);
static int root_marker_count = 0;

static void *grow_array(void *array, int *capacity, size_t element_size) {
    int new_capacity = *capacity ? *capacity * 2 : 64;
    void *grown = realloc(array, (size_t)new_capacity * element_size);
    if (!grown) {
        fprintf(stderr, "pyco: out of memory in the garbage collector\n");
        abort();
    }
    *capacity = new_capacity;
    return grown;
}

/* ---- allocation ---------------------------------------------------------- */

#ifdef GC_STRESS
/* Stress mode collects after every allocation while the heap is small —
 * where missing roots show up — and every live/256 allocations once it is
 * large, so a test holding 100,000 generators does not take hours. */
static size_t live_objects = 0, allocations_since_collection = 0;
#endif

static void note_allocation(size_t size) {
    bytes_allocated += size;
#ifdef GC_STRESS
    if (++allocations_since_collection > live_objects / 256) gc_collection_due = true;
#else
    if (bytes_allocated > next_collection) gc_collection_due = true;
#endif
}

Object *gc_alloc(Type *type, size_t size) {
    Object *object = pool_alloc(size);
    if (!object) {
        raise_memory_error();
        return NULL;
    }
    object->type = type;
    object->gc_size = size > UINT32_MAX ? UINT32_MAX : (uint32_t)size;
    object->gc_next = all_objects;
    all_objects = object;
    note_allocation(size);
    return object;
}

void *gc_realloc(void *pointer, size_t old_size, size_t new_size) {
    if (new_size == 0) {
        gc_free_buffer(pointer, old_size);
        return NULL;
    }
    void *result = realloc(pointer, new_size);
    if (!result) {
        raise_memory_error();
        return NULL;
    }
    if (new_size > old_size) note_allocation(new_size - old_size);
    else bytes_allocated -= (old_size - new_size) <= bytes_allocated ? old_size - new_size : bytes_allocated;
    return result;
}

void gc_free_buffer(void *pointer, size_t size) {
    free(pointer);
    bytes_allocated -= size <= bytes_allocated ? size : bytes_allocated;
}

/* ---- roots ------------------------------------------------------------------ */

void gc_push_root_slow(Value v) {
    if (gc_temporary_count == gc_temporary_capacity)
        gc_temporary_roots = grow_array(gc_temporary_roots, &gc_temporary_capacity, sizeof(Value));
    gc_temporary_roots[gc_temporary_count++] = v;
}

void gc_pop_roots(int count) { gc_temporary_count -= count; }

static void add_global_root(Value *value_slot, Object **object_slot) {
    if (global_count == global_capacity)
        global_roots = grow_array(global_roots, &global_capacity, sizeof(GlobalRoot));
    global_roots[global_count++] = (GlobalRoot){value_slot, object_slot};
}

void gc_add_global_root(Value *slot) { add_global_root(slot, NULL); }
void gc_add_global_object_root(Object **slot) { add_global_root(NULL, slot); }

void gc_add_root_marker(void (*marker)(void)) {
    if (root_marker_count < (int)(sizeof root_markers / sizeof root_markers[0]))
        root_markers[root_marker_count++] = marker;
}

/* ---- marking ---------------------------------------------------------------- */

static void trace_gray(void);

/* When one marker pushes thousands of objects (the scheduler's ready queue
 * with 100,000 tasks), they are traced before it goes on, so the gray stack
 * stays a few thousand long instead of growing with the heap. A nested drain
 * waits for a longer stack than the one it runs inside (else it would fire
 * again at once), and nesting stops after a few levels, so the C stack stays
 * small too. */
enum { GRAY_DRAIN_AT = 4096, GRAY_DRAIN_NESTING = 4 };
static int drain_nesting = 0;

void gc_mark_object(Object *object) {
    if (!object || object->marked) return;
    object->marked = 1;
    if (gray_count == gray_capacity) {
        int capacity = (int)gray_capacity;
        gray_stack = grow_array(gray_stack, &capacity, sizeof(Object *));
        gray_capacity = (size_t)capacity;
    }
    gray_stack[gray_count++] = object;
    if (gray_count >= (size_t)GRAY_DRAIN_AT * (size_t)(drain_nesting + 1) && drain_nesting < GRAY_DRAIN_NESTING) {
        drain_nesting++;
        trace_gray();
        drain_nesting--;
    }
}

void gc_mark_value(Value v) {
    if (v.tag == VAL_OBJ) gc_mark_object(v.as.object);
}

/* A long array (a list of 100,000 tasks) is marked a slice at a time: the
 * rest waits as one (values, count) range instead of putting every element
 * on the gray stack at once, which would make the stack — memory the
 * collector keeps — as long as the longest list. */
typedef struct PendingValues {
    const Value *values;
    size_t count;
} PendingValues;
static PendingValues *pending_values = NULL;
static int pending_count = 0, pending_capacity = 0;
enum { MARK_SLICE = 256 };

void gc_mark_values(const Value *values, size_t count) {
    if (count > MARK_SLICE) {
        if (pending_count == pending_capacity)
            pending_values = grow_array(pending_values, &pending_capacity, sizeof(PendingValues));
        pending_values[pending_count++] = (PendingValues){values + MARK_SLICE, count - MARK_SLICE};
        count = MARK_SLICE;
    }
    for (size_t i = 0; i < count; i++) gc_mark_value(values[i]);
}

/* Static built-in types are roots: their dicts hold the methods even when
 * no object of the type exists right now (floats are never objects). */
static Type **static_types = NULL;
static int static_type_count = 0, static_type_capacity = 0;

void gc_register_static_type(Type *type) {
    if (static_type_count == static_type_capacity)
        static_types = grow_array(static_types, &static_type_capacity, sizeof(Type *));
    static_types[static_type_count++] = type;
}

/* Unreachable generators that must still run a finally/with block: kept
 * alive for one more cycle and closed at the next safe point, because no
 * Python code may run during a collection. */
static Value *finalize_queue = NULL;
static int finalize_count = 0, finalize_capacity = 0;

static void queue_for_finalization(Object *object) {
    if (finalize_count == finalize_capacity)
        finalize_queue = grow_array(finalize_queue, &finalize_capacity, sizeof(Value));
    finalize_queue[finalize_count++] = value_object(object);
}

static void mark_roots(void) {
    gc_mark_value(vm.exception);
    gc_mark_object(vm.handled_exception);
    gc_mark_object((Object *)vm.builtins);
    gc_mark_object((Object *)vm.modules);
    gc_mark_object((Object *)vm.interned);
    for (Frame *frame = vm.frame; frame; frame = frame->previous) frame_mark(frame);
    gc_mark_values(gc_temporary_roots, (size_t)gc_temporary_count);
    for (int i = 0; i < global_count; i++) {
        if (global_roots[i].value_slot) gc_mark_value(*global_roots[i].value_slot);
        else gc_mark_object(*global_roots[i].object_slot);
    }
    for (int i = 0; i < static_type_count; i++) gc_mark_object((Object *)static_types[i]);
    str_mark_interned();
    for (int i = 0; i < root_marker_count; i++) root_markers[i]();
    gc_mark_values(finalize_queue, (size_t)finalize_count);
}

static void trace(void);

static void rescue_finalizable(void) {
    for (Object *object = all_objects; object; object = object->gc_next) {
        if (object->marked || !is_generator_object(object)) continue;
        if (!gen_needs_close((Generator *)object)) continue;
        queue_for_finalization(object);
        gc_mark_object(object);
    }
    trace();
}

/* Close the queued generators (at a safe point, never inside a collection). */
static void run_finalizers(void) {
    static bool running = false;
    if (running || finalize_count == 0) return;
    running = true;
    Value pending = error_fetch();
    while (finalize_count > 0) {
        Value gen = finalize_queue[--finalize_count];
        gc_push_root(gen);
        gen_finalize(gen);
        gc_pop_roots(1);
    }
    if (!is_null(pending)) error_restore(pending);
    running = false;
}

void gc_finalize_at_exit(void) {
    asyncgen_at_exit();
    /* oldest first, like the order the program created them */
    int count = 0;
    for (Object *object = all_objects; object; object = object->gc_next) {
        if (object->type->at_exit) object->type->at_exit(object);
        if (is_generator_object(object) && gen_needs_close((Generator *)object)) count++;
    }
    Value *gens = malloc(sizeof(Value) * (size_t)(count ? count : 1));
    if (!gens) return;
    int index = count;
    for (Object *object = all_objects; object; object = object->gc_next)
        if (is_generator_object(object) && gen_needs_close((Generator *)object)) gens[--index] = value_object(object);
    for (int i = 0; i < count; i++) gc_push_root(gens[i]);
    for (int i = 0; i < count; i++) gen_finalize(gens[i]);
    gc_pop_roots(count);
    free(gens);
}

/* Pop gray objects and mark what they refer to, until none is left. */
static void trace_gray(void) {
    while (gray_count > 0) {
        Object *object = gray_stack[--gray_count];
        gc_mark_object((Object *)object->type);
        if (object->type->gc_mark) object->type->gc_mark(object);
    }
}

/* Trace everything: the gray stack, then each waiting slice of a long array. */
static void trace(void) {
    for (;;) {
        trace_gray();
        if (pending_count == 0) return;
        PendingValues rest = pending_values[--pending_count];
        gc_mark_values(rest.values, rest.count); /* the next slice; the remainder waits again */
    }
}

/* ---- sweeping -------------------------------------------------------------- */

static void free_object(Object *object) {
    if (object->type->gc_free) object->type->gc_free(object);
    size_t size = object->gc_size;
    bytes_allocated -= size <= bytes_allocated ? size : bytes_allocated;
#ifdef GC_STRESS
    memset(object, 0xdd, size);
#endif
    pool_free(object, size);
}

/* Free every unmarked object; returns how many. */
static size_t sweep(void) {
    size_t freed = 0;
    Object **link = &all_objects;
#ifdef GC_STRESS
    live_objects = 0;
    allocations_since_collection = 0;
#endif
    while (*link) {
        Object *object = *link;
        if (object->marked) {
            object->marked = 0;
#ifdef GC_STRESS
            live_objects++;
#endif
            link = &object->gc_next;
        } else {
            *link = object->gc_next;
            free_object(object);
            freed++;
        }
    }
    /* Static objects were marked too but are not on the list: unmark them. */
    for (int i = 0; i < static_type_count; i++) static_types[i]->base.marked = 0;
    return freed;
}

/* Static objects other than types (singletons, static strings) may have
 * been marked through references; their marks are reset lazily: a static
 * object keeps marked=1 after a collection, which only means it will not be
 * traced again — so static objects must not hold references to heap objects
 * except static types, whose marks are reset above. */

size_t gc_collect(void) {
    mark_roots();
    trace();
    rescue_finalizable();
    size_t freed = sweep();
    gc_collection_due = false;
    size_t threshold = bytes_allocated * 2;
    next_collection = threshold > MIN_COLLECTION_BYTES ? threshold : MIN_COLLECTION_BYTES;
    return freed;
}

void gc_safe_point(void) {
    if (gc_collection_due) gc_collect();
    run_finalizers();
}
