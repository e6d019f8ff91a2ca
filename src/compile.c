/* compile.c — from the AST to code objects.
 *
 * One CompileUnit is open per code object being built (module, def, lambda,
 * class body, comprehension); nested definitions open a child unit, and the
 * finished child Code becomes a constant of its parent. The scope analysis
 * (scope.c) has already decided where every name lives, so emitting a name
 * is a table look-up (compile_name_op).
 *
 * Jumps are emitted to *labels* (small integers); label positions are
 * patched in when the unit is finished. The compiler tracks the stack depth
 * as it emits, which gives each exception handler the depth to cut back to.
 *
 * Control flow that leaves a block early (`break`, `continue`, `return`)
 * must undo what the blocks it leaves set up: pop a `for` iterator, call a
 * `with` block's __exit__, run a `finally` body, restore the handled
 * exception. The "frame block" stack records those blocks (CPython's
 * fblockinfo); compile_unwind_blocks emits the undo code for each, innermost
 * first, exactly as CPython's compiler_unwind_fblock does.
 *
 * Exceptions use a table, not a runtime block stack: each frame block may
 * install a handler (label + depth); every emitted instruction records the
 * innermost installed handler, and runs of equal handlers are collapsed into
 * ExceptionTableEntry ranges when the unit is finished.
 *
 * Each instruction also records the source span of the node it came from
 * (lines and CodePositions, for tracebacks). Like CPython's optimiser, the
 * compiler folds constant tuples, negative literals and arithmetic on
 * number literals into single constants.
 */
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

static void compile_statement(Compiler *compiler, Node *node);
static void compile_expression(Compiler *compiler, Node *node);
static void compile_store(Compiler *compiler, Node *target);
static void compile_statements(Compiler *compiler, NodeList *list);

/* ---- errors ------------------------------------------------------------- */

static void compile_error(Compiler *compiler, Node *node, const char *format, ...) __attribute__((format(printf, 3, 4)));
static void compile_error(Compiler *compiler, Node *node, const char *format, ...) {
    if (compiler->failed) return;
    char message[512];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    scope_raise_syntax_error(compiler->filename, compiler->source, node, "%s", message);
    compiler->failed = true;
}

/* ---- emitting ----------------------------------------------------------- */

static void *compile_grow(void *items, int *capacity, int count, size_t size) {
    if (count < *capacity) return items;
    *capacity = *capacity ? *capacity * 2 : 16;
    return realloc(items, (size_t)*capacity * size);
}

/* The innermost handler installed by the open frame blocks. */
static void compile_current_handler(CompileUnit *unit, int *label, int *depth) {
    for (int i = unit->block_count - 1; i >= 0; i--) {
        if (unit->blocks[i].handler_label >= 0) {
            *label = unit->blocks[i].handler_label;
            *depth = unit->blocks[i].handler_depth;
            return;
        }
    }
    *label = -1;
    *depth = 0;
}

static void compile_append(CompileUnit *unit, Opcode op, int arg) {
    int capacity = unit->capacity;
    unit->code = compile_grow(unit->code, &capacity, unit->count, sizeof(uint32_t));
    capacity = unit->capacity;
    unit->lines = compile_grow(unit->lines, &capacity, unit->count, sizeof(int32_t));
    capacity = unit->capacity;
    unit->handlers = compile_grow(unit->handlers, &capacity, unit->count, sizeof(int32_t));
    capacity = unit->capacity;
    unit->positions = compile_grow(unit->positions, &capacity, unit->count, sizeof(CodePosition));
    unit->handler_depths = compile_grow(unit->handler_depths, &unit->capacity, unit->count, sizeof(int32_t));
    int index = unit->count++;
    unit->code[index] = instruction_make(op, (uint32_t)arg);
    unit->lines[index] = unit->line;
    unit->positions[index] = unit->position;
    compile_current_handler(unit, &unit->handlers[index], &unit->handler_depths[index]);
}

/* Give the instructions emitted from now on the source span of [node]. */
static void compile_locate(CompileUnit *unit, Node *node) {
    unit->line = node->line;
    unit->position.column = node->column;
    unit->position.end_line = node->end_line ? node->end_line : node->line;
    unit->position.end_column = node->end_line ? node->end_column : -1;
    if (!node->end_line) unit->position.column = -1;
}

static void compile_emit(Compiler *compiler, Opcode op, int arg) {
    CompileUnit *unit = compiler->unit;
    compile_append(unit, op, arg);
    unit->depth += opcode_stack_effect(op, arg, false);
}

static int compile_new_label(Compiler *compiler) {
    CompileUnit *unit = compiler->unit;
    int capacity = unit->label_capacity;
    unit->label_positions = compile_grow(unit->label_positions, &capacity, unit->label_count, sizeof(int));
    unit->label_depths = compile_grow(unit->label_depths, &unit->label_capacity, unit->label_count, sizeof(int));
    unit->label_positions[unit->label_count] = -1;
    unit->label_depths[unit->label_count] = -1;
    return unit->label_count++;
}

/* Emit a jump to [label]; the depth at the target is remembered so binding
 * the label restores it. */
static void compile_jump(Compiler *compiler, Opcode op, int label) {
    CompileUnit *unit = compiler->unit;
    if (unit->label_depths[label] < 0) unit->label_depths[label] = unit->depth + opcode_stack_effect(op, 0, true);
    compile_append(unit, op, label);
    unit->depth += opcode_stack_effect(op, 0, false);
}

static void compile_bind(Compiler *compiler, int label) {
    CompileUnit *unit = compiler->unit;
    unit->label_positions[label] = unit->count;
    if (unit->label_depths[label] >= 0) unit->depth = unit->label_depths[label];
    else unit->label_depths[label] = unit->depth;
}

static bool compile_push_block(Compiler *compiler, Node *node, BlockKind kind, int start, int exit, int handler) {
    CompileUnit *unit = compiler->unit;
    if (unit->block_count >= COMPILE_MAX_BLOCKS) {
        compile_error(compiler, node, "too many statically nested blocks");
        return false;
    }
    Block *block = &unit->blocks[unit->block_count++];
    memset(block, 0, sizeof *block);
    block->kind = kind;
    block->start_label = start;
    block->exit_label = exit;
    block->handler_label = handler;
    block->handler_depth = unit->depth;
    return true;
}

/* Push a block whose handler cuts the stack back to [depth]. */
static bool compile_push_handler(Compiler *compiler, Node *node, BlockKind kind, int handler, int depth) {
    if (!compile_push_block(compiler, node, kind, -1, -1, handler)) return false;
    compiler->unit->blocks[compiler->unit->block_count - 1].handler_depth = depth;
    return true;
}

static void compile_pop_block(Compiler *compiler) { compiler->unit->block_count--; }

/* ---- constants, names and slots --------------------------------------- */

/* Whether two constants may share one slot of the constant table: the same
 * type and value (0.0 and -0.0 differ; code objects never merge). */
static bool compile_same_constant(Value a, Value b) {
    if (a.tag != b.tag) return false;
    if (a.tag == VAL_FLOAT) return memcmp(&a.as.number, &b.as.number, sizeof(double)) == 0;
    if (a.tag != VAL_OBJ) return value_is_same(a, b);
    if (a.as.object == b.as.object) return true;
    if (is_str(a) && is_str(b)) return str_equal(as_str(a), as_str(b));
    return false;
}

static uint64_t compile_constant_hash(Value value) {
    if (is_str(value)) return (uint64_t)str_hash(as_str(value));
    uint64_t bits = value.tag == VAL_OBJ ? (uint64_t)(uintptr_t)value.as.object : (uint64_t)value.as.integer;
    return (bits ^ (bits >> 29)) * 0x9E3779B97F4A7C15ull + (uint64_t)value.tag;
}

/* The constant table's slot for [value]: where it is, or the empty slot
 * where it would go. */
static int *compile_constant_slot(CompileUnit *unit, Value value) {
    uint64_t mask = (uint64_t)unit->constant_table_capacity - 1;
    for (uint64_t i = compile_constant_hash(value) & mask;; i = (i + 1) & mask) {
        int *slot = &unit->constant_table[i];
        if (*slot == 0 || compile_same_constant(unit->constants[*slot - 1], value)) return slot;
    }
}

/* The index of [value] among the unit's constants, adding it if new; equal
 * constants share one index, found through a hash table. */
static int compile_constant(Compiler *compiler, Value value) {
    CompileUnit *unit = compiler->unit;
    if (2 * (unit->constant_count + 1) > unit->constant_table_capacity) {
        free(unit->constant_table);
        unit->constant_table_capacity = unit->constant_table_capacity ? unit->constant_table_capacity * 2 : 32;
        unit->constant_table = calloc((size_t)unit->constant_table_capacity, sizeof(int));
        for (int i = 0; i < unit->constant_count; i++) *compile_constant_slot(unit, unit->constants[i]) = i + 1;
    }
    int *slot = compile_constant_slot(unit, value);
    if (*slot) return *slot - 1;
    unit->constants = compile_grow(unit->constants, &unit->constant_capacity, unit->constant_count, sizeof(Value));
    unit->constants[unit->constant_count] = value;
    *slot = unit->constant_count + 1;
    return unit->constant_count++;
}

static void compile_load_constant(Compiler *compiler, Value value) {
    compile_emit(compiler, OP_LOAD_CONST, compile_constant(compiler, value));
}

static int compile_name_index(Compiler *compiler, const char *name) {
    CompileUnit *unit = compiler->unit;
    int index = scope_index_get(&unit->name_index, name);
    if (index >= 0) return index;
    unit->names = compile_grow(unit->names, &unit->name_capacity, unit->name_count, sizeof(Str *));
    Str *interned = str_intern(name);
    unit->names[unit->name_count] = interned;
    scope_index_put(&unit->name_index, str_cstr(interned), unit->name_count);
    return unit->name_count++;
}

static const char *compile_mangle(Compiler *compiler, const char *name) {
    return scope_mangle(compiler->table, compiler->unit->scope, name);
}

