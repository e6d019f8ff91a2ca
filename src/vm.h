/* vm.h — the virtual machine: its state and the bytecode loop.
 *
 * There is one VM per process (pyco has no threads), kept in the global
 * `vm`. It holds what every part of the interpreter shares: the pending
 * exception, the current frame chain, the builtins and the loaded modules.
 *
 * vm_run executes frames. A Python-to-Python call does not call vm_run again:
 * the loop pushes the callee's frame and continues with it, and RETURN_VALUE
 * pops back to the caller — so deep Python recursion never deepens the C
 * stack. Only C code that calls Python (sorted(key=...), a user __repr__ from
 * print) starts a nested vm_run; those nestings are counted and bounded.
 */
#ifndef PYCO_VM_H
#define PYCO_VM_H

#include "object.h"

typedef struct Frame Frame;
typedef struct Code Code;
typedef struct Function Function;

typedef struct VM {
    Value exception;          /* the pending exception, VAL_NULL if none */
    /* The exception an `except` block is handling (sys.exc_info), NULL for
     * none: a pointer, so that resuming a generator swaps it with the
     * generator's own by plain copies. */
    Object *handled_exception;
    Frame *frame;             /* the innermost running frame */
    Dict *builtins;           /* the builtins module's dict */
    Dict *modules;            /* sys.modules */
    Dict *interned;           /* interned strings (str.c) */
    int depth;                /* Python frames on the chain, for RecursionError */
    int recursion_limit;      /* sys.getrecursionlimit(), default 1000 */
    int native_depth;         /* nested vm_run calls (C stack depth guard) */
    int c_depth;              /* nesting of C recursion: repr and comparison of nested containers */
    volatile int interrupted; /* set by the SIGINT handler: raise KeyboardInterrupt */
    bool virtual_time;        /* --virtual-time */
    bool trace;               /* --trace */
    int argc;                 /* sys.argv */
    char **argv;
} VM;

/* An exception Value <-> the pointer kept in vm.handled_exception (None and
 * VAL_NULL both mean none). */
static inline Object *exception_to_slot(Value exception) {
    return exception.tag == VAL_OBJ ? exception.as.object : NULL;
}
static inline Value exception_from_slot(Object *exception) {
    return exception ? value_object(exception) : value_none();
}

extern VM vm;

/* Start-up: types, builtins, sys, the module search path. */
void vm_init(int argc, char **argv);

/* Run [code] as a module body in [globals] (which gets __builtins__).
 * Returns the value of the last expression for the REPL or None; VAL_NULL on
 * an uncaught exception (pending). */
Value vm_run_module_code(Code *code, Dict *globals);

/* Call a Python function from C: a nested vm_run behind an entry frame. */
Value vm_call_function(Function *function, Value *args, int nargs, Tuple *kwnames);

/* Run a class body (or any function) with [locals] as its namespace dict:
 * LOAD_NAME/STORE_NAME use it. Returns the body's return value. */
Value vm_call_with_locals(Function *function, Dict *locals);

/* Execute frames starting at [entry] until it returns (or raises). */
Value vm_run(Frame *entry);

/* The exception being handled right now, as sys.exc_info() sees it: the
 * innermost frame's, or — inside a generator that handles none itself —
 * the one its resumer was handling (CPython chains these states). None if
 * there is none. */
Value vm_handled_exception(void);

/* Check the SIGINT flag; raises KeyboardInterrupt and returns false if set. */
bool vm_check_interrupt(void);

#endif
