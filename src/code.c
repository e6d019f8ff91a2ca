/* code.c — code objects, the opcode table, and stack effects.
 *
 * A Code is immutable once compile.c has filled it: the VM only reads it.
 * This file gives it a Python face (the `code` type with CPython's co_*
 * attributes, which inspect and gi_code.co_name need) and answers the two
 * questions the VM asks while running: which line an instruction is on
 * (tracebacks) and which handler covers it (exceptions).
 *
 * opcode_stack_effect is the one place that knows how each instruction moves
 * the stack; the compiler sums it along every path to size the frame.
 */
#include <stdio.h>
#include <stdlib.h>

#include "code.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"

/* ---- the opcode table ------------------------------------------------- */

const char *const opcode_names[OPCODE_COUNT] = {
#define OPCODE_NAME(name, meaning) #name,
    PYCO_OPCODE_LIST(OPCODE_NAME)
#undef OPCODE_NAME
};

/* How many of MAKE_FUNCTION's optional operands [flags] asks for. */
static int code_make_function_operands(int flags) {
    return (flags & 1) + ((flags >> 1) & 1) + ((flags >> 3) & 1);
}

/* Contract: see opcodes.h. */
int opcode_stack_effect(Opcode op, int arg, bool jump) {
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_MAKE_CELL: case OP_DELETE_DEREF:
    case OP_DELETE_GLOBAL: case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE:
    case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_JUMP: case OP_GET_ITER:
    case OP_LIST_TO_TUPLE: case OP_KW_NAMES: case OP_CHECK_EXC_MATCH: case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER: case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_ASYNC_GEN_WRAP:
    case OP_RAISE_NOT_IMPLEMENTED:
        return 0;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_CLOSURE:
    case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_LOAD_GLOBAL: case OP_LOAD_NAME:
    case OP_LOAD_METHOD: case OP_LOAD_BUILD_CLASS: case OP_PUSH_EXC_INFO: case OP_LOAD_ASSERTION_ERROR:
    case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START: case OP_IMPORT_FROM: case OP_GET_ANEXT:
    case OP_BEFORE_ASYNC_WITH:
        return 1;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL: case OP_STORE_NAME:
    case OP_DELETE_ATTR: case OP_BINARY_SUBSCR: case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP:
    case OP_CONTAINS_OP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND:
    case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_RETURN_VALUE: case OP_RERAISE:
    case OP_POP_EXCEPT: case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_PRINT_EXPR:
        return -1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_END_ASYNC_FOR:
        return -2;
    case OP_STORE_SUBSCR: return -3;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_MAKE_FUNCTION: return -code_make_function_operands(arg);
    case OP_CALL: return -(arg + 1);
    case OP_CALL_FUNCTION_EX: return -(2 + (arg & 1));
    case OP_RAISE_VARARGS: return -arg;
    /* superinstructions (made by the VM, never by the compiler): the effect
     * of the first half only — the second word keeps its own */
    case OP_LOAD_FAST_LOAD_CONST: return 1;
    case OP_COMPARE_AND_BRANCH: return -1;
    case OP_POP_TOP_JUMP: return -1;
    case OPCODE_COUNT: break;
    }
    return 0;
}

/* Contract: see opcodes.h. */
bool opcode_has_jump(Opcode op) {
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
    case OP_FOR_ITER: case OP_SEND:
        return true;
    default:
        return false;
    }
}

/* ---- code objects ------------------------------------------------------- */

/* Contract: see code.h. Every field is zero/NULL; compile.c fills them.
 * Allocates (may raise MemoryError and return NULL). */
Code *code_new(void) {
    return (Code *)gc_alloc(&type_code, sizeof(Code));
}

/* Contract: see code.h. */
int code_line_at(Code *code, int index) {
    if (!code->lines || index < 0) return code->first_line;
    if (index >= code->instruction_count) index = code->instruction_count - 1;
    return index >= 0 ? code->lines[index] : code->first_line;
}

/* Contract: see code.h. */
bool code_position_at(Code *code, int index, int *line, int *end_line, int *column, int *end_column) {
    if (!code->positions || index < 0 || index >= code->instruction_count) return false;
    const CodePosition *position = &code->positions[index];
    if (line) *line = code->lines[index];
    if (end_line) *end_line = position->end_line;
    if (column) *column = position->column;
    if (end_column) *end_column = position->end_column;
    return position->column >= 0;
}

/* Contract: see code.h. The table is sorted by start and its ranges do not
 * overlap, so a binary search finds the one entry covering [index]. */
