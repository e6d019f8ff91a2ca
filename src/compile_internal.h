/* compile_internal.h — what the three compiler files share.
 *
 * The compiler is split by concept: compile.c holds the infrastructure
 * (units, emitting, labels, constants and names, frame blocks and their
 * unwinding, the exception table, max-stack computation, Code creation and
 * the entry points), compile_expr.c turns expressions into code (including
 * comprehensions, lambdas and f-strings) and compile_stmt.c turns statements
 * into code (including def and class). Every function declared here is
 * private to those three files; the public interface is compile.h.
 *
 * All of them take the Compiler and emit into compiler->unit, the innermost
 * open CompileUnit; once compiler->failed is set (a SyntaxError is pending)
 * they keep going harmlessly but nothing they emit is used.
 */
#ifndef PYCO_COMPILE_INTERNAL_H
#define PYCO_COMPILE_INTERNAL_H

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "compile.h"
#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "gc.h"
#include "int.h"
#include "scope.h"
#include "str.h"
#include "tuple.h"

#define COMPILE_MAX_BLOCKS 64

typedef enum BlockKind {
    BLOCK_WHILE, BLOCK_FOR, BLOCK_TRY_EXCEPT, BLOCK_FINALLY_TRY, BLOCK_FINALLY_END,
    BLOCK_WITH, BLOCK_ASYNC_WITH, BLOCK_HANDLER_CLEANUP, BLOCK_EXCEPTION_HANDLER, BLOCK_POP_VALUE,
} BlockKind;

/* A frame block: a statement that early exits must unwind. */
typedef struct Block {
    BlockKind kind;
    int start_label;     /* loops: where `continue` goes */
    int exit_label;      /* loops: where `break` goes */
    int handler_label;   /* -1, or the exception handler covering this block's code */
    int handler_depth;
    NodeList *final_body; /* BLOCK_FINALLY_TRY: the finally statements */
    const char *name;    /* BLOCK_HANDLER_CLEANUP: the `as` name, or NULL */
} Block;

typedef struct CompileUnit CompileUnit;
struct CompileUnit {
    CompileUnit *parent;
    Scope *scope;
    Node *node;
    /* instructions, with the line and handler of each */
    uint32_t *code;
    int32_t *lines;
    int32_t *handlers;       /* label of the handler, -1 for none */
    int32_t *handler_depths;
    int count, capacity;
    /* labels */
    int *label_positions;    /* -1 until bound */
    int *label_depths;       /* stack depth at the label, -1 if unknown */
    int label_count, label_capacity;
    /* constants and names */
    Value *constants;
    int constant_count, constant_capacity;
    int *constant_table;     /* open addressing: constant index + 1, 0 for empty */
    int constant_table_capacity;
    Str **names;
    int name_count, name_capacity;
    NameIndex name_index;    /* name -> index into names */
    /* slots */
    const char **slot_names;
    uint8_t *slot_kinds;
    int slot_count, free_count;
    Block blocks[COMPILE_MAX_BLOCKS];
    int block_count;
    int depth;               /* current stack depth while emitting */
    int line;                /* the location given to emitted instructions */
    CodePosition position;
    CodePosition *positions;
    Str *qualname;
    int arg_count, posonly_count, kwonly_count, flags, first_line;
};

typedef struct Compiler {
    ScopeTable *table;
    CompileUnit *unit;
    const char *filename;
    const char *source;
    Str *filename_str;
    bool interactive;
    bool failed;
} Compiler;


typedef struct SavedBlocks {
    Block blocks[COMPILE_MAX_BLOCKS];
    int count;
} SavedBlocks;


/* ---- compile.c: infrastructure ------------------------------------------- */
/* Emitting never raises; constants and names may allocate Str/Tuple objects
 * (no GC runs while compiling, see compile_ast). compile_error sets a pending
 * SyntaxError located at [node] and marks the compiler failed. */

void compile_error(Compiler *compiler, Node *node, const char *format, ...) __attribute__((format(printf, 3, 4)));
void compile_locate(CompileUnit *unit, Node *node);
void compile_emit(Compiler *compiler, Opcode op, int arg);
int compile_new_label(Compiler *compiler);
void compile_jump(Compiler *compiler, Opcode op, int label);
void compile_bind(Compiler *compiler, int label);
bool compile_push_block(Compiler *compiler, Node *node, BlockKind kind, int start, int exit, int handler);
bool compile_push_handler(Compiler *compiler, Node *node, BlockKind kind, int handler, int depth);
void compile_pop_block(Compiler *compiler);
int compile_constant(Compiler *compiler, Value value);
void compile_load_constant(Compiler *compiler, Value value);
int compile_name_index(Compiler *compiler, const char *name);
const char *compile_mangle(Compiler *compiler, const char *name);
Value compile_string(const char *text, size_t length);
int compile_find_slot(CompileUnit *unit, const char *name, int kinds);
void compile_name_op(Compiler *compiler, const char *raw_name, ExprContext ctx);
void compile_enter_unit(Compiler *compiler, Scope *scope, Node *node, Str *qualname, int first_line);
Code *compile_leave_unit(Compiler *compiler, const char *name);
Str *compile_qualname(Compiler *compiler, const char *name);
void compile_make_function(Compiler *compiler, Code *code, int flags);
void compile_call_exit_with_nones(Compiler *compiler);
void compile_send_loop(Compiler *compiler);
void compile_unwind_block(Compiler *compiler, Block *block, bool preserve_top);
Block *compile_unwind_blocks(Compiler *compiler, bool preserve_top, bool stop_at_loop);
void compile_save_blocks(CompileUnit *unit, SavedBlocks *saved);
void compile_restore_blocks(CompileUnit *unit, const SavedBlocks *saved);

/* ---- compile_expr.c: expressions ----------------------------------------- */
/* compile_expression leaves exactly one value on the stack;
 * compile_jump_if jumps to [label] when [node]'s truth equals [when];
 * compile_call_arguments calls what is on the stack ([pushed] values above
 * the callable) with [args] and [keywords]; compile_defaults pushes a
 * def/lambda's defaults and returns the MAKE_FUNCTION flags for them. */

void compile_jump_if(Compiler *compiler, Node *node, int label, bool when);
void compile_call_arguments(Compiler *compiler, int pushed, NodeList *args, NodeList *keywords);
int compile_defaults(Compiler *compiler, Node *arguments);
void compile_set_argument_counts(CompileUnit *unit, Node *arguments);
int compile_generator_flags(Scope *scope);
void compile_expression(Compiler *compiler, Node *node);

/* ---- compile_stmt.c: statements ------------------------------------------ */
/* compile_statement(s) leave the stack as they found it; compile_store pops
 * one value into [target]; compile_docstring returns a body's docstring
 * constant node or NULL. */

Node *compile_docstring(NodeList *body);
void compile_return_none(Compiler *compiler);
void compile_store(Compiler *compiler, Node *target);
void compile_statements(Compiler *compiler, NodeList *list);
void compile_statement(Compiler *compiler, Node *node);

#endif
