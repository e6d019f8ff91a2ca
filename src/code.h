/* code.h — code objects: the compiled form of a module, function, class
 * body, lambda or comprehension.
 *
 * A Code holds the instructions (opcodes.h) and everything they refer to by
 * index: constants, names (globals, attributes), and the frame's slots.
 *
 * Slots ("localsplus", as in CPython 3.11) are laid out in a fixed order:
 *
 *     [ arguments | other locals | cells not shared with args | free vars ]
 *       \---------- varnames ---------/
 *
 * A cell variable that is also an argument lives in the argument's slot:
 * MAKE_CELL at the function's start wraps the argument's value in a cell.
 * Free variables are the last `free_count` slots; the VM copies the
 * function's closure cells into them when the frame is created.
 *
 * Each instruction has a line number (lines[i]) for tracebacks, and the
 * exception table replaces a runtime block stack (see opcodes.h).
 */
#ifndef PYCO_CODE_H
#define PYCO_CODE_H

#include "object.h"
#include "opcodes.h"

typedef struct ExceptionTableEntry {
    int32_t start, end; /* instructions [start, end) are covered */
    int32_t handler;    /* where to jump */
    int32_t depth;      /* stack depth to cut back to before pushing the exception */
} ExceptionTableEntry;

/* Where an instruction's source text ends, with code.lines[i] as its start
 * line: columns are 0-based code points, as CPython's co_positions, and
 * -1 when unknown. Tracebacks use them for the ^^^ carets. */
typedef struct CodePosition {
    int32_t end_line;
    int32_t column, end_column;
} CodePosition;

/* Slot kinds (bit flags, as CPython's CO_FAST_*). */
enum { SLOT_LOCAL = 0x20, SLOT_CELL = 0x40, SLOT_FREE = 0x80 };

typedef struct Code {
    Object base;
    uint32_t *instructions;
    int32_t instruction_count;
    int32_t *lines;               /* line of each instruction */
    Tuple *constants;
    Tuple *names;                 /* Str: global, attribute and import names */
    Tuple *slot_names;            /* Str: the name of each slot */
    uint8_t *slot_kinds;          /* SLOT_* flags of each slot */
    int32_t slot_count;           /* locals + cells + free vars */
    int32_t free_count;           /* the last free_count slots are free vars */
    int32_t arg_count;            /* positional parameters (positional-only included) */
    int32_t posonly_arg_count;
    int32_t kwonly_arg_count;     /* follow the positional ones, then *args, then **kwargs */
    int32_t max_stack;
    int32_t flags;                /* CodeFlags */
    int32_t first_line;
    ExceptionTableEntry *exception_table;
    int32_t exception_table_count;
    Str *name;                    /* co_name: "f", "<module>", "<listcomp>", "<lambda>" */
    Str *qualname;                /* co_qualname: "C.f.<locals>.g" */
    Str *filename;                /* as given on the command line */
    CodePosition *positions;      /* one per instruction (NULL if unknown) */
    struct GlobalCache *global_cache; /* vm.c: LOAD_GLOBAL's cache, one per name (lazily made) */
    struct GlobalCache *module_attr_cache; /* vm.c: `module.name` lookups, the same way */
    /* Worked out once by the VM on the first call (vm.c, code_call_shape). */
    uint32_t frame_bytes;         /* a frame's size, rounded to 16 */
    uint8_t call_shape;           /* CALL_SHAPE_* below; 0 = not yet known */
} Code;

/* How a call binds its arguments: SIMPLE means only positional parameters
 * and no closure, so a call with exactly that many arguments copies them
 * straight into the new frame. */
enum { CALL_SHAPE_UNKNOWN = 0, CALL_SHAPE_SIMPLE, CALL_SHAPE_GENERAL, CALL_SHAPE_GENERATOR };

static inline bool is_code(Value v) { return v.tag == VAL_OBJ && v.as.object->type == &type_code; }

/* Allocate an empty code object (compile.c fills it). */
Code *code_new(void);
/* The line of instruction [index] (0 if unknown). */
int code_line_at(Code *code, int index);
/* The source span of instruction [index] (CPython's co_positions()):
 * false when unknown. Any out-pointer may be NULL. */
bool code_position_at(Code *code, int index, int *line, int *end_line, int *column, int *end_column);
/* The handler for instruction [index], or NULL. */
const ExceptionTableEntry *code_find_handler(Code *code, int index);

#endif