const ExceptionTableEntry *code_find_handler(Code *code, int index) {
    int low = 0, high = code->exception_table_count - 1;
    while (low <= high) {
        int middle = (low + high) / 2;
        const ExceptionTableEntry *entry = &code->exception_table[middle];
        if (index < entry->start) high = middle - 1;
        else if (index >= entry->end) low = middle + 1;
        else return entry;
    }
    return NULL;
}

static void code_mark(Object *self) {
    Code *code = (Code *)self;
    gc_mark_object((Object *)code->constants);
    gc_mark_object((Object *)code->names);
    gc_mark_object((Object *)code->slot_names);
    gc_mark_object((Object *)code->name);
    gc_mark_object((Object *)code->qualname);
    gc_mark_object((Object *)code->filename);
}

static void code_free(Object *self) {
    Code *code = (Code *)self;
    gc_free_buffer(code->instructions, sizeof(uint32_t) * (size_t)code->instruction_count);
    gc_free_buffer(code->lines, sizeof(int32_t) * (size_t)code->instruction_count);
    gc_free_buffer(code->slot_kinds, (size_t)code->slot_count);
    gc_free_buffer(code->positions, sizeof(CodePosition) * (size_t)code->instruction_count);
    gc_free_buffer(code->exception_table, sizeof(ExceptionTableEntry) * (size_t)code->exception_table_count);
    free(code->global_cache); /* the VM's lookup caches (calloc'd there) */
    free(code->module_attr_cache);
}

static Value code_repr(Value self) {
    Code *code = (Code *)self.as.object;
    return str_value(str_from_format("<code object %s at %p, file \"%s\", line %d>",
                                     code->name ? str_cstr(code->name) : "?", (void *)code,
                                     code->filename ? str_cstr(code->filename) : "?", code->first_line));
}

/* ---- co_* attributes ---------------------------------------------------- */

static Code *code_of(Value self) { return (Code *)self.as.object; }

/* The slot names whose kind has any of [kinds], as a tuple. */
static Value code_slot_names_with(Code *code, int kinds) {
    int count = 0;
    for (int i = 0; i < code->slot_count; i++)
        if (code->slot_kinds[i] & kinds) count++;
    Tuple *names = tuple_new(count);
    if (!names) return value_null();
    int index = 0;
    for (int i = 0; i < code->slot_count; i++)
        if (code->slot_kinds[i] & kinds) names->items[index++] = code->slot_names->items[i];
    return value_object(names);
}

static Value code_get_name(Value self) { return str_value(code_of(self)->name); }
static Value code_get_qualname(Value self) { return str_value(code_of(self)->qualname); }
static Value code_get_filename(Value self) { return str_value(code_of(self)->filename); }
static Value code_get_firstlineno(Value self) { return value_int(code_of(self)->first_line); }
static Value code_get_argcount(Value self) { return value_int(code_of(self)->arg_count); }
static Value code_get_posonlyargcount(Value self) { return value_int(code_of(self)->posonly_arg_count); }
static Value code_get_kwonlyargcount(Value self) { return value_int(code_of(self)->kwonly_arg_count); }
static Value code_get_flags(Value self) { return value_int(code_of(self)->flags); }
static Value code_get_consts(Value self) { return value_object(code_of(self)->constants); }
static Value code_get_names(Value self) { return value_object(code_of(self)->names); }
static Value code_get_stacksize(Value self) { return value_int(code_of(self)->max_stack); }
static Value code_get_varnames(Value self) { return code_slot_names_with(code_of(self), SLOT_LOCAL); }
static Value code_get_cellvars(Value self) { return code_slot_names_with(code_of(self), SLOT_CELL); }
static Value code_get_freevars(Value self) { return code_slot_names_with(code_of(self), SLOT_FREE); }

static Value code_get_nlocals(Value self) {
    Code *code = code_of(self);
    int count = 0;
    for (int i = 0; i < code->slot_count; i++)
        if (code->slot_kinds[i] & SLOT_LOCAL) count++;
    return value_int(count);
}

static const GetSetDef code_getsets[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_cellvars", code_get_cellvars, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {"co_flags", code_get_flags, NULL},
    {"co_consts", code_get_consts, NULL},
    {"co_names", code_get_names, NULL},
    {"co_nlocals", code_get_nlocals, NULL},
    {"co_stacksize", code_get_stacksize, NULL},
    {NULL, NULL, NULL},
};

Type type_code = {
    .name = "code",
    .instance_size = sizeof(Code),
    .getsets = code_getsets,
    .repr = code_repr,
    .gc_mark = code_mark,
    .gc_free = code_free,
    .flags = TYPE_ABSTRACT_NEW,
};

/* Contract: see types_init.h. */
void code_types_init(void) {
    type_ready(&type_code);
}
