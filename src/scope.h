/* scope.h — which scope each name belongs to (CPython's symtable).
 *
 * Python decides a name's scope from the whole function body: an assignment
 * anywhere in a function makes the name local everywhere in it, and a
 * `yield` anywhere makes the function a generator. So before any code is
 * generated, scope.c walks the tree twice:
 *
 *   1. collect: build a tree of Scopes (module, function, lambda, class,
 *      comprehension) and record, per name, how each scope uses it (bound,
 *      used, declared global/nonlocal, a parameter);
 *   2. resolve: top-down, decide each name's NameScope. A name bound in an
 *      enclosing *function* and used here is FREE here and CELL there. Class
 *      bodies are invisible to the functions nested in them, except for the
 *      implicit `__class__` cell that super() needs.
 *
 * Names inside a class body that start with two underscores are mangled
 * (`__x` in class C is `_C__x`) before they are recorded, exactly as CPython
 * does; scope_mangle gives the compiler the same spelling.
 *
 * Errors CPython's symtable finds (bad global/nonlocal, duplicate
 * parameters, yield inside a comprehension, walrus misuse) are found here
 * and become a pending SyntaxError with CPython's message and position;
 * the others (misplaced return/yield/await, starred targets) are left to
 * compile.c, so that the first error reported is the one CPython reports.
 */
#ifndef PYCO_SCOPE_H
#define PYCO_SCOPE_H

#include <stdbool.h>
#include "ast.h"

typedef enum ScopeKind {
    SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_CLASS, SCOPE_COMPREHENSION
} ScopeKind;

/* Where a name lives once resolution is done. */
typedef enum NameScope {
    NAME_UNKNOWN = 0,
    NAME_LOCAL,            /* a fast slot (functions) or the locals dict (module, class) */
    NAME_GLOBAL_EXPLICIT,  /* declared `global` */
    NAME_GLOBAL_IMPLICIT,  /* never bound in any enclosing function: globals, then builtins */
    NAME_FREE,             /* captured from an enclosing function's cell */
    NAME_CELL,             /* local, but captured by a nested function */
} NameScope;

/* How a scope uses a name (bit flags). */
enum SymbolFlags {
    SYMBOL_BOUND = 1,        /* assigned, imported, def/class, for/with/except target */
    SYMBOL_USED = 2,         /* read */
    SYMBOL_GLOBAL = 4,       /* declared `global` */
    SYMBOL_NONLOCAL = 8,     /* declared `nonlocal` */
    SYMBOL_PARAMETER = 16,   /* a parameter of the function */
    SYMBOL_FREE_CLASS = 32,  /* a class body binds it AND passes it through to a method */
    SYMBOL_COMP_ITER = 64,   /* a comprehension's loop variable */
};

/* A hash map from names to small ints, so that looking a name up does not
 * scan every name of a big module. Keys are borrowed: they must outlive the
 * map (AST text, names owned by the ScopeTable, interned Str data). */
typedef struct NameIndexEntry {
    const char *key;  /* NULL: empty */
    uint32_t hash;
    int value;
} NameIndexEntry;
typedef struct NameIndex {
    NameIndexEntry *entries;
    int capacity, count;
} NameIndex;

/* The value stored for [key], or -1. */
int scope_index_get(const NameIndex *index, const char *key);
/* Store [value] (>= 0) for [key], replacing any previous one. */
void scope_index_put(NameIndex *index, const char *key, int value);
void scope_index_free(NameIndex *index);

typedef struct Symbol {
    const char *name;  /* mangled */
    int flags;         /* SymbolFlags */
    NameScope scope;   /* after resolution */
    Node *directive;   /* the first global/nonlocal statement naming it (for errors) */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;         /* "f", "<module>", "<lambda>", "<listcomp>" ... */
    Node *node;               /* the defining node (NULL for the module) */
    Scope *parent;
    Symbol *symbols;          /* in first-seen order */
    int symbol_count, symbol_capacity;
    NameIndex symbol_index;   /* name -> index into symbols */
    Scope **children;         /* in source order */
    int child_count, child_capacity;
    const char **parameters;  /* in slot order: positional, keyword-only, *args, **kwargs */
    int parameter_count;
    const char *class_name;   /* the innermost enclosing class (for mangling), or NULL */
    bool is_generator;        /* has yield / yield from in its own body */
    bool is_coroutine;        /* async def, or an async comprehension */
    bool is_async_function;   /* async def itself */
    bool has_await;           /* await / async for / async with / async comprehension inside */
    bool has_return_value;    /* `return x` in its own body */
    bool needs_class_cell;    /* a class whose methods use super() or __class__ */
    bool is_nested;           /* inside a function (CO_NESTED) */
};

typedef struct ScopeTable {
    Scope *module;
    char **owned_strings;     /* mangled names made during analysis */
    int owned_count, owned_capacity;
} ScopeTable;

/* Analyse a whole tree (NODE_MODULE, NODE_INTERACTIVE or NODE_EXPRESSION).
 * Returns NULL with a SyntaxError pending on errors. Free with scope_free. */
ScopeTable *scope_analyze(Node *tree, const char *filename, const char *source);
void scope_free(ScopeTable *table);

/* The child scope made for [node] (a def, lambda, class or comprehension)
 * directly inside [scope], or NULL. */
Scope *scope_child(Scope *scope, Node *node);

/* The symbol for [name] (already mangled) in [scope], or NULL. */
Symbol *scope_lookup(Scope *scope, const char *name);

/* How [name] (already mangled) resolves in [scope]; GLOBAL_IMPLICIT when
 * the scope never saw it. */
NameScope scope_name_scope(Scope *scope, const char *name);

/* The mangled spelling of [name] inside [scope]: `__x` becomes `_C__x` in
 * (methods of) class C; the text is owned by [table]. */
const char *scope_mangle(ScopeTable *table, Scope *scope, const char *name);

/* Whether code for this scope uses fast slots (functions, lambdas,
 * comprehensions) rather than a locals dict (module, class). */
static inline bool scope_is_optimized(Scope *scope) {
    return scope->kind == SCOPE_FUNCTION || scope->kind == SCOPE_LAMBDA || scope->kind == SCOPE_COMPREHENSION;
}

/* Raise a SyntaxError located at [node] (its start and end positions),
 * with the source line as its text, as CPython reports compile-time errors;
 * used by scope.c and compile.c. */
void scope_raise_syntax_error(const char *filename, const char *source, Node *node,
                              const char *format, ...) __attribute__((format(printf, 4, 5)));

/* Print every scope and its names (`pyco --scopes`). */
void scope_dump(Scope *scope, FILE *out);

#endif
