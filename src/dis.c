/* dis.c — the disassembler behind `pyco --dis FILE`.
 *
 * The listing follows CPython 3.11's `dis` so the two can be read side by
 * side: a line number where a new source line starts, ">>" on jump
 * targets, the instruction's index (pyco counts instructions, CPython
 * bytes), the opcode name, its argument and, in parentheses, what the
 * argument means (a constant's repr, a name, a jump target, an operator).
 * Each code object ends with its exception table; then every code object
 * among its constants is disassembled in turn ("Disassembly of ...").
 */
#include <stdio.h>
#include <string.h>

#include "compile.h"
#include "exc.h"
#include "str.h"
#include "tuple.h"

/* Whether an instruction's argument means anything (CPython prints no
 * argument for the others). */
static bool dis_has_argument(Opcode op) {
    switch (op) {
    case OP_NOP: case OP_POP_TOP: case OP_PUSH_NULL: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
    case OP_DELETE_SUBSCR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT:
    case OP_UNARY_NOT: case OP_GET_ITER: case OP_LIST_TO_TUPLE: case OP_RETURN_VALUE:
    case OP_LOAD_BUILD_CLASS: case OP_RERAISE: case OP_PUSH_EXC_INFO: case OP_POP_EXCEPT:
    case OP_CHECK_EXC_MATCH: case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_IMPORT_STAR: case OP_GET_YIELD_FROM_ITER: case OP_GET_AITER: case OP_GET_ANEXT:
    case OP_END_ASYNC_FOR: case OP_BEFORE_ASYNC_WITH: case OP_ASYNC_GEN_WRAP: case OP_PRINT_EXPR:
        return false;
    default:
        return true;
    }
}

/* repr() of a constant into [out] (errors become "?"). */
static void dis_constant_repr(Value constant, char *out, size_t size) {
    Value text = obj_repr(constant);
    if (is_null(text)) {
        error_clear();
        snprintf(out, size, "?");
        return;
    }
    snprintf(out, size, "%s", str_cstr(as_str(text)));
}

static const char *dis_tuple_name(Tuple *tuple, int index) {
    if (!tuple || index < 0 || index >= tuple->length) return "?";
    return str_cstr(as_str(tuple->items[index]));
}

/* The readable meaning of [arg] for [op] (empty when there is none). */
static void dis_argument_meaning(Code *code, Opcode op, int arg, char *out, size_t size) {
    out[0] = 0;
    switch (op) {
    case OP_LOAD_CONST: case OP_KW_NAMES: case OP_RAISE_NOT_IMPLEMENTED:
        if (arg < code->constants->length) dis_constant_repr(code->constants->items[arg], out, size);
        return;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_MAKE_CELL: case OP_LOAD_CLOSURE:
    case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF:
        snprintf(out, size, "%s", dis_tuple_name(code->slot_names, arg));
        return;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME: case OP_STORE_NAME:
    case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_LOAD_METHOD: case OP_STORE_ATTR: case OP_DELETE_ATTR:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        snprintf(out, size, "%s", dis_tuple_name(code->names, arg));
        return;
    case OP_BINARY_OP:
        if (arg < BINARY_OP_COUNT) snprintf(out, size, "%s", binary_op_symbol((BinaryOp)arg));
        return;
    case OP_COMPARE_OP:
        if (arg <= COMPARE_GE) snprintf(out, size, "%s", compare_op_symbol((CompareOp)arg));
        return;
    case OP_FORMAT_VALUE: {
        static const char *const conversions[] = {"", "str", "repr", "ascii"};
        snprintf(out, size, "%s%s%s", conversions[arg & 3], (arg & 3) && (arg & 4) ? ", " : "",
                 arg & 4 ? "with format" : "");
        return;
    }
    case OP_MAKE_FUNCTION:
        snprintf(out, size, "%s%s%s", arg & 1 ? "defaults" : "",
                 arg & 2 ? (arg & 1 ? ", kwdefaults" : "kwdefaults") : "",
                 arg & 8 ? (arg & 3 ? ", closure" : "closure") : "");
        return;
    default:
        if (opcode_has_jump(op)) snprintf(out, size, "to %d", arg);
        return;
    }
}

static bool dis_is_jump_target(Code *code, int index) {
    for (int i = 0; i < code->instruction_count; i++) {
        Opcode op = instruction_opcode(code->instructions[i]);
        if (opcode_has_jump(op) && (int)instruction_arg(code->instructions[i]) == index) return true;
    }
    for (int i = 0; i < code->exception_table_count; i++)
        if (code->exception_table[i].handler == index) return true;
    return false;
}

/* One code object's instructions and exception table. */
static void dis_one(Code *code, FILE *out) {
    int offset_width = code->instruction_count >= 10000 ? 6 : 4;
    int previous_line = -1;
    for (int i = 0; i < code->instruction_count; i++) {
        uint32_t word = code->instructions[i];
        Opcode op = instruction_opcode(word);
        int arg = (int)instruction_arg(word);
        int line = code->lines ? code->lines[i] : 0;
        char line_field[16] = "   ";
        if (line != previous_line) {
            if (i > 0) fputc('\n', out);
            snprintf(line_field, sizeof line_field, "%3d", line);
            previous_line = line;
        }
        char text[256] = "";
        int length = snprintf(text, sizeof text, "%s     %s %*d %-20s", line_field,
                              dis_is_jump_target(code, i) ? ">>" : "  ", offset_width, i,
                              op < OPCODE_COUNT ? opcode_names[op] : "?");
        if (dis_has_argument(op) && length < (int)sizeof text) {
            char meaning[200];
            dis_argument_meaning(code, op, arg, meaning, sizeof meaning);
            length += snprintf(text + length, sizeof text - (size_t)length, " %5d", arg);
            if (meaning[0] && length < (int)sizeof text)
                snprintf(text + length, sizeof text - (size_t)length, " (%s)", meaning);
        }
        size_t end = strlen(text);
        while (end > 0 && text[end - 1] == ' ') text[--end] = 0;
        fprintf(out, "%s\n", text);
    }
    if (code->exception_table_count > 0) {
        fprintf(out, "ExceptionTable:\n");
        for (int i = 0; i < code->exception_table_count; i++) {
            const ExceptionTableEntry *entry = &code->exception_table[i];
            fprintf(out, "  %d to %d -> %d [%d]\n", entry->start, entry->end - 1, entry->handler, entry->depth);
        }
    }
}

/* Contract: see compile.h. Writes to [out]; calls repr on constants (only
 * built-in types, so no Python code runs). */
void dis_code(Code *code, FILE *out) {
    dis_one(code, out);
    for (int i = 0; i < code->constants->length; i++) {
        Value constant = code->constants->items[i];
        if (!is_code(constant)) continue;
        char title[300];
        dis_constant_repr(constant, title, sizeof title);
        fprintf(out, "\nDisassembly of %s:\n", title);
        dis_code((Code *)constant.as.object, out);
    }
}
