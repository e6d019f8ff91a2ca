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
 *
 * This file is the infrastructure; expressions are compiled in
 * compile_expr.c and statements in compile_stmt.c (compile_internal.h is
 * what they share).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "compile_internal.h"

/* ---- errors ------------------------------------------------------------- */

void compile_error(Compiler *compiler, Node *node, const char *format, ...) {
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
void compile_locate(CompileUnit *unit, Node *node) {
    unit->line = node->line;
    unit->position.column = node->column;
    unit->position.end_line = node->end_line ? node->end_line : node->line;
    unit->position.end_column = node->end_line ? node->end_column : -1;
    if (!node->end_line) unit->position.column = -1;
}

void compile_emit(Compiler *compiler, Opcode op, int arg) {
    CompileUnit *unit = compiler->unit;
    compile_append(unit, op, arg);
    unit->depth += opcode_stack_effect(op, arg, false);
}

int compile_new_label(Compiler *compiler) {
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
void compile_jump(Compiler *compiler, Opcode op, int label) {
    CompileUnit *unit = compiler->unit;
    if (unit->label_depths[label] < 0) unit->label_depths[label] = unit->depth + opcode_stack_effect(op, 0, true);
    compile_append(unit, op, label);
    unit->depth += opcode_stack_effect(op, 0, false);
}

void compile_bind(Compiler *compiler, int label) {
    CompileUnit *unit = compiler->unit;
    unit->label_positions[label] = unit->count;
    if (unit->label_depths[label] >= 0) unit->depth = unit->label_depths[label];
    else unit->label_depths[label] = unit->depth;
}

bool compile_push_block(Compiler *compiler, Node *node, BlockKind kind, int start, int exit, int handler) {
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
bool compile_push_handler(Compiler *compiler, Node *node, BlockKind kind, int handler, int depth) {
    if (!compile_push_block(compiler, node, kind, -1, -1, handler)) return false;
    compiler->unit->blocks[compiler->unit->block_count - 1].handler_depth = depth;
    return true;
}

void compile_pop_block(Compiler *compiler) { compiler->unit->block_count--; }

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
int compile_constant(Compiler *compiler, Value value) {
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

void compile_load_constant(Compiler *compiler, Value value) {
    compile_emit(compiler, OP_LOAD_CONST, compile_constant(compiler, value));
}

int compile_name_index(Compiler *compiler, const char *name) {
    CompileUnit *unit = compiler->unit;
    int index = scope_index_get(&unit->name_index, name);
    if (index >= 0) return index;
    unit->names = compile_grow(unit->names, &unit->name_capacity, unit->name_count, sizeof(Str *));
    Str *interned = str_intern(name);
    unit->names[unit->name_count] = interned;
    scope_index_put(&unit->name_index, str_cstr(interned), unit->name_count);
    return unit->name_count++;
}

const char *compile_mangle(Compiler *compiler, const char *name) {
    return scope_mangle(compiler->table, compiler->unit->scope, name);
}

/* A str constant: interned when it looks like an identifier. */
Value compile_string(const char *text, size_t length) {
    bool identifier = length > 0;
    for (size_t i = 0; i < length && identifier; i++) {
        char c = text[i];
        identifier = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (identifier && strlen(text) == length) return str_value(str_intern(text));
    return str_value(str_new(text, (int64_t)length));
}

int compile_find_slot(CompileUnit *unit, const char *name, int kinds) {
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
void compile_name_op(Compiler *compiler, const char *raw_name, ExprContext ctx) {
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

void compile_enter_unit(Compiler *compiler, Scope *scope, Node *node, Str *qualname, int first_line) {
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
Code *compile_leave_unit(Compiler *compiler, const char *name) {
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
Str *compile_qualname(Compiler *compiler, const char *name) {
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
void compile_make_function(Compiler *compiler, Code *code, int flags) {
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

void compile_call_exit_with_nones(Compiler *compiler) {
    for (int i = 0; i < 3; i++) compile_load_constant(compiler, value_none());
    compile_emit(compiler, OP_CALL, 2);
}

void compile_send_loop(Compiler *compiler) {
    int loop = compile_new_label(compiler), done = compile_new_label(compiler);
    compile_bind(compiler, loop);
    compile_jump(compiler, OP_SEND, done);
    compile_emit(compiler, OP_YIELD_VALUE, 1);
    compile_jump(compiler, OP_JUMP, loop);
    compile_bind(compiler, done);
}

/* Emit what leaving [block] requires; [preserve_top]: a return value is on
 * top of the stack and must survive. */
void compile_unwind_block(Compiler *compiler, Block *block, bool preserve_top) {
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
Block *compile_unwind_blocks(Compiler *compiler, bool preserve_top, bool stop_at_loop) {
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

void compile_save_blocks(CompileUnit *unit, SavedBlocks *saved) {
    saved->count = unit->block_count;
    memcpy(saved->blocks, unit->blocks, sizeof(Block) * (size_t)unit->block_count);
}

void compile_restore_blocks(CompileUnit *unit, const SavedBlocks *saved) {
    unit->block_count = saved->count;
    memcpy(unit->blocks, saved->blocks, sizeof(Block) * (size_t)saved->count);
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