/* A str constant: interned when it looks like an identifier. */
static Value compile_string(const char *text, size_t length) {
    bool identifier = length > 0;
    for (size_t i = 0; i < length && identifier; i++) {
        char c = text[i];
        identifier = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (identifier && strlen(text) == length) return str_value(str_intern(text));
    return str_value(str_new(text, (int64_t)length));
}

static int compile_find_slot(CompileUnit *unit, const char *name, int kinds) {
    for (int i = 0; i < unit->slot_count; i++)
        if ((unit->slot_kinds[i] & kinds) && strcmp(unit->slot_names[i], name) == 0) return i;
    return -1;
}

static void compile_add_slot(CompileUnit *unit, const char *name, uint8_t kind) {
    unit->slot_names = realloc(unit->slot_names, sizeof(char *) * (size_t)(unit->slot_count + 1));
    unit->slot_kinds = realloc(unit->slot_kinds, (size_t)(unit->slot_count + 1));
    unit->slot_names[unit->slot_count] = name;
    unit->slot_kinds[unit->slot_count] = kind;
    unit->slot_count++;
}

static int compile_compare_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Lay the slots out as code.h describes: arguments, other locals, cells
 * not shared with arguments (sorted), free variables (sorted). */
static void compile_layout_slots(CompileUnit *unit) {
    Scope *scope = unit->scope;
    bool optimized = scope_is_optimized(scope);
    for (int i = 0; i < scope->parameter_count && optimized; i++) {
        Symbol *symbol = scope_lookup(scope, scope->parameters[i]);
        uint8_t kind = SLOT_LOCAL | (symbol && symbol->scope == NAME_CELL ? SLOT_CELL : 0);
        compile_add_slot(unit, scope->parameters[i], kind);
    }
    for (int i = 0; i < scope->symbol_count && optimized; i++) {
        Symbol *symbol = &scope->symbols[i];
        if (symbol->scope == NAME_LOCAL && !(symbol->flags & SYMBOL_PARAMETER)) compile_add_slot(unit, symbol->name, SLOT_LOCAL);
    }
    const char **sorted = malloc(sizeof(char *) * (size_t)(scope->symbol_count + 1));
    int count = 0;
    for (int i = 0; i < scope->symbol_count; i++) {
        Symbol *symbol = &scope->symbols[i];
        if (symbol->scope == NAME_CELL && !(symbol->flags & SYMBOL_PARAMETER && optimized)) sorted[count++] = symbol->name;
    }
    if (scope->needs_class_cell) sorted[count++] = "__class__";
    qsort(sorted, (size_t)count, sizeof(char *), compile_compare_names);
    for (int i = 0; i < count; i++) compile_add_slot(unit, sorted[i], SLOT_CELL);
    count = 0;
    for (int i = 0; i < scope->symbol_count; i++) {
        Symbol *symbol = &scope->symbols[i];
        if (symbol->scope == NAME_FREE || (symbol->flags & SYMBOL_FREE_CLASS)) sorted[count++] = symbol->name;
    }
    qsort(sorted, (size_t)count, sizeof(char *), compile_compare_names);
    for (int i = 0; i < count; i++) compile_add_slot(unit, sorted[i], SLOT_FREE);
    unit->free_count = count;
    free(sorted);
}

/* Load, store or delete a variable with the instruction its scope needs
 * (CPython's compiler_nameop). */
static void compile_name_op(Compiler *compiler, const char *raw_name, ExprContext ctx) {
    CompileUnit *unit = compiler->unit;
    const char *name = compile_mangle(compiler, raw_name);
    Symbol *symbol = scope_lookup(unit->scope, name);
    NameScope where = symbol && symbol->scope ? symbol->scope : NAME_GLOBAL_IMPLICIT;
    bool optimized = scope_is_optimized(unit->scope);
    if (unit->scope->kind == SCOPE_CLASS && strcmp(name, "__class__") == 0 && unit->scope->needs_class_cell && !symbol)
        where = NAME_CELL;
    static const Opcode fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const Opcode deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const Opcode global[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const Opcode named[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    switch (where) {
    case NAME_FREE:
    case NAME_CELL: {
        int slot = compile_find_slot(unit, name, SLOT_CELL | SLOT_FREE);
        if (slot < 0) break;
        Opcode op = deref[ctx];
        if (ctx == CTX_LOAD && unit->scope->kind == SCOPE_CLASS) op = OP_LOAD_CLASSDEREF;
        compile_emit(compiler, op, slot);
        return;
    }
    case NAME_LOCAL:
        if (optimized) {
            int slot = compile_find_slot(unit, name, SLOT_LOCAL);
            if (slot >= 0) {
                compile_emit(compiler, fast[ctx], slot);
                return;
            }
        }
        break;
    case NAME_GLOBAL_EXPLICIT:
        compile_emit(compiler, global[ctx], compile_name_index(compiler, name));
        return;
    default:
        if (optimized) {
            compile_emit(compiler, global[ctx], compile_name_index(compiler, name));
            return;
        }
        break;
    }
    compile_emit(compiler, named[ctx], compile_name_index(compiler, name));
}

/* ---- units --------------------------------------------------------------- */

static void compile_enter_unit(Compiler *compiler, Scope *scope, Node *node, Str *qualname, int first_line) {
    CompileUnit *unit = calloc(1, sizeof(CompileUnit));
    unit->parent = compiler->unit;
    unit->scope = scope;
    unit->node = node;
    unit->qualname = qualname;
    unit->first_line = first_line;
    unit->line = first_line;
    unit->position = (CodePosition){first_line, -1, -1};
    compiler->unit = unit;
    compile_layout_slots(unit);
    for (int i = 0; i < unit->slot_count; i++)
        if (unit->slot_kinds[i] & SLOT_CELL) compile_emit(compiler, OP_MAKE_CELL, i);
}

static void compile_free_unit(CompileUnit *unit) {
    free(unit->code);
    free(unit->lines);
    free(unit->positions);
    free(unit->handlers);
    free(unit->handler_depths);
    free(unit->label_positions);
    free(unit->label_depths);
    free(unit->constants);
    free(unit->constant_table);
    free(unit->names);
    scope_index_free(&unit->name_index);
    free(unit->slot_names);
    free(unit->slot_kinds);
    free(unit);
}

/* The largest stack depth on any path, following both sides of every jump
 * and entering each handler with its depth plus the exception. */
static int compile_max_stack(CompileUnit *unit, ExceptionTableEntry *table, int table_count) {
    int count = unit->count;
    int *depths = malloc(sizeof(int) * (size_t)(count + 1));
    int *work = malloc(sizeof(int) * (size_t)(2 * count + table_count + 2));
    int work_count = 0, max = 0;
    for (int i = 0; i <= count; i++) depths[i] = -1;
    if (count > 0) { depths[0] = 0; work[work_count++] = 0; }
    for (int i = 0; i < table_count; i++) {
        int handler = table[i].handler;
        if (handler < count && depths[handler] < table[i].depth + 1) {
            depths[handler] = table[i].depth + 1;
            work[work_count++] = handler;
        }
    }
    while (work_count > 0) {
        int index = work[--work_count];
        int depth = depths[index];
        while (index < count) {
            if (depth > max) max = depth;
            Opcode op = instruction_opcode(unit->code[index]);
            int arg = (int)instruction_arg(unit->code[index]);
            if (opcode_has_jump(op)) {
                int target_depth = depth + opcode_stack_effect(op, arg, true);
                if (target_depth > max) max = target_depth;
                if (arg <= count && depths[arg] < target_depth) {
                    depths[arg] = target_depth;
                    work[work_count++] = arg;
                }
                if (op == OP_JUMP) break;
            }
            depth += opcode_stack_effect(op, arg, false);
            if (depth > max) max = depth;
            if (op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS) break;
            index++;
            if (index < count && depths[index] >= depth) break;
            if (index < count) depths[index] = depth;
        }
    }
    free(depths);
    free(work);
    return max + 1;
}

/* Collapse the per-instruction handlers into ranges. */
static ExceptionTableEntry *compile_exception_table(CompileUnit *unit, int *count_out) {
    ExceptionTableEntry *table = NULL;
    int count = 0, capacity = 0;
    for (int i = 0; i < unit->count;) {
        int label = unit->handlers[i], depth = unit->handler_depths[i];
        int end = i + 1;
        while (end < unit->count && unit->handlers[end] == label && unit->handler_depths[end] == depth) end++;
        if (label >= 0) {
            table = compile_grow(table, &capacity, count, sizeof(ExceptionTableEntry));
            table[count++] = (ExceptionTableEntry){i, end, unit->label_positions[label], depth};
        }
        i = end;
    }
    *count_out = count;
    return table;
}

static void *compile_copy_buffer(const void *source, size_t size) {
    if (size == 0) return NULL;
    void *buffer = gc_realloc(NULL, 0, size);
    if (buffer) memcpy(buffer, source, size);
    return buffer;
}

/* Finish the current unit into a Code and return to the parent unit. */
static Code *compile_leave_unit(Compiler *compiler, const char *name) {
    CompileUnit *unit = compiler->unit;
    compiler->unit = unit->parent;
    Code *code = NULL;
    if (compiler->failed || !(code = code_new())) {
        compile_free_unit(unit);
        return NULL;
    }
    for (int i = 0; i < unit->count; i++) {
        Opcode op = instruction_opcode(unit->code[i]);
        if (opcode_has_jump(op)) {
            int position = unit->label_positions[instruction_arg(unit->code[i])];
            unit->code[i] = instruction_make(op, (uint32_t)(position < 0 ? 0 : position));
        }
    }
    int table_count = 0;
    ExceptionTableEntry *table = compile_exception_table(unit, &table_count);
    code->instructions = compile_copy_buffer(unit->code, sizeof(uint32_t) * (size_t)unit->count);
    code->lines = compile_copy_buffer(unit->lines, sizeof(int32_t) * (size_t)unit->count);
    code->positions = compile_copy_buffer(unit->positions, sizeof(CodePosition) * (size_t)unit->count);
    code->instruction_count = unit->count;
    code->exception_table = compile_copy_buffer(table, sizeof(ExceptionTableEntry) * (size_t)table_count);
    code->exception_table_count = table_count;
    code->max_stack = compile_max_stack(unit, table, table_count);
    free(table);
    code->constants = tuple_from_values(unit->constants, unit->constant_count);
    Tuple *names = tuple_new(unit->name_count);
    for (int i = 0; i < unit->name_count; i++) names->items[i] = value_object(unit->names[i]);
    code->names = names;
    Tuple *slot_names = tuple_new(unit->slot_count);
    for (int i = 0; i < unit->slot_count; i++) slot_names->items[i] = str_value(str_intern(unit->slot_names[i]));
    code->slot_names = slot_names;
    code->slot_kinds = compile_copy_buffer(unit->slot_kinds, (size_t)unit->slot_count);
    code->slot_count = unit->slot_count;
    code->free_count = unit->free_count;
    code->arg_count = unit->arg_count;
    code->posonly_arg_count = unit->posonly_count;
    code->kwonly_arg_count = unit->kwonly_count;
    code->flags = unit->flags;
    if (unit->scope->is_nested) code->flags |= CODE_NESTED;
    code->first_line = unit->first_line;
    code->name = str_intern(name);
    code->qualname = unit->qualname ? unit->qualname : code->name;
    code->filename = compiler->filename_str;
    compile_free_unit(unit);
    return code;
}

/* co_qualname for a definition named [name] inside the current unit. */
static Str *compile_qualname(Compiler *compiler, const char *name) {
    CompileUnit *unit = compiler->unit;
    Scope *scope = unit->scope;
    if (scope->kind == SCOPE_MODULE) return str_intern(name);
    const char *mangled = scope_mangle(compiler->table, scope, name);
    if (scope_name_scope(scope, mangled) == NAME_GLOBAL_EXPLICIT) return str_intern(name);
    const char *parent = str_cstr(unit->qualname);
    if (scope->kind == SCOPE_CLASS) return str_from_format("%s.%s", parent, name);
    return str_from_format("%s.<locals>.%s", parent, name);
}

/* Push a new function made from [code] (with [flags] operands already on
 * the stack), building its closure from the current unit's cells. */
static void compile_make_function(Compiler *compiler, Code *code, int flags) {
    if (!code) return;
    int free_start = code->slot_count - code->free_count;
    if (code->free_count > 0) {
        for (int i = free_start; i < code->slot_count; i++) {
            const char *name = str_cstr(as_str(code->slot_names->items[i]));
            int slot = compile_find_slot(compiler->unit, name, SLOT_CELL | SLOT_FREE);
            compile_emit(compiler, OP_LOAD_CLOSURE, slot < 0 ? 0 : slot);
        }
        compile_emit(compiler, OP_BUILD_TUPLE, code->free_count);
        flags |= 8;
    }
    compile_load_constant(compiler, value_object(code));
    compile_emit(compiler, OP_MAKE_FUNCTION, flags);
}

/* ---- frame blocks: unwinding for break/continue/return ------------------ */

static void compile_call_exit_with_nones(Compiler *compiler) {
    for (int i = 0; i < 3; i++) compile_load_constant(compiler, value_none());
    compile_emit(compiler, OP_CALL, 2);
}

static void compile_send_loop(Compiler *compiler) {
    int loop = compile_new_label(compiler), done = compile_new_label(compiler);
    compile_bind(compiler, loop);
    compile_jump(compiler, OP_SEND, done);
    compile_emit(compiler, OP_YIELD_VALUE, 1);
    compile_jump(compiler, OP_JUMP, loop);
    compile_bind(compiler, done);
}

/* Emit what leaving [block] requires; [preserve_top]: a return value is on
 * top of the stack and must survive. */
static void compile_unwind_block(Compiler *compiler, Block *block, bool preserve_top) {
    switch (block->kind) {
    case BLOCK_WHILE:
    case BLOCK_TRY_EXCEPT:
    case BLOCK_EXCEPTION_HANDLER:
        return;
    case BLOCK_FOR:
    case BLOCK_POP_VALUE:
        if (preserve_top) compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_POP_TOP, 0);
        return;
    case BLOCK_FINALLY_TRY:
        if (preserve_top && !compile_push_block(compiler, NULL, BLOCK_POP_VALUE, -1, -1, -1)) return;
        compile_statements(compiler, block->final_body);
        if (preserve_top) compile_pop_block(compiler);
        return;
    case BLOCK_FINALLY_END:
        if (preserve_top) compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_POP_TOP, 0);
        if (preserve_top) compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_POP_EXCEPT, 0);
        return;
    case BLOCK_WITH:
    case BLOCK_ASYNC_WITH:
        if (preserve_top) compile_emit(compiler, OP_SWAP, 2);
        compile_call_exit_with_nones(compiler);
        if (block->kind == BLOCK_ASYNC_WITH) {
            compile_emit(compiler, OP_GET_AWAITABLE, 2);
            compile_load_constant(compiler, value_none());
            compile_send_loop(compiler);
        }
        compile_emit(compiler, OP_POP_TOP, 0);
        return;
    case BLOCK_HANDLER_CLEANUP:
        if (preserve_top) compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_POP_EXCEPT, 0);
        if (block->name) {
            compile_load_constant(compiler, value_none());
            compile_name_op(compiler, block->name, CTX_STORE);
            compile_name_op(compiler, block->name, CTX_DEL);
        }
        return;
    }
}

