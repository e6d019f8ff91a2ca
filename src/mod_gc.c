/* mod_gc.c — the gc module: collecting garbage on request.
 *
 * pyco's collector (gc.c) runs by itself when allocation passes a
 * threshold, so a program never needs this module. gc.collect() exists for
 * programs and tests that want unreachable objects dealt with at a known
 * point: CPython frees most objects the moment their last reference goes
 * (reference counting) and runs their cleanup then — a generator paused in
 * try/finally is closed, an async generator handed to its finalizer hook —
 * while pyco does that work at its next collection. After `del g;
 * gc.collect()` both have done it.
 *
 * collect() collects, then runs the finalization that collection queued
 * (closing unreachable generators), and returns how many objects were freed
 * (CPython returns how many unreachable objects it found: neither count is
 * something a program can predict).
 */
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "module.h"
#include "types_init.h"

static Value gc_module_collect(Value *args, int nargs, Tuple *kwnames) {
    static const char *const allowed[] = {"generation", NULL};
    if (!args_only_keywords("collect", kwnames, allowed) || !args_check_count("collect", nargs, 0, 1)) return value_null();
    size_t freed = gc_collect();
    gc_safe_point(); /* closes the generators the collection found unreachable */
    if (error_pending()) return value_null();
    return value_int((int64_t)freed);
}

static const MethodDef gc_functions[] = {
    {"collect", gc_module_collect, METHOD_STATIC, "Run a full collection now."},
    {NULL, NULL, 0, NULL},
};

static Module *gc_module_init(void) { return module_from_methods("gc", gc_functions); }

void mod_gc_register(void) { module_register_native("gc", gc_module_init); }