/* Unwind the blocks from the innermost outwards, stopping at (and
 * returning) the innermost loop if [stop_at_loop]. Each block is popped
 * before its undo code is emitted, so that code — and the jump or return
 * the caller emits next — runs under the handlers outside it. The caller
 * restores the blocks afterwards from its [saved] copy. */
static Block *compile_unwind_blocks(Compiler *compiler, bool preserve_top, bool stop_at_loop) {
    CompileUnit *unit = compiler->unit;
    while (unit->block_count > 0 && !compiler->failed) {
        Block *top = &unit->blocks[unit->block_count - 1];
        if (stop_at_loop && (top->kind == BLOCK_WHILE || top->kind == BLOCK_FOR)) return top;
        Block copy = *top;
        unit->block_count--;
        /* leaving an except body also leaves the handler that restores
         * the previous exception (CPython's second POP_BLOCK) */
        if (copy.kind == BLOCK_HANDLER_CLEANUP && unit->block_count > 0 &&
            unit->blocks[unit->block_count - 1].kind == BLOCK_EXCEPTION_HANDLER)
            unit->block_count--;
        compile_unwind_block(compiler, &copy, preserve_top);
    }
    return NULL;
}

typedef struct SavedBlocks {
    Block blocks[COMPILE_MAX_BLOCKS];
    int count;
} SavedBlocks;

static void compile_save_blocks(CompileUnit *unit, SavedBlocks *saved) {
    saved->count = unit->block_count;
    memcpy(saved->blocks, unit->blocks, sizeof(Block) * (size_t)unit->block_count);
}

static void compile_restore_blocks(CompileUnit *unit, const SavedBlocks *saved) {
    unit->block_count = saved->count;
    memcpy(unit->blocks, saved->blocks, sizeof(Block) * (size_t)saved->count);
}

/* ---- expressions --------------------------------------------------------- */

static void compile_expressions(Compiler *compiler, NodeList *list) {
    for (int i = 0; i < list->count; i++) compile_expression(compiler, list->items[i]);
}

static bool compile_has_starred(NodeList *list) {
    for (int i = 0; i < list->count; i++)
        if (list->items[i]->kind == NODE_STARRED) return true;
    return false;
}

/* Jump to [label] if bool(node) == [when]; no value is left behind. */
static void compile_jump_if(Compiler *compiler, Node *node, int label, bool when) {
    if (node->kind == NODE_UNARY_OP && node->as.unary_op.op == UNARY_KIND_NOT) {
        compile_jump_if(compiler, node->as.unary_op.operand, label, !when);
        return;
    }
    if (node->kind == NODE_BOOL_OP) {
        bool is_or = node->as.bool_op.op == BOOL_OR;
        int next = label;
        if (is_or != when) next = compile_new_label(compiler);
        NodeList *values = &node->as.bool_op.values;
        for (int i = 0; i < values->count - 1; i++) compile_jump_if(compiler, values->items[i], next, is_or);
        compile_jump_if(compiler, values->items[values->count - 1], label, when);
        if (next != label) compile_bind(compiler, next);
        return;
    }
    compile_expression(compiler, node);
    compile_jump(compiler, when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void compile_compare_op(Compiler *compiler, CmpKind kind) {
    switch (kind) {
    case CMP_IS: compile_emit(compiler, OP_IS_OP, 0); break;
    case CMP_IS_NOT: compile_emit(compiler, OP_IS_OP, 1); break;
    case CMP_IN: compile_emit(compiler, OP_CONTAINS_OP, 0); break;
    case CMP_NOT_IN: compile_emit(compiler, OP_CONTAINS_OP, 1); break;
    default: compile_emit(compiler, OP_COMPARE_OP, (int)kind); break;
    }
}

/* a < b < c: each middle operand is kept (SWAP/COPY) for the next test. */
static void compile_compare(Compiler *compiler, Node *node) {
    NodeList *comparators = &node->as.compare.comparators;
    int n = comparators->count;
    compile_expression(compiler, node->as.compare.left);
    if (n == 1) {
        compile_expression(compiler, comparators->items[0]);
        compile_compare_op(compiler, node->as.compare.ops[0]);
        return;
    }
    int cleanup = compile_new_label(compiler), end = compile_new_label(compiler);
    for (int i = 0; i < n - 1; i++) {
        compile_expression(compiler, comparators->items[i]);
        compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_COPY, 2);
        compile_compare_op(compiler, node->as.compare.ops[i]);
        compile_jump(compiler, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expression(compiler, comparators->items[n - 1]);
    compile_compare_op(compiler, node->as.compare.ops[n - 1]);
    compile_jump(compiler, OP_JUMP, end);
    compile_bind(compiler, cleanup);
    compile_emit(compiler, OP_SWAP, 2);
    compile_emit(compiler, OP_POP_TOP, 0);
    compile_bind(compiler, end);
}

static void compile_bool_op(Compiler *compiler, Node *node) {
    Opcode jump = node->as.bool_op.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = compile_new_label(compiler);
    NodeList *values = &node->as.bool_op.values;
    for (int i = 0; i < values->count - 1; i++) {
        compile_expression(compiler, values->items[i]);
        compile_jump(compiler, jump, end);
    }
    compile_expression(compiler, values->items[values->count - 1]);
    compile_bind(compiler, end);
}

/* Build a list/tuple/set display, with *x items extending it
 * (CPython's starunpack_helper). [pushed] items are already on the stack. */
static void compile_sequence(Compiler *compiler, NodeList *elements, NodeKind kind, int pushed) {
    Opcode build = kind == NODE_SET ? OP_BUILD_SET : kind == NODE_LIST ? OP_BUILD_LIST : OP_BUILD_TUPLE;
    if (!compile_has_starred(elements)) {
        compile_expressions(compiler, elements);
        compile_emit(compiler, build, pushed + elements->count);
        return;
    }
    Opcode add = kind == NODE_SET ? OP_SET_ADD : OP_LIST_APPEND;
    Opcode extend = kind == NODE_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    int seen = 0;
    bool built = false;
    for (int i = 0; i < elements->count; i++) {
        Node *element = elements->items[i];
        if (element->kind == NODE_STARRED) {
            if (!built) {
                compile_emit(compiler, kind == NODE_SET ? OP_BUILD_SET : OP_BUILD_LIST, pushed + seen);
                built = true;
            }
            compile_expression(compiler, element->as.starred.value);
            compile_emit(compiler, extend, 1);
        } else {
            compile_expression(compiler, element);
            if (built) compile_emit(compiler, add, 1);
            else seen++;
        }
    }
    if (kind == NODE_TUPLE) compile_emit(compiler, OP_LIST_TO_TUPLE, 0);
}

/* Push key/value pairs [from, to) of a dict display and BUILD_MAP them. */
static void compile_subdict(Compiler *compiler, Node *node, int from, int to) {
    for (int i = from; i < to; i++) {
        compile_expression(compiler, node->as.dict.keys.items[i]);
        compile_expression(compiler, node->as.dict.values.items[i]);
    }
    compile_emit(compiler, OP_BUILD_MAP, to - from);
}

static void compile_dict(Compiler *compiler, Node *node) {
    int count = node->as.dict.values.count, elements = 0;
    bool have_dict = false;
    for (int i = 0; i < count; i++) {
        if (node->as.dict.keys.items[i]) {
            elements++;
            continue;
        }
        if (elements) {
            compile_subdict(compiler, node, i - elements, i);
            if (have_dict) compile_emit(compiler, OP_DICT_UPDATE, 1);
            have_dict = true;
            elements = 0;
        }
        if (!have_dict) {
            compile_emit(compiler, OP_BUILD_MAP, 0);
            have_dict = true;
        }
        compile_expression(compiler, node->as.dict.values.items[i]);
        compile_emit(compiler, OP_DICT_UPDATE, 1);
    }
    if (elements) {
        compile_subdict(compiler, node, count - elements, count);
        if (have_dict) compile_emit(compiler, OP_DICT_UPDATE, 1);
        have_dict = true;
    }
    if (!have_dict) compile_emit(compiler, OP_BUILD_MAP, 0);
}

/* Push keywords [from, to) as one dict. */
static void compile_keyword_dict(Compiler *compiler, NodeList *keywords, int from, int to) {
    for (int i = from; i < to; i++) {
        Node *keyword = keywords->items[i];
        compile_load_constant(compiler, str_value(str_intern(keyword->as.keyword.arg)));
        compile_expression(compiler, keyword->as.keyword.value);
    }
    compile_emit(compiler, OP_BUILD_MAP, to - from);
}

/* The arguments of a call whose callable (and [pushed] leading positional
 * arguments) are on the stack (CPython's compiler_call_helper). */
static void compile_call_arguments(Compiler *compiler, int pushed, NodeList *args, NodeList *keywords) {
    for (int i = 0; i < keywords->count; i++) {
        const char *name = keywords->items[i]->as.keyword.arg;
        for (int j = i + 1; j < keywords->count && name; j++) {
            const char *other = keywords->items[j]->as.keyword.arg;
            if (other && strcmp(name, other) == 0) {
                compile_error(compiler, keywords->items[j], "keyword argument repeated: %s", name);
                return;
            }
        }
    }
    bool star_keywords = false;
    for (int i = 0; i < keywords->count; i++) star_keywords |= keywords->items[i]->as.keyword.arg == NULL;
    if (!compile_has_starred(args) && !star_keywords) {
        compile_expressions(compiler, args);
        if (keywords->count > 0) {
            Tuple *names = tuple_new(keywords->count);
            for (int i = 0; i < keywords->count; i++) {
                Node *keyword = keywords->items[i];
                compile_expression(compiler, keyword->as.keyword.value);
                names->items[i] = str_value(str_intern(keyword->as.keyword.arg));
            }
            compile_emit(compiler, OP_KW_NAMES, compile_constant(compiler, value_object(names)));
        }
        compile_emit(compiler, OP_CALL, pushed + args->count + keywords->count);
        return;
    }
    compile_sequence(compiler, args, NODE_TUPLE, pushed);
    bool have_dict = false;
    int seen = 0;
    for (int i = 0; i < keywords->count; i++) {
        Node *keyword = keywords->items[i];
        if (keyword->as.keyword.arg) {
            seen++;
            continue;
        }
        if (seen) {
            compile_keyword_dict(compiler, keywords, i - seen, i);
            if (have_dict) compile_emit(compiler, OP_DICT_MERGE, 1);
            have_dict = true;
            seen = 0;
        }
        if (!have_dict) {
            compile_emit(compiler, OP_BUILD_MAP, 0);
            have_dict = true;
        }
        compile_expression(compiler, keyword->as.keyword.value);
        compile_emit(compiler, OP_DICT_MERGE, 1);
    }
    if (seen) {
        compile_keyword_dict(compiler, keywords, keywords->count - seen, keywords->count);
        if (have_dict) compile_emit(compiler, OP_DICT_MERGE, 1);
        have_dict = true;
    }
    compile_emit(compiler, OP_CALL_FUNCTION_EX, have_dict ? 1 : 0);
}

static void compile_call(Compiler *compiler, Node *node) {
    Node *function = node->as.call.func;
    NodeList *args = &node->as.call.args, *keywords = &node->as.call.keywords;
    bool star_keywords = false;
    for (int i = 0; i < keywords->count; i++) star_keywords |= keywords->items[i]->as.keyword.arg == NULL;
    if (function->kind == NODE_ATTRIBUTE && function->as.attribute.ctx == CTX_LOAD && !compile_has_starred(args) &&
        !star_keywords) {
        compile_expression(compiler, function->as.attribute.value);
        compile_locate(compiler->unit, function);
        compile_emit(compiler, OP_LOAD_METHOD, compile_name_index(compiler, compile_mangle(compiler, function->as.attribute.attr)));
        compile_locate(compiler->unit, node);
        compile_call_arguments(compiler, 0, args, keywords);
        return;
    }
    compile_emit(compiler, OP_PUSH_NULL, 0);
    compile_expression(compiler, function);
    compile_call_arguments(compiler, 0, args, keywords);
}

static void compile_constant_node(Compiler *compiler, Node *node) {
    switch (node->as.constant.kind) {
    case CONST_NONE: compile_load_constant(compiler, value_none()); return;
    case CONST_TRUE: compile_load_constant(compiler, value_bool(true)); return;
    case CONST_FALSE: compile_load_constant(compiler, value_bool(false)); return;
    case CONST_ELLIPSIS: compile_load_constant(compiler, value_object(&ellipsis_object)); return;
    case CONST_STR:
        compile_load_constant(compiler, compile_string(node->as.constant.text, node->as.constant.length));
        return;
    case CONST_BYTES:
        compile_load_constant(compiler, value_object(bytes_new(node->as.constant.text, (int64_t)node->as.constant.length)));
        return;
    case CONST_INT:
    case CONST_FLOAT: {
        const char *text = node->as.constant.text;
        Value value = node->as.constant.kind == CONST_INT ? int_from_string(text, (int64_t)strlen(text), 0)
                                                          : float_from_string(text, (int64_t)strlen(text));
        if (is_null(value)) {
            error_clear();
            compile_error(compiler, node, "invalid decimal literal");
            return;
        }
        compile_load_constant(compiler, value);
        return;
    }
    case CONST_IMAGINARY:
        compile_emit(compiler, OP_RAISE_NOT_IMPLEMENTED,
                     compile_constant(compiler, str_value(str_intern("complex numbers are not supported"))));
        compile_load_constant(compiler, value_none());
        return;
    }
}

static Value compile_fold(Node *node);

static bool compile_is_number(Value value) {
    return is_small_int(value) || is_big_int(value) || is_float(value);
}

/* Arithmetic on two number constants (`60 * 60`, `2 ** 10`, `1 << 8`), as
 * CPython's optimiser does. Results that raise (1 / 0) are left to run
 * time, and so are big ints over 128 bits, which would bloat the code. */
static Value compile_fold_binary(Node *node) {
    Value left = compile_fold(node->as.bin_op.left);
    if (!compile_is_number(left)) return value_null();
    Value right = compile_fold(node->as.bin_op.right);
    if (!compile_is_number(right)) return value_null();
    int op = node->as.bin_op.op;
    if (op == BINARY_MATMUL) return value_null();
    if ((op == BINARY_POWER || op == BINARY_LSHIFT) && (!is_small_int(right) || right.as.integer > 128))
        return value_null();
    Value result = obj_binary((BinaryOp)op, left, right);
    if (is_null(result)) {
        error_clear();
        return value_null();
    }
    if (is_big_int(result) && mp_count_bits(&((BigInt *)result.as.object)->value) > 128) return value_null();
    return result;
}

/* The value of a constant expression the compiler can compute without
 * running code (CPython's AST optimiser folds these too): literals, -literal
 * and tuples of them. VAL_NULL (no exception pending) for anything else. */
static Value compile_fold(Node *node) {
    if (node->kind == NODE_CONSTANT) {
        const char *text = node->as.constant.text;
        switch (node->as.constant.kind) {
        case CONST_NONE: return value_none();
        case CONST_TRUE: return value_bool(true);
        case CONST_FALSE: return value_bool(false);
        case CONST_ELLIPSIS: return value_object(&ellipsis_object);
        case CONST_STR: return compile_string(text, node->as.constant.length);
        case CONST_BYTES: return value_object(bytes_new(text, (int64_t)node->as.constant.length));
        case CONST_INT:
        case CONST_FLOAT: {
            Value value = node->as.constant.kind == CONST_INT ? int_from_string(text, (int64_t)strlen(text), 0)
                                                              : float_from_string(text, (int64_t)strlen(text));
            if (is_null(value)) error_clear();
            return value;
        }
        default: return value_null();
        }
    }
    if (node->kind == NODE_UNARY_OP && node->as.unary_op.op == UNARY_KIND_NEGATIVE &&
        node->as.unary_op.operand->kind == NODE_CONSTANT) {
        Value value = compile_fold(node->as.unary_op.operand);
        if (is_small_int(value) || is_big_int(value)) {
            Value negated = int_unary(UNARY_NEGATIVE, value);
            if (is_null(negated)) error_clear();
            return negated;
        }
        if (is_float(value)) return value_float(-value.as.number);
        return value_null();
    }
    if (node->kind == NODE_BIN_OP) return compile_fold_binary(node);
    if (node->kind == NODE_TUPLE && node->as.sequence.ctx == CTX_LOAD) {
        NodeList *elements = &node->as.sequence.elts;
        Tuple *tuple = tuple_new(elements->count);
        if (!tuple) {
            error_clear();
            return value_null();
        }
        for (int i = 0; i < elements->count; i++) {
            Value item = compile_fold(elements->items[i]);
            if (is_null(item)) return value_null();
            tuple->items[i] = item;
        }
        return value_object(tuple);
    }
    return value_null();
}

static void compile_formatted_value(Compiler *compiler, Node *node) {
    compile_expression(compiler, node->as.formatted_value.value);
    int conversion = node->as.formatted_value.conversion;
    int arg = conversion == 's' ? 1 : conversion == 'r' ? 2 : conversion == 'a' ? 3 : 0;
    if (node->as.formatted_value.format_spec) {
        compile_expression(compiler, node->as.formatted_value.format_spec);
        arg |= 4;
    }
    compile_emit(compiler, OP_FORMAT_VALUE, arg);
}

static void compile_joined_string(Compiler *compiler, Node *node) {
    NodeList *values = &node->as.joined_str.values;
    if (values->count == 0) {
        compile_load_constant(compiler, str_value(str_intern("")));
        return;
    }
    compile_expressions(compiler, values);
    /* one piece is already the whole string */
    if (values->count != 1) compile_emit(compiler, OP_BUILD_STRING, values->count);
}

static void compile_slice(Compiler *compiler, Node *node) {
    Node *parts[3] = {node->as.slice.lower, node->as.slice.upper, node->as.slice.step};
    for (int i = 0; i < 2; i++) {
        if (parts[i]) compile_expression(compiler, parts[i]);
        else compile_load_constant(compiler, value_none());
    }
    if (parts[2]) compile_expression(compiler, parts[2]);
    compile_emit(compiler, OP_BUILD_SLICE, parts[2] ? 3 : 2);
}

static void compile_yield(Compiler *compiler, Node *node) {
    Scope *scope = compiler->unit->scope;
    bool top_level = compiler->interactive && scope->kind == SCOPE_MODULE;
    if (node->kind == NODE_AWAIT && !top_level) {
        if (!scope_is_optimized(scope)) {
            compile_error(compiler, node, "'await' outside function");
            return;
        }
        if (!scope->is_async_function && scope->kind != SCOPE_COMPREHENSION) {
            compile_error(compiler, node, "'await' outside async function");
            return;
        }
    }
    if (node->kind != NODE_AWAIT && !scope_is_optimized(scope)) {
        compile_error(compiler, node, "'yield' outside function");
        return;
    }
    if (node->kind == NODE_YIELD_FROM && scope->is_async_function) {
        compile_error(compiler, node, "'yield from' inside async function");
        return;
    }
    if (node->kind == NODE_YIELD) {
        if (node->as.await_expr.value) compile_expression(compiler, node->as.await_expr.value);
        else compile_load_constant(compiler, value_none());
        if (scope->is_async_function) compile_emit(compiler, OP_ASYNC_GEN_WRAP, 0);
        compile_emit(compiler, OP_YIELD_VALUE, 0);
        return;
    }
    compile_expression(compiler, node->as.await_expr.value);
    compile_emit(compiler, node->kind == NODE_AWAIT ? OP_GET_AWAITABLE : OP_GET_YIELD_FROM_ITER, 0);
    compile_load_constant(compiler, value_none());
    compile_send_loop(compiler);
}

/* ---- function-like definitions -------------------------------------------- */

/* Defaults tuple and keyword-only defaults dict of a def/lambda; returns
 * the MAKE_FUNCTION flags for them. */
static int compile_defaults(Compiler *compiler, Node *arguments) {
    if (!arguments) return 0;
    int flags = 0;
    NodeList *defaults = &arguments->as.arguments.defaults;
    if (defaults->count > 0) {
        compile_expressions(compiler, defaults);
        compile_emit(compiler, OP_BUILD_TUPLE, defaults->count);
        flags |= 1;
    }
    NodeList *kwonly = &arguments->as.arguments.kwonlyargs, *kw_defaults = &arguments->as.arguments.kw_defaults;
    int count = 0;
    for (int i = 0; i < kw_defaults->count && i < kwonly->count; i++) {
        if (!kw_defaults->items[i]) continue;
        const char *name = compile_mangle(compiler, kwonly->items[i]->as.arg.arg);
        compile_load_constant(compiler, str_value(str_intern(name)));
        compile_expression(compiler, kw_defaults->items[i]);
        count++;
    }
    if (count > 0) {
        compile_emit(compiler, OP_BUILD_MAP, count);
        flags |= 2;
    }
    return flags;
}

static void compile_set_argument_counts(CompileUnit *unit, Node *arguments) {
    unit->flags = CODE_OPTIMIZED | CODE_NEWLOCALS;
    if (!arguments) return;
    unit->posonly_count = arguments->as.arguments.posonlyargs.count;
    unit->arg_count = unit->posonly_count + arguments->as.arguments.args.count;
    unit->kwonly_count = arguments->as.arguments.kwonlyargs.count;
    if (arguments->as.arguments.vararg) unit->flags |= CODE_VARARGS;
    if (arguments->as.arguments.kwarg) unit->flags |= CODE_VARKEYWORDS;
}

static int compile_generator_flags(Scope *scope) {
    if (scope->is_async_function || (scope->kind == SCOPE_COMPREHENSION && scope->is_coroutine))
        return scope->is_generator ? CODE_ASYNC_GENERATOR : CODE_COROUTINE;
    return scope->is_generator ? CODE_GENERATOR : 0;
}

static Node *compile_docstring(NodeList *body) {
    if (body->count == 0) return NULL;
    Node *first = body->items[0];
    if (first->kind != NODE_EXPR) return NULL;
    Node *value = first->as.expr_stmt.value;
    if (value->kind != NODE_CONSTANT || value->as.constant.kind != CONST_STR) return NULL;
    return value;
}

static void compile_return_none(Compiler *compiler) {
    compile_load_constant(compiler, value_none());
    compile_emit(compiler, OP_RETURN_VALUE, 0);
}

static int compile_first_line(Node *node, NodeList *decorators) {
    return decorators && decorators->count > 0 ? decorators->items[0]->line : node->line;
}

static void compile_decorators(Compiler *compiler, NodeList *decorators) {
    for (int i = 0; i < decorators->count; i++) {
        compile_emit(compiler, OP_PUSH_NULL, 0);
        compile_expression(compiler, decorators->items[i]);
    }
}

/* Call the decorators, innermost (last written) first; each call is
 * located at its decorator, as in CPython's tracebacks. */
static void compile_apply_decorators(Compiler *compiler, NodeList *decorators) {
    for (int i = decorators->count - 1; i >= 0; i--) {
        compile_locate(compiler->unit, decorators->items[i]);
        compile_emit(compiler, OP_CALL, 1);
    }
}

static void compile_function_def(Compiler *compiler, Node *node) {
    NodeList *decorators = &node->as.function_def.decorators;
    Scope *scope = scope_child(compiler->unit->scope, node);
    if (!scope) return;
    compile_decorators(compiler, decorators);
    int flags = compile_defaults(compiler, node->as.function_def.args);
    Str *qualname = compile_qualname(compiler, node->as.function_def.name);
    int first_line = compile_first_line(node, decorators);
    compile_enter_unit(compiler, scope, node, qualname, first_line);
    CompileUnit *unit = compiler->unit;
    compile_set_argument_counts(unit, node->as.function_def.args);
    unit->flags |= compile_generator_flags(scope);
    NodeList *body = &node->as.function_def.body;
    Node *doc = compile_docstring(body);
    compile_constant(compiler, doc ? compile_string(doc->as.constant.text, doc->as.constant.length) : value_none());
    for (int i = doc ? 1 : 0; i < body->count && !compiler->failed; i++) compile_statement(compiler, body->items[i]);
    compile_return_none(compiler);
    Code *code = compile_leave_unit(compiler, node->as.function_def.name);
    compile_locate(compiler->unit, node);
    compile_make_function(compiler, code, flags);
    compile_apply_decorators(compiler, decorators);
    compile_locate(compiler->unit, node);
    compile_name_op(compiler, node->as.function_def.name, CTX_STORE);
}

static void compile_lambda(Compiler *compiler, Node *node) {
    Scope *scope = scope_child(compiler->unit->scope, node);
    if (!scope) return;
    int flags = compile_defaults(compiler, node->as.lambda.args);
    Str *qualname = compile_qualname(compiler, "<lambda>");
    compile_enter_unit(compiler, scope, node, qualname, node->line);
    CompileUnit *unit = compiler->unit;
    compile_set_argument_counts(unit, node->as.lambda.args);
    unit->flags |= compile_generator_flags(scope);
    compile_constant(compiler, value_none());
    compile_expression(compiler, node->as.lambda.body);
    /* a lambda returns its body's value, even when the body yields:
     * (lambda: (yield 1)) ends with StopIteration(value sent in) */
    compile_emit(compiler, OP_RETURN_VALUE, 0);
    Code *code = compile_leave_unit(compiler, "<lambda>");
    compile_make_function(compiler, code, flags);
}

static void compile_class_def(Compiler *compiler, Node *node) {
    NodeList *decorators = &node->as.class_def.decorators;
    Scope *scope = scope_child(compiler->unit->scope, node);
    if (!scope) return;
    compile_decorators(compiler, decorators);
    const char *class_name = node->as.class_def.name;
    Str *qualname = compile_qualname(compiler, class_name);
    compile_enter_unit(compiler, scope, node, qualname, compile_first_line(node, decorators));
    compile_name_op(compiler, "__name__", CTX_LOAD);
    compile_name_op(compiler, "__module__", CTX_STORE);
    compile_load_constant(compiler, value_object(qualname));
    compile_name_op(compiler, "__qualname__", CTX_STORE);
    NodeList *body = &node->as.class_def.body;
    Node *doc = compile_docstring(body);
    if (doc) {
        compile_locate(compiler->unit, doc);
        compile_load_constant(compiler, compile_string(doc->as.constant.text, doc->as.constant.length));
        compile_name_op(compiler, "__doc__", CTX_STORE);
    }
    for (int i = doc ? 1 : 0; i < body->count && !compiler->failed; i++) compile_statement(compiler, body->items[i]);
    if (scope->needs_class_cell) {
        int slot = compile_find_slot(compiler->unit, "__class__", SLOT_CELL);
        compile_emit(compiler, OP_LOAD_CLOSURE, slot);
        compile_emit(compiler, OP_COPY, 1);
        compile_name_op(compiler, "__classcell__", CTX_STORE);
        compile_emit(compiler, OP_RETURN_VALUE, 0);
    } else {
        compile_return_none(compiler);
    }
    Code *code = compile_leave_unit(compiler, class_name);
    compile_locate(compiler->unit, node);
    compile_emit(compiler, OP_PUSH_NULL, 0);
    compile_emit(compiler, OP_LOAD_BUILD_CLASS, 0);
    compile_make_function(compiler, code, 0);
    compile_load_constant(compiler, str_value(str_intern(class_name)));
    compile_call_arguments(compiler, 2, &node->as.class_def.bases, &node->as.class_def.keywords);
    compile_apply_decorators(compiler, decorators);
    compile_locate(compiler->unit, node);
    compile_name_op(compiler, class_name, CTX_STORE);
}

/* ---- comprehensions --------------------------------------------------------- */

/* One `for` clause (and the clauses nested in it) of a comprehension's body;
 * [depth] counts the iterators on the stack above the result collection. */
static void compile_comprehension_clause(Compiler *compiler, Node *node, int index, int depth) {
    NodeList *generators = &node->as.comprehension_expr.generators;
    Node *generator = generators->items[index];
    bool is_async = generator->as.comprehension.is_async;
    int start = compile_new_label(compiler), next = compile_new_label(compiler), end = compile_new_label(compiler);
    if (index == 0) {
        compile_emit(compiler, OP_LOAD_FAST, 0);
    } else {
        compile_expression(compiler, generator->as.comprehension.iter);
        compile_emit(compiler, is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    }
    compile_bind(compiler, start);
    if (is_async) {
        if (!compile_push_block(compiler, node, BLOCK_EXCEPTION_HANDLER, -1, -1, end)) return;
        compile_emit(compiler, OP_GET_ANEXT, 0);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
        compile_pop_block(compiler);
    } else {
        compile_jump(compiler, OP_FOR_ITER, end);
    }
    compile_store(compiler, generator->as.comprehension.target);
    NodeList *ifs = &generator->as.comprehension.ifs;
    for (int i = 0; i < ifs->count; i++) compile_jump_if(compiler, ifs->items[i], next, false);
    if (index + 1 < generators->count) {
        compile_comprehension_clause(compiler, node, index + 1, depth + 1);
    } else {
        switch (node->kind) {
        case NODE_GENERATOR_EXP:
            compile_expression(compiler, node->as.comprehension_expr.elt);
            if (compiler->unit->scope->is_coroutine) compile_emit(compiler, OP_ASYNC_GEN_WRAP, 0);
            compile_emit(compiler, OP_YIELD_VALUE, 0);
            compile_emit(compiler, OP_POP_TOP, 0);
            break;
        case NODE_LIST_COMP:
            compile_expression(compiler, node->as.comprehension_expr.elt);
            compile_emit(compiler, OP_LIST_APPEND, depth + 1);
            break;
        case NODE_SET_COMP:
            compile_expression(compiler, node->as.comprehension_expr.elt);
            compile_emit(compiler, OP_SET_ADD, depth + 1);
            break;
        default:
            compile_expression(compiler, node->as.comprehension_expr.elt);
            compile_expression(compiler, node->as.comprehension_expr.value);
            compile_emit(compiler, OP_MAP_ADD, depth + 1);
            break;
        }
    }
    compile_bind(compiler, next);
    compile_jump(compiler, OP_JUMP, start);
    compile_bind(compiler, end);
    if (is_async) {
        compiler->unit->depth = compiler->unit->label_depths[start] + 1;
        compile_emit(compiler, OP_END_ASYNC_FOR, 0);
    }
}

static void compile_comprehension(Compiler *compiler, Node *node) {
    Scope *scope = scope_child(compiler->unit->scope, node);
    if (!scope) return;
    Node *first = node->as.comprehension_expr.generators.items[0];
    Scope *outer = compiler->unit->scope;
    if (scope->is_coroutine && node->kind != NODE_GENERATOR_EXP && !outer->is_async_function &&
        outer->kind != SCOPE_COMPREHENSION && !(compiler->interactive && outer->kind == SCOPE_MODULE)) {
        compile_error(compiler, node, "asynchronous comprehension outside of an asynchronous function");
        return;
    }
    Str *qualname = compile_qualname(compiler, scope->name);
    compile_emit(compiler, OP_PUSH_NULL, 0);
    compile_enter_unit(compiler, scope, node, qualname, node->line);
    CompileUnit *unit = compiler->unit;
    unit->flags = CODE_OPTIMIZED | CODE_NEWLOCALS | compile_generator_flags(scope);
    unit->arg_count = 1;
    compile_constant(compiler, value_none());
    if (node->kind == NODE_LIST_COMP) compile_emit(compiler, OP_BUILD_LIST, 0);
    else if (node->kind == NODE_SET_COMP) compile_emit(compiler, OP_BUILD_SET, 0);
    else if (node->kind == NODE_DICT_COMP) compile_emit(compiler, OP_BUILD_MAP, 0);
    compile_comprehension_clause(compiler, node, 0, 1);
    if (node->kind == NODE_GENERATOR_EXP) compile_return_none(compiler);
    else compile_emit(compiler, OP_RETURN_VALUE, 0);
    Code *code = compile_leave_unit(compiler, scope->name);
    compile_make_function(compiler, code, 0);
    compile_expression(compiler, first->as.comprehension.iter);
    compile_emit(compiler, first->as.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0);
    compile_emit(compiler, OP_CALL, 1);
    if (scope->is_coroutine && node->kind != NODE_GENERATOR_EXP) {
        compile_emit(compiler, OP_GET_AWAITABLE, 0);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
    }
}

/* ---- expression dispatch ------------------------------------------------------ */

static void compile_expression_kind(Compiler *compiler, Node *node) {
    if (node->kind == NODE_TUPLE || node->kind == NODE_UNARY_OP || node->kind == NODE_BIN_OP) {
        Value folded = compile_fold(node);
        if (!is_null(folded)) {
            compile_load_constant(compiler, folded);
            return;
        }
    }
    switch (node->kind) {
    case NODE_BOOL_OP: compile_bool_op(compiler, node); return;
    case NODE_NAMED_EXPR:
        compile_expression(compiler, node->as.named_expr.value);
        compile_emit(compiler, OP_COPY, 1);
        compile_store(compiler, node->as.named_expr.target);
        return;
    case NODE_BIN_OP:
        compile_expression(compiler, node->as.bin_op.left);
        compile_expression(compiler, node->as.bin_op.right);
        compile_emit(compiler, OP_BINARY_OP, node->as.bin_op.op);
        return;
    case NODE_UNARY_OP: {
        static const Opcode unary[] = {OP_UNARY_NOT, OP_UNARY_NEGATIVE, OP_UNARY_POSITIVE, OP_UNARY_INVERT};
        compile_expression(compiler, node->as.unary_op.operand);
        compile_emit(compiler, unary[node->as.unary_op.op], 0);
        return;
    }
    case NODE_LAMBDA: compile_lambda(compiler, node); return;
    case NODE_IF_EXP: {
        int orelse = compile_new_label(compiler), end = compile_new_label(compiler);
        compile_jump_if(compiler, node->as.if_exp.test, orelse, false);
        compile_expression(compiler, node->as.if_exp.body);
        compile_jump(compiler, OP_JUMP, end);
        compile_bind(compiler, orelse);
        compile_expression(compiler, node->as.if_exp.orelse);
        compile_bind(compiler, end);
        return;
    }
    case NODE_DICT: compile_dict(compiler, node); return;
    case NODE_SET: compile_sequence(compiler, &node->as.set.elts, NODE_SET, 0); return;
    case NODE_LIST_COMP:
    case NODE_SET_COMP:
    case NODE_DICT_COMP:
    case NODE_GENERATOR_EXP: compile_comprehension(compiler, node); return;
    case NODE_AWAIT:
    case NODE_YIELD:
    case NODE_YIELD_FROM: compile_yield(compiler, node); return;
    case NODE_COMPARE: compile_compare(compiler, node); return;
    case NODE_CALL: compile_call(compiler, node); return;
    case NODE_FORMATTED_VALUE: compile_formatted_value(compiler, node); return;
    case NODE_JOINED_STR: compile_joined_string(compiler, node); return;
    case NODE_CONSTANT: compile_constant_node(compiler, node); return;
    case NODE_ATTRIBUTE:
        if (node->as.attribute.ctx != CTX_LOAD) break;
        compile_expression(compiler, node->as.attribute.value);
        compile_emit(compiler, OP_LOAD_ATTR, compile_name_index(compiler, compile_mangle(compiler, node->as.attribute.attr)));
        return;
    case NODE_SUBSCRIPT:
        if (node->as.subscript.ctx != CTX_LOAD) break;
        compile_expression(compiler, node->as.subscript.value);
        compile_expression(compiler, node->as.subscript.slice);
        compile_emit(compiler, OP_BINARY_SUBSCR, 0);
        return;
    case NODE_STARRED:
        compile_error(compiler, node, "can't use starred expression here");
        return;
    case NODE_NAME: compile_name_op(compiler, node->as.name.id, node->as.name.ctx); return;
    case NODE_LIST:
    case NODE_TUPLE:
        if (node->as.sequence.ctx != CTX_LOAD) break;
        compile_sequence(compiler, &node->as.sequence.elts, node->kind, 0);
        return;
    case NODE_SLICE: compile_slice(compiler, node); return;
    default: break;
    }
    compile_error(compiler, node, "invalid syntax");
}

static void compile_expression(Compiler *compiler, Node *node) {
    if (!node || compiler->failed) return;
    CompileUnit *unit = compiler->unit;
    int line = unit->line;
    CodePosition position = unit->position;
    compile_locate(unit, node);
    compile_expression_kind(compiler, node);
    unit->line = line;
    unit->position = position;
}

/* ---- assignment targets ------------------------------------------------------ */

static void compile_unpack(Compiler *compiler, Node *target) {
    NodeList *elements = &target->as.sequence.elts;
    int starred = -1;
    for (int i = 0; i < elements->count; i++) {
        if (elements->items[i]->kind != NODE_STARRED) continue;
        if (starred >= 0) {
            compile_error(compiler, target, "multiple starred expressions in assignment");
            return;
        }
        starred = i;
    }
    if (starred < 0) {
        compile_emit(compiler, OP_UNPACK_SEQUENCE, elements->count);
    } else {
        int after = elements->count - starred - 1;
        if (starred >= 256 || after >= (1 << 16)) {
            compile_error(compiler, target, "too many expressions in star-unpacking assignment");
            return;
        }
        compile_emit(compiler, OP_UNPACK_EX, starred | (after << 8));
    }
    for (int i = 0; i < elements->count; i++) {
        Node *element = elements->items[i];
        compile_store(compiler, element->kind == NODE_STARRED ? element->as.starred.value : element);
    }
}

/* Store the value on top of the stack into [target]. */
static void compile_store(Compiler *compiler, Node *target) {
    if (compiler->failed) return;
    CompileUnit *unit = compiler->unit;
    int line = unit->line;
    CodePosition position = unit->position;
    compile_locate(unit, target);
    switch (target->kind) {
    case NODE_NAME: compile_name_op(compiler, target->as.name.id, CTX_STORE); break;
    case NODE_ATTRIBUTE:
        compile_expression(compiler, target->as.attribute.value);
        compile_emit(compiler, OP_STORE_ATTR, compile_name_index(compiler, compile_mangle(compiler, target->as.attribute.attr)));
        break;
    case NODE_SUBSCRIPT:
        compile_expression(compiler, target->as.subscript.value);
        compile_expression(compiler, target->as.subscript.slice);
        compile_emit(compiler, OP_STORE_SUBSCR, 0);
        break;
    case NODE_LIST:
    case NODE_TUPLE: compile_unpack(compiler, target); break;
    case NODE_STARRED: compile_error(compiler, target, "starred assignment target must be in a list or tuple"); break;
    default: compile_error(compiler, target, "cannot assign to expression"); break;
    }
    unit->line = line;
    unit->position = position;
}

static void compile_delete(Compiler *compiler, Node *target) {
    switch (target->kind) {
    case NODE_NAME: compile_name_op(compiler, target->as.name.id, CTX_DEL); return;
    case NODE_ATTRIBUTE:
        compile_expression(compiler, target->as.attribute.value);
        compile_emit(compiler, OP_DELETE_ATTR, compile_name_index(compiler, compile_mangle(compiler, target->as.attribute.attr)));
        return;
    case NODE_SUBSCRIPT:
        compile_expression(compiler, target->as.subscript.value);
        compile_expression(compiler, target->as.subscript.slice);
        compile_emit(compiler, OP_DELETE_SUBSCR, 0);
        return;
    case NODE_LIST:
    case NODE_TUPLE:
        for (int i = 0; i < target->as.sequence.elts.count; i++) compile_delete(compiler, target->as.sequence.elts.items[i]);
        return;
    default: compile_error(compiler, target, "cannot delete expression"); return;
    }
}

static void compile_aug_assign(Compiler *compiler, Node *node) {
    Node *target = node->as.aug_assign.target;
    int op = node->as.aug_assign.op + BINARY_INPLACE_OFFSET;
    switch (target->kind) {
    case NODE_NAME:
        compile_name_op(compiler, target->as.name.id, CTX_LOAD);
        compile_expression(compiler, node->as.aug_assign.value);
        compile_emit(compiler, OP_BINARY_OP, op);
        compile_name_op(compiler, target->as.name.id, CTX_STORE);
        return;
    case NODE_ATTRIBUTE: {
        int name = compile_name_index(compiler, compile_mangle(compiler, target->as.attribute.attr));
        compile_expression(compiler, target->as.attribute.value);
        compile_emit(compiler, OP_COPY, 1);
        compile_emit(compiler, OP_LOAD_ATTR, name);
        compile_expression(compiler, node->as.aug_assign.value);
        compile_emit(compiler, OP_BINARY_OP, op);
        compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_STORE_ATTR, name);
        return;
    }
    case NODE_SUBSCRIPT:
        compile_expression(compiler, target->as.subscript.value);
        compile_expression(compiler, target->as.subscript.slice);
        compile_emit(compiler, OP_COPY, 2);
        compile_emit(compiler, OP_COPY, 2);
        compile_emit(compiler, OP_BINARY_SUBSCR, 0);
        compile_expression(compiler, node->as.aug_assign.value);
        compile_emit(compiler, OP_BINARY_OP, op);
        compile_emit(compiler, OP_SWAP, 3);
        compile_emit(compiler, OP_SWAP, 2);
        compile_emit(compiler, OP_STORE_SUBSCR, 0);
        return;
    default: compile_error(compiler, target, "'expression' is an illegal expression for augmented assignment"); return;
    }
}

/* ---- statements -------------------------------------------------------------- */

static void compile_statements(Compiler *compiler, NodeList *list) {
    for (int i = 0; i < list->count && !compiler->failed; i++) compile_statement(compiler, list->items[i]);
}

static bool compile_is_constant_true(Node *node) {
    return node->kind == NODE_CONSTANT && node->as.constant.kind == CONST_TRUE;
}

static void compile_if(Compiler *compiler, Node *node) {
    int end = compile_new_label(compiler);
    int orelse = node->as.if_stmt.orelse.count > 0 ? compile_new_label(compiler) : end;
    compile_jump_if(compiler, node->as.if_stmt.test, orelse, false);
    compile_statements(compiler, &node->as.if_stmt.body);
    if (orelse != end) {
        compile_jump(compiler, OP_JUMP, end);
        compile_bind(compiler, orelse);
        compile_statements(compiler, &node->as.if_stmt.orelse);
    }
    compile_bind(compiler, end);
}

/* The test is compiled twice, as CPython does: once on entry and once at
 * the bottom, where it jumps back to the body, so each iteration runs one
 * conditional jump instead of a test plus an unconditional jump. */
static void compile_while(Compiler *compiler, Node *node) {
    int start = compile_new_label(compiler), body = compile_new_label(compiler);
    int orelse = compile_new_label(compiler), exit = compile_new_label(compiler);
    Node *test = node->as.while_stmt.test;
    bool forever = compile_is_constant_true(test);
    compile_bind(compiler, start);
    if (!compile_push_block(compiler, node, BLOCK_WHILE, start, exit, -1)) return;
    if (!forever) compile_jump_if(compiler, test, orelse, false);
    compile_bind(compiler, body);
    compile_statements(compiler, &node->as.while_stmt.body);
    compile_locate(compiler->unit, node);
    if (forever) compile_jump(compiler, OP_JUMP, start);
    else compile_jump_if(compiler, test, body, true);
    compile_pop_block(compiler);
    compile_bind(compiler, orelse);
    compile_statements(compiler, &node->as.while_stmt.orelse);
    compile_bind(compiler, exit);
}

static void compile_for(Compiler *compiler, Node *node) {
    int start = compile_new_label(compiler), cleanup = compile_new_label(compiler), exit = compile_new_label(compiler);
    compile_expression(compiler, node->as.for_stmt.iter);
    compile_emit(compiler, OP_GET_ITER, 0);
    compile_bind(compiler, start);
    compile_jump(compiler, OP_FOR_ITER, cleanup);
    if (!compile_push_block(compiler, node, BLOCK_FOR, start, exit, -1)) return;
    compile_store(compiler, node->as.for_stmt.target);
    compile_statements(compiler, &node->as.for_stmt.body);
    compile_locate(compiler->unit, node);
    compile_jump(compiler, OP_JUMP, start);
    compile_pop_block(compiler);
    compile_bind(compiler, cleanup);
    compile_statements(compiler, &node->as.for_stmt.orelse);
    compile_bind(compiler, exit);
}

/* A compound statement's error covers it through the end of its body. */
static void compile_statement_error(Compiler *compiler, Node *node, NodeList *body, const char *message) {
    Node whole = *node;
    Node *last = body->count > 0 ? body->items[body->count - 1] : NULL;
    if (last && last->end_line) {
        whole.end_line = last->end_line;
        whole.end_column = last->end_column;
    }
    compile_error(compiler, &whole, "%s", message);
}

static bool compile_in_async_function(Compiler *compiler) {
    Scope *scope = compiler->unit->scope;
    return scope->is_async_function || (compiler->interactive && scope->kind == SCOPE_MODULE);
}

static void compile_async_for(Compiler *compiler, Node *node) {
    if (!compile_in_async_function(compiler)) {
        compile_statement_error(compiler, node, &node->as.for_stmt.body, "'async for' outside async function");
        return;
    }
    int start = compile_new_label(compiler), except = compile_new_label(compiler), exit = compile_new_label(compiler);
    compile_expression(compiler, node->as.for_stmt.iter);
    compile_emit(compiler, OP_GET_AITER, 0);
    compile_bind(compiler, start);
    if (!compile_push_block(compiler, node, BLOCK_FOR, start, exit, -1)) return;
    if (!compile_push_block(compiler, node, BLOCK_EXCEPTION_HANDLER, -1, -1, except)) return;
    compile_emit(compiler, OP_GET_ANEXT, 0);
    compile_load_constant(compiler, value_none());
    compile_send_loop(compiler);
    compile_pop_block(compiler);
    compile_store(compiler, node->as.for_stmt.target);
    compile_statements(compiler, &node->as.for_stmt.body);
    compile_locate(compiler->unit, node);
    compile_jump(compiler, OP_JUMP, start);
    compile_pop_block(compiler);
    compile_bind(compiler, except);
    compiler->unit->depth = compiler->unit->label_depths[start] + 1;
    compile_emit(compiler, OP_END_ASYNC_FOR, 0);
    compile_statements(compiler, &node->as.for_stmt.orelse);
    compile_bind(compiler, exit);
}

/* The shared tail of a with-statement's exception handler: [exit, prev,
 * exc, result] -> suppress or re-raise (see opcodes.h). */
static void compile_with_except_finish(Compiler *compiler, int cleanup, int end) {
    int suppress = compile_new_label(compiler);
    compile_jump(compiler, OP_POP_JUMP_IF_TRUE, suppress);
    compile_emit(compiler, OP_RERAISE, 0);
    compile_pop_block(compiler);
    compile_bind(compiler, suppress);
    compile_emit(compiler, OP_POP_TOP, 0);
    compile_emit(compiler, OP_POP_EXCEPT, 0);
    compile_emit(compiler, OP_POP_TOP, 0);
    compile_jump(compiler, OP_JUMP, end);
    compile_bind(compiler, cleanup);
    compile_emit(compiler, OP_SWAP, 2);
    compile_emit(compiler, OP_POP_EXCEPT, 0);
    compile_emit(compiler, OP_RERAISE, 0);
}

static void compile_with_items(Compiler *compiler, Node *node, int index) {
    bool is_async = node->as.with_stmt.is_async;
    Node *item = node->as.with_stmt.items.items[index];
    int handler = compile_new_label(compiler), cleanup = compile_new_label(compiler), end = compile_new_label(compiler);
    compile_locate(compiler->unit, item->as.with_item.context_expr);
    compile_expression(compiler, item->as.with_item.context_expr);
    compile_emit(compiler, is_async ? OP_BEFORE_ASYNC_WITH : OP_BEFORE_WITH, 0);
    if (is_async) {
        compile_emit(compiler, OP_GET_AWAITABLE, 1);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
    }
    int base = compiler->unit->depth - 2; /* below [exit, enter result] */
    BlockKind kind = is_async ? BLOCK_ASYNC_WITH : BLOCK_WITH;
    if (!compile_push_handler(compiler, node, kind, handler, base + 1)) return; /* exit stays */
    if (item->as.with_item.optional_vars) compile_store(compiler, item->as.with_item.optional_vars);
    else compile_emit(compiler, OP_POP_TOP, 0);
    if (index + 1 < node->as.with_stmt.items.count) compile_with_items(compiler, node, index + 1);
    else compile_statements(compiler, &node->as.with_stmt.body);
    compile_pop_block(compiler);
    compile_locate(compiler->unit, node);
    compile_call_exit_with_nones(compiler);
    if (is_async) {
        compile_emit(compiler, OP_GET_AWAITABLE, 2);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
    }
    compile_emit(compiler, OP_POP_TOP, 0);
    compile_jump(compiler, OP_JUMP, end);
    /* the handler starts with [exit, exc]; C cuts back to [exit, prev] */
    compile_bind(compiler, handler);
    compiler->unit->depth = base + 2;
    if (!compile_push_handler(compiler, node, BLOCK_EXCEPTION_HANDLER, cleanup, base + 2)) return;
    compile_emit(compiler, OP_PUSH_EXC_INFO, 0);
    compile_emit(compiler, OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        compile_emit(compiler, OP_GET_AWAITABLE, 2);
        compile_load_constant(compiler, value_none());
        compile_send_loop(compiler);
    }
    compile_with_except_finish(compiler, cleanup, end);
    compile_bind(compiler, end);
    compiler->unit->depth = base;
}

static void compile_with(Compiler *compiler, Node *node) {
    if (node->as.with_stmt.is_async && !compile_in_async_function(compiler)) {
        compile_statement_error(compiler, node, &node->as.with_stmt.body, "'async with' outside async function");
        return;
    }
    compile_with_items(compiler, node, 0);
}

/* The handler code of try/except (see opcodes.h); [depth] is the depth of
 * the try statement. */
static void compile_except_handlers(Compiler *compiler, Node *node, int handler, int end, int depth) {
    NodeList *handlers = &node->as.try_stmt.handlers;
    int cleanup = compile_new_label(compiler);
    compile_bind(compiler, handler);
    compiler->unit->depth = depth + 1;
    compile_locate(compiler->unit, handlers->items[0]);
    if (!compile_push_handler(compiler, node, BLOCK_EXCEPTION_HANDLER, cleanup, depth + 1)) return;
    compile_emit(compiler, OP_PUSH_EXC_INFO, 0);
    for (int i = 0; i < handlers->count && !compiler->failed; i++) {
        Node *clause = handlers->items[i];
        compile_locate(compiler->unit, clause);
        if (!clause->as.except_handler.type && i < handlers->count - 1) {
            compile_statement_error(compiler, clause, &clause->as.except_handler.body, "default 'except:' must be last");
            return;
        }
        int next = compile_new_label(compiler);
        if (clause->as.except_handler.type) {
            compile_expression(compiler, clause->as.except_handler.type);
            compile_emit(compiler, OP_CHECK_EXC_MATCH, 0);
            compile_jump(compiler, OP_POP_JUMP_IF_FALSE, next);
        }
        const char *name = clause->as.except_handler.name;
        if (name) {
            int name_cleanup = compile_new_label(compiler);
            compile_name_op(compiler, name, CTX_STORE);
            if (!compile_push_block(compiler, clause, BLOCK_HANDLER_CLEANUP, -1, -1, name_cleanup)) return;
            compiler->unit->blocks[compiler->unit->block_count - 1].name = name;
            compile_statements(compiler, &clause->as.except_handler.body);
            compile_pop_block(compiler);
            Block handler_block = compiler->unit->blocks[--compiler->unit->block_count];
            compile_emit(compiler, OP_POP_EXCEPT, 0);
            compile_load_constant(compiler, value_none());
            compile_name_op(compiler, name, CTX_STORE);
            compile_name_op(compiler, name, CTX_DEL);
            compile_jump(compiler, OP_JUMP, end);
            compiler->unit->blocks[compiler->unit->block_count++] = handler_block;
            compile_bind(compiler, name_cleanup);
            compiler->unit->depth = depth + 2;
            compile_load_constant(compiler, value_none());
            compile_name_op(compiler, name, CTX_STORE);
            compile_name_op(compiler, name, CTX_DEL);
            compile_emit(compiler, OP_RERAISE, 0);
        } else {
            compile_emit(compiler, OP_POP_TOP, 0);
            if (!compile_push_block(compiler, clause, BLOCK_HANDLER_CLEANUP, -1, -1, -1)) return;
            compile_statements(compiler, &clause->as.except_handler.body);
            compile_pop_block(compiler);
            /* the handled exception is restored: C no longer applies */
            Block handler_block = compiler->unit->blocks[--compiler->unit->block_count];
            compile_emit(compiler, OP_POP_EXCEPT, 0);
            compile_jump(compiler, OP_JUMP, end);
            compiler->unit->blocks[compiler->unit->block_count++] = handler_block;
        }
        compile_bind(compiler, next);
        compiler->unit->depth = depth + 2;
    }
    compile_emit(compiler, OP_RERAISE, 0);
    compile_pop_block(compiler);
    compile_bind(compiler, cleanup);
    compiler->unit->depth = depth + 2;
    compile_emit(compiler, OP_SWAP, 2);
    compile_emit(compiler, OP_POP_EXCEPT, 0);
    compile_emit(compiler, OP_RERAISE, 0);
}

static void compile_try_except(Compiler *compiler, Node *node) {
    int handler = compile_new_label(compiler), end = compile_new_label(compiler);
    int depth = compiler->unit->depth;
    if (!compile_push_block(compiler, node, BLOCK_TRY_EXCEPT, -1, -1, handler)) return;
    compile_statements(compiler, &node->as.try_stmt.body);
    compile_pop_block(compiler);
    compile_statements(compiler, &node->as.try_stmt.orelse);
    compile_jump(compiler, OP_JUMP, end);
    compile_except_handlers(compiler, node, handler, end, depth);
    compile_bind(compiler, end);
    compiler->unit->depth = depth;
}

static void compile_try(Compiler *compiler, Node *node) {
    NodeList *final_body = &node->as.try_stmt.finalbody;
    if (final_body->count == 0) {
        compile_try_except(compiler, node);
        return;
    }
    int handler = compile_new_label(compiler), cleanup = compile_new_label(compiler), end = compile_new_label(compiler);
    int depth = compiler->unit->depth;
    if (!compile_push_block(compiler, node, BLOCK_FINALLY_TRY, -1, -1, handler)) return;
    compiler->unit->blocks[compiler->unit->block_count - 1].final_body = final_body;
    if (node->as.try_stmt.handlers.count > 0) compile_try_except(compiler, node);
    else compile_statements(compiler, &node->as.try_stmt.body);
    compile_pop_block(compiler);
    compile_statements(compiler, final_body);
    compile_jump(compiler, OP_JUMP, end);
    compile_bind(compiler, handler);
    compiler->unit->depth = depth + 1;
    if (final_body->count > 0) compile_locate(compiler->unit, final_body->items[0]);
    if (!compile_push_block(compiler, node, BLOCK_FINALLY_END, -1, -1, cleanup)) return;
    compile_emit(compiler, OP_PUSH_EXC_INFO, 0);
    compile_statements(compiler, final_body);
    compile_emit(compiler, OP_RERAISE, 0);
    compile_pop_block(compiler);
    compile_bind(compiler, cleanup);
    compiler->unit->depth = depth + 2;
    compile_emit(compiler, OP_SWAP, 2);
    compile_emit(compiler, OP_POP_EXCEPT, 0);
    compile_emit(compiler, OP_RERAISE, 0);
    compile_bind(compiler, end);
    compiler->unit->depth = depth;
}

static void compile_return(Compiler *compiler, Node *node) {
    Scope *scope = compiler->unit->scope;
    Node *value = node->as.return_stmt.value;
    if (!scope_is_optimized(scope)) {
        compile_error(compiler, node, "'return' outside function");
        return;
    }
    if (value && scope->is_async_function && scope->is_generator) {
        compile_error(compiler, node, "'return' with value in async generator");
        return;
    }
    bool preserve = value && value->kind != NODE_CONSTANT;
    if (preserve) compile_expression(compiler, value);
    SavedBlocks saved;
    compile_save_blocks(compiler->unit, &saved);
    compile_unwind_blocks(compiler, preserve, false);
    compile_locate(compiler->unit, node);
    if (!value) compile_load_constant(compiler, value_none());
    else if (!preserve) compile_expression(compiler, value);
    compile_emit(compiler, OP_RETURN_VALUE, 0);
    compile_restore_blocks(compiler->unit, &saved);
}

static void compile_break_continue(Compiler *compiler, Node *node) {
    bool is_break = node->kind == NODE_BREAK;
    SavedBlocks saved;
    compile_save_blocks(compiler->unit, &saved);
    Block *loop = compile_unwind_blocks(compiler, false, true);
    if (!loop) {
        compile_restore_blocks(compiler->unit, &saved);
        compile_error(compiler, node, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    Block target = *loop;
    if (is_break) {
        compile_unwind_block(compiler, &target, false);
        compile_jump(compiler, OP_JUMP, target.exit_label);
    } else {
        compile_jump(compiler, OP_JUMP, target.start_label);
    }
    compile_restore_blocks(compiler->unit, &saved);
}

static void compile_raise(Compiler *compiler, Node *node) {
    int count = 0;
    if (node->as.raise_stmt.exc) {
        compile_expression(compiler, node->as.raise_stmt.exc);
        count++;
        if (node->as.raise_stmt.cause) {
            compile_expression(compiler, node->as.raise_stmt.cause);
            count++;
        }
    }
    compile_emit(compiler, OP_RAISE_VARARGS, count);
}

static void compile_assert(Compiler *compiler, Node *node) {
    int end = compile_new_label(compiler);
    compile_jump_if(compiler, node->as.assert_stmt.test, end, true);
    compile_emit(compiler, OP_LOAD_ASSERTION_ERROR, 0);
    if (node->as.assert_stmt.msg) {
        compile_expression(compiler, node->as.assert_stmt.msg);
        compile_emit(compiler, OP_CALL, 0);
    }
    compile_emit(compiler, OP_RAISE_VARARGS, 1);
    compile_bind(compiler, end);
}

static void compile_import(Compiler *compiler, Node *node) {
    NodeList *names = &node->as.import_stmt.names;
    for (int i = 0; i < names->count; i++) {
        Node *alias = names->items[i];
        const char *dotted = alias->as.alias.name;
        compile_load_constant(compiler, value_int(0));
        compile_load_constant(compiler, value_none());
        compile_emit(compiler, OP_IMPORT_NAME, compile_name_index(compiler, dotted));
        const char *dot = strchr(dotted, '.');
        if (!alias->as.alias.asname) {
            char first[256];
            size_t length = dot ? (size_t)(dot - dotted) : strlen(dotted);
            if (length >= sizeof first) length = sizeof first - 1;
            memcpy(first, dotted, length);
            first[length] = 0;
            compile_name_op(compiler, first, CTX_STORE);
            continue;
        }
        if (dot) {
            while (dot) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                char component[256];
                size_t length = dot ? (size_t)(dot - start) : strlen(start);
                if (length >= sizeof component) length = sizeof component - 1;
                memcpy(component, start, length);
                component[length] = 0;
                compile_emit(compiler, OP_IMPORT_FROM, compile_name_index(compiler, component));
                if (dot) {
                    compile_emit(compiler, OP_SWAP, 2);
                    compile_emit(compiler, OP_POP_TOP, 0);
                }
            }
            compile_name_op(compiler, alias->as.alias.asname, CTX_STORE);
            compile_emit(compiler, OP_POP_TOP, 0);
        } else {
            compile_name_op(compiler, alias->as.alias.asname, CTX_STORE);
        }
    }
}

static void compile_import_from(Compiler *compiler, Node *node) {
    NodeList *names = &node->as.import_from.names;
    Tuple *fromlist = tuple_new(names->count);
    for (int i = 0; i < names->count; i++) fromlist->items[i] = str_value(str_intern(names->items[i]->as.alias.name));
    compile_load_constant(compiler, value_int(node->as.import_from.level));
    compile_load_constant(compiler, value_object(fromlist));
    const char *module = node->as.import_from.module ? node->as.import_from.module : "";
    compile_emit(compiler, OP_IMPORT_NAME, compile_name_index(compiler, module));
    for (int i = 0; i < names->count; i++) {
        Node *alias = names->items[i];
        if (strcmp(alias->as.alias.name, "*") == 0) {
            if (scope_is_optimized(compiler->unit->scope)) {
                compile_error(compiler, alias, "import * only allowed at module level");
                return;
            }
            compile_emit(compiler, OP_IMPORT_STAR, 0);
            return;
        }
        compile_emit(compiler, OP_IMPORT_FROM, compile_name_index(compiler, alias->as.alias.name));
        compile_name_op(compiler, alias->as.alias.asname ? alias->as.alias.asname : alias->as.alias.name, CTX_STORE);
    }
    compile_emit(compiler, OP_POP_TOP, 0);
}

static void compile_expression_statement(Compiler *compiler, Node *node) {
    Node *value = node->as.expr_stmt.value;
    CompileUnit *unit = compiler->unit;
    if (compiler->interactive && unit->scope->kind == SCOPE_MODULE) {
        compile_expression(compiler, value);
        compile_emit(compiler, OP_PRINT_EXPR, 0);
        return;
    }
    if (value->kind == NODE_CONSTANT && value->as.constant.kind != CONST_IMAGINARY) return;
    compile_expression(compiler, value);
    compile_emit(compiler, OP_POP_TOP, 0);
}

static void compile_statement(Compiler *compiler, Node *node) {
    if (!node || compiler->failed) return;
    compile_locate(compiler->unit, node);
    switch (node->kind) {
    case NODE_FUNCTION_DEF: compile_function_def(compiler, node); break;
    case NODE_CLASS_DEF: compile_class_def(compiler, node); break;
    case NODE_RETURN: compile_return(compiler, node); break;
    case NODE_DELETE:
        for (int i = 0; i < node->as.delete_stmt.targets.count; i++) compile_delete(compiler, node->as.delete_stmt.targets.items[i]);
        break;
    case NODE_ASSIGN: {
        NodeList *targets = &node->as.assign.targets;
        compile_expression(compiler, node->as.assign.value);
        for (int i = 0; i < targets->count; i++) {
            if (i < targets->count - 1) compile_emit(compiler, OP_COPY, 1);
            compile_store(compiler, targets->items[i]);
        }
        break;
    }
    case NODE_AUG_ASSIGN: compile_aug_assign(compiler, node); break;
    case NODE_ANN_ASSIGN:
        if (node->as.ann_assign.value) {
            compile_expression(compiler, node->as.ann_assign.value);
            compile_store(compiler, node->as.ann_assign.target);
        }
        break;
    case NODE_FOR:
        if (node->as.for_stmt.is_async) compile_async_for(compiler, node);
        else compile_for(compiler, node);
        break;
    case NODE_WHILE: compile_while(compiler, node); break;
    case NODE_IF: compile_if(compiler, node); break;
    case NODE_WITH: compile_with(compiler, node); break;
    case NODE_RAISE: compile_raise(compiler, node); break;
    case NODE_TRY: compile_try(compiler, node); break;
    case NODE_ASSERT: compile_assert(compiler, node); break;
    case NODE_IMPORT: compile_import(compiler, node); break;
    case NODE_IMPORT_FROM: compile_import_from(compiler, node); break;
    case NODE_EXPR: compile_expression_statement(compiler, node); break;
    case NODE_BREAK:
    case NODE_CONTINUE: compile_break_continue(compiler, node); break;
    case NODE_GLOBAL:
    case NODE_NONLOCAL:
    case NODE_PASS: break;
    default: compile_error(compiler, node, "invalid syntax"); break;
    }
}

/* ---- entry points -------------------------------------------------------------- */

static Code *compile_module(Compiler *compiler, Node *tree) {
    compile_enter_unit(compiler, compiler->table->module, tree, NULL, 1);
    CompileUnit *unit = compiler->unit;
    if (tree->kind == NODE_EXPRESSION) {
        compile_expression(compiler, tree->as.expression.value);
        compile_emit(compiler, OP_RETURN_VALUE, 0);
    } else {
        NodeList *body = &tree->as.module.body;
        Node *doc = tree->kind == NODE_MODULE ? compile_docstring(body) : NULL;
        if (doc) {
            compile_locate(unit, doc);
            compile_load_constant(compiler, compile_string(doc->as.constant.text, doc->as.constant.length));
            compile_name_op(compiler, "__doc__", CTX_STORE);
        }
        for (int i = doc ? 1 : 0; i < body->count && !compiler->failed; i++) compile_statement(compiler, body->items[i]);
        compile_return_none(compiler);
    }
    if (compiler->interactive && compiler->table->module->has_await) unit->flags |= CODE_COROUTINE;
    return compile_leave_unit(compiler, "<module>");
}

/* Contract: see compile.h. Allocates Code, Str and Tuple objects; never
 * runs Python code, so no GC can happen while the tree is compiled. */
Code *compile_ast(Node *tree, const char *filename, const char *source) {
    ScopeTable *table = scope_analyze(tree, filename, source);
    if (!table) return NULL;
    Compiler compiler = {0};
    compiler.table = table;
    compiler.filename = filename;
    compiler.source = source;
    compiler.filename_str = str_from_cstr(filename);
    compiler.interactive = tree->kind == NODE_INTERACTIVE;
    Code *code = compile_module(&compiler, tree);
    while (compiler.unit) {
        CompileUnit *parent = compiler.unit->parent;
        compile_free_unit(compiler.unit);
        compiler.unit = parent;
    }
    scope_free(table);
    return compiler.failed ? NULL : code;
}

/* Contract: see compile.h. */
Code *compile_source(const char *source, const char *filename, ParseMode mode) {
    Arena arena;
    arena_init(&arena);
    SyntaxErrorInfo error;
    memset(&error, 0, sizeof error);
    Node *tree = parse_source(&arena, source, filename, mode, &error);
    Code *code = NULL;
    if (tree) code = compile_ast(tree, filename, source);
    else compile_raise_syntax_error(&error, filename, source);
    arena_free(&arena);
    return code;
}

/* Contract: see compile.h. The exception's args are CPython's:
 * (msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
void compile_raise_syntax_error(const SyntaxErrorInfo *info, const char *filename, const char *source) {
    Type *type = info->kind == TAB_ERROR ? &type_tab_error
               : info->kind == INDENTATION_ERROR ? &type_indentation_error : &type_syntax_error;
    Value text = value_none();
    if (source && info->line >= 1) {
        const char *start = source;
        for (int line = 1; line < info->line && *start; start++)
            if (*start == '\n') line++;
        const char *end = start;
        while (*end && *end != '\n') end++;
        text = str_value(str_from_format("%.*s\n", (int)(end - start), start));
    }
    int end_column = info->end_column ? info->end_column : info->column;
    Value location[6] = {
        str_value(str_from_cstr(filename ? filename : "<unknown>")), value_int(info->line),
        value_int(info->column), text, value_int(info->line), value_int(end_column),
    };
    Value args[2] = {str_value(str_from_cstr(info->message)), value_object(tuple_from_values(location, 6))};
    Value exception = exc_new(type, args, 2);
    if (is_null(exception)) return;
    static const char *const attributes[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (int i = 0; i < 6; i++)
        if (!obj_setattr(exception, str_intern(attributes[i]), location[i])) error_clear();
    if (!obj_setattr(exception, str_intern("msg"), args[0])) error_clear();
    raise_value(exception);
}
