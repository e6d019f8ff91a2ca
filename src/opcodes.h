/* opcodes.h — the instruction set, defined once.
 *
 * pyco's bytecode is a stack machine close to CPython 3.11's, so that
 * `pyco --dis` can be read side by side with CPython's `dis`. Each
 * instruction is one 32-bit word:
 *
 *      31                       8 7        0
 *     +--------------------------+----------+
 *     |        argument (24 bits)| opcode   |
 *     +--------------------------+----------+
 *
 * Jump arguments are absolute instruction indices. A jump to an earlier
 * index is a loop back-edge: the VM checks for Ctrl-C and runs the garbage
 * collector there if one is due.
 *
 * Stack effects are written [before] -> [after], top of stack on the right.
 * The list is an X-macro: OPCODE(name, meaning). Including this file with
 * OPCODE defined expands it; opcode_names[] and the Opcode enum are made
 * from it below.
 *
 * There is no block stack. `try`, `with` and `except` are described by the
 * code object's *exception table* (code.h): for a range of instructions, the
 * handler to jump to and the stack depth to cut back to. When an instruction
 * raises, the VM looks up its index in the table; if covered, it pops the
 * stack down to the recorded depth, pushes the exception and jumps to the
 * handler. Otherwise the exception leaves the frame.
 *
 * ---- compile patterns ---------------------------------------------------
 *
 * Call f(a, b, k=c):   PUSH_NULL  <f>  <a> <b> <c>  KW_NAMES ('k',)  CALL 3
 * Method o.m(a):       <o>  LOAD_METHOD m  <a>  CALL 1
 * Star call f(*x,**y): PUSH_NULL <f> <tuple of positionals> <dict> CALL_FUNCTION_EX 1
 *
 * try/except:
 *         <body>                         ; handler H, depth d
 *         <else body>  JUMP end
 *     H:  PUSH_EXC_INFO                  ; [prev, exc] handler C, depth d+1
 *         <type> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next
 *         STORE_FAST e (or POP_TOP)      ; `as e` body runs under a handler that
 *         <handler body>                 ;   does e = None; del e; RERAISE
 *         POP_EXCEPT  [e = None; del e]  JUMP end
 *   next: ... RERAISE                    ; no clause matched
 *     C:  SWAP 2  POP_EXCEPT  RERAISE    ; [prev, exc2]: restore, re-raise
 *
 * try/finally:
 *         <body>                         ; handler F, depth d
 *         <final body>  JUMP end
 *     F:  PUSH_EXC_INFO                  ; handler C, depth d+1
 *         <final body>  RERAISE
 *     C:  SWAP 2  POP_EXCEPT  RERAISE
 *   (`return`, `break` and `continue` inside the try copy the final body
 *   before leaving, as CPython's compiler does.)
 *
 * with:
 *         <mgr>  BEFORE_WITH             ; [exit, enter_result]
 *         STORE x (or POP_TOP)           ; handler W, depth d+1 (exit stays)
 *         <body>
 *         LOAD_CONST None x3  CALL 2  POP_TOP   ; exit(None, None, None)
 *         JUMP end
 *     W:  PUSH_EXC_INFO                  ; [exit, prev, exc] handler C, depth d+2
 *         WITH_EXCEPT_START              ; [exit, prev, exc, result]
 *         POP_JUMP_IF_TRUE suppress
 *         RERAISE
 * suppress: POP_TOP POP_EXCEPT POP_TOP JUMP end
 *     C:  SWAP 2  POP_EXCEPT  RERAISE
 *
 * yield from x / await x — one delegation loop for both:
 *         <x>  GET_YIELD_FROM_ITER (or GET_AWAITABLE)   ; [receiver]
 *         LOAD_CONST None                               ; [receiver, None]
 *   loop: SEND done                   ; yielded: [receiver, y]; returned: [r] and jump
 *         YIELD_VALUE 1               ; pass y to our caller; [receiver, sent]
 *         JUMP loop
 *   done:                             ; [r]: the value of the expression
 *
 * Comprehension [e for x in it if c]:
 *         PUSH_NULL  <MAKE_FUNCTION of the <listcomp> code>  <it> GET_ITER  CALL 1
 *   <listcomp>(.0): BUILD_LIST 0  LOAD_FAST .0
 *   loop: FOR_ITER end  STORE_FAST x  <c> POP_JUMP_IF_FALSE loop
 *         <e> LIST_APPEND 2  JUMP loop
 *   end:  RETURN_VALUE
 *
 * class C(B): body
 *         PUSH_NULL LOAD_BUILD_CLASS <MAKE_FUNCTION of the body code>
 *         LOAD_CONST 'C' <B> CALL 3
 *   The body code starts LOAD_NAME __name__ STORE_NAME __module__
 *   LOAD_CONST 'C' STORE_NAME __qualname__ and ends by returning the
 *   __class__ cell (LOAD_CLOSURE __class__ ... after STORE_NAME __classcell__)
 *   if a method uses super()/__class__, else None.
 */
#ifndef PYCO_OPCODES_H
#define PYCO_OPCODES_H

#include <stdbool.h>
#include <stdint.h>

#define PYCO_OPCODE_LIST(OPCODE) \
    OPCODE(NOP,               "do nothing") \
    /* ---- stack manipulation ---- */ \
    OPCODE(POP_TOP,           "[x] -> []") \
    OPCODE(PUSH_NULL,         "[] -> [NULL]: the empty self slot of a call") \
    OPCODE(COPY,              "arg=i: [.. x(i) ..] -> [.. x ..  x]: push a copy of the i-th item (1 = top)") \
    OPCODE(SWAP,              "arg=i: swap the top with the i-th item (i >= 2)") \
    /* ---- constants and variables ---- */ \
    OPCODE(LOAD_CONST,        "arg=const index: [] -> [value]") \
    OPCODE(LOAD_FAST,         "arg=slot: [] -> [local]; UnboundLocalError if unset") \
    OPCODE(STORE_FAST,        "arg=slot: [v] -> []") \
    OPCODE(DELETE_FAST,       "arg=slot: unset the local; UnboundLocalError if unset") \
    OPCODE(MAKE_CELL,         "arg=slot: wrap the slot's current value (an argument, or nothing) in a new cell") \
    OPCODE(LOAD_CLOSURE,      "arg=slot: [] -> [cell]: the cell itself, for building a closure") \
    OPCODE(LOAD_DEREF,        "arg=slot: [] -> [cell contents]; NameError if empty") \
    OPCODE(LOAD_CLASSDEREF,   "arg=slot: in a class body: the locals dict first, then the cell") \
    OPCODE(STORE_DEREF,       "arg=slot: [v] -> []: store into the cell") \
    OPCODE(DELETE_DEREF,      "arg=slot: empty the cell") \
    OPCODE(LOAD_GLOBAL,       "arg=name: [] -> [v]: globals, then builtins; NameError") \
    OPCODE(STORE_GLOBAL,      "arg=name: [v] -> []") \
    OPCODE(DELETE_GLOBAL,     "arg=name") \
    OPCODE(LOAD_NAME,         "arg=name: [] -> [v]: locals dict, globals, builtins (module and class bodies)") \
    OPCODE(STORE_NAME,        "arg=name: [v] -> []: into the locals dict") \
    OPCODE(DELETE_NAME,       "arg=name") \
    /* ---- attributes and items ---- */ \
    OPCODE(LOAD_ATTR,         "arg=name: [obj] -> [obj.name]") \
    OPCODE(LOAD_METHOD,       "arg=name: [obj] -> [method, obj] or [NULL, obj.name]") \
    OPCODE(STORE_ATTR,        "arg=name: [v, obj] -> []: obj.name = v") \
    OPCODE(DELETE_ATTR,       "arg=name: [obj] -> []") \
    OPCODE(BINARY_SUBSCR,     "[container, key] -> [container[key]]") \
    OPCODE(STORE_SUBSCR,      "[v, container, key] -> []: container[key] = v") \
    OPCODE(DELETE_SUBSCR,     "[container, key] -> []") \
    OPCODE(BUILD_SLICE,       "arg=2|3: [start, stop(, step)] -> [slice]") \
    /* ---- operators ---- */ \
    OPCODE(BINARY_OP,         "arg=BinaryOp: [a, b] -> [a op b]; in-place ops try __iop__ first") \
    OPCODE(UNARY_NEGATIVE,    "[x] -> [-x]") \
    OPCODE(UNARY_POSITIVE,    "[x] -> [+x]") \
    OPCODE(UNARY_INVERT,      "[x] -> [~x]") \
    OPCODE(UNARY_NOT,         "[x] -> [not x]") \
    OPCODE(COMPARE_OP,        "arg=CompareOp: [a, b] -> [a op b]") \
    OPCODE(IS_OP,             "arg=invert: [a, b] -> [a is b] (or is not)") \
    OPCODE(CONTAINS_OP,       "arg=invert: [a, b] -> [a in b] (or not in)") \
    /* ---- jumps ---- */ \
    OPCODE(JUMP,              "arg=target: jump (backwards: a loop, a safe point)") \
    OPCODE(POP_JUMP_IF_FALSE, "arg=target: [x] -> []: jump if x is false") \
    OPCODE(POP_JUMP_IF_TRUE,  "arg=target: [x] -> []: jump if x is true") \
    OPCODE(JUMP_IF_FALSE_OR_POP, "arg=target: [x] -> [x] and jump if false, else [] (for `and`)") \
    OPCODE(JUMP_IF_TRUE_OR_POP,  "arg=target: [x] -> [x] and jump if true, else [] (for `or`)") \
    OPCODE(POP_JUMP_IF_NONE,  "arg=target: [x] -> []: jump if x is None") \
    OPCODE(POP_JUMP_IF_NOT_NONE, "arg=target: [x] -> []: jump if x is not None") \
    /* ---- iteration ---- */ \
    OPCODE(GET_ITER,          "[x] -> [iter(x)]") \
    OPCODE(FOR_ITER,          "arg=target: [it] -> [it, next(it)]; when exhausted: [] and jump") \
    /* ---- building values ---- */ \
    OPCODE(BUILD_TUPLE,       "arg=n: [x1..xn] -> [(x1, .., xn)]") \
    OPCODE(BUILD_LIST,        "arg=n: [x1..xn] -> [[x1, .., xn]]") \
    OPCODE(BUILD_SET,         "arg=n: [x1..xn] -> [{x1, .., xn}]") \
    OPCODE(BUILD_MAP,         "arg=n: [k1, v1, .. kn, vn] -> [{k1: v1, ..}]") \
    OPCODE(BUILD_STRING,      "arg=n: [s1..sn] -> [s1 + .. + sn] (f-strings)") \
    OPCODE(LIST_APPEND,       "arg=i: [.. list(i) .., x] -> [.. list ..]: list.append(x), list is the i-th item after popping x") \
    OPCODE(SET_ADD,           "arg=i: as LIST_APPEND for a set") \
    OPCODE(MAP_ADD,           "arg=i: [.. dict(i) .., k, v] -> [.. dict ..]: dict[k] = v") \
    OPCODE(LIST_EXTEND,       "arg=i: [.. list(i) .., iterable] -> [.. list ..]") \
    OPCODE(SET_UPDATE,        "arg=i: [.. set(i) .., iterable] -> [.. set ..]") \
    OPCODE(DICT_UPDATE,       "arg=i: [.. dict(i) .., mapping] -> [.. dict ..] ({**m})") \
    OPCODE(DICT_MERGE,        "arg=i: as DICT_UPDATE, but a repeated key is a TypeError (f(**m))") \
    OPCODE(LIST_TO_TUPLE,     "[list] -> [tuple]") \
    OPCODE(UNPACK_SEQUENCE,   "arg=n: [seq] -> [xn .. x1]: x1 on top, so stores go left to right") \
    OPCODE(UNPACK_EX,         "arg=before|after<<8: [seq] -> [after items.., starred list, before items..]") \
    OPCODE(FORMAT_VALUE,      "arg=conversion(0 none,1 str,2 repr,3 ascii)|4 if a spec is on the stack: [x(, spec)] -> [str]") \
    /* ---- functions and calls ---- */ \
    OPCODE(MAKE_FUNCTION,     "arg=flags 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple: [those.., code] -> [function]") \
    OPCODE(KW_NAMES,          "arg=const index of a tuple of keyword names for the next CALL") \
    OPCODE(CALL,              "arg=n: [NULL, f, a1..an] -> [f(a1..an)] or [f, self, a1..an] -> [f(self, a1..an)]") \
    OPCODE(CALL_FUNCTION_EX,  "arg=1 if kwargs: [NULL, f, args tuple(, kwargs dict)] -> [f(*args, **kwargs)]") \
    OPCODE(RETURN_VALUE,      "[v] -> return v to the caller") \
    OPCODE(LOAD_BUILD_CLASS,  "[] -> [__build_class__]") \
    /* ---- exceptions ---- */ \
    OPCODE(RAISE_VARARGS,     "arg=0: re-raise the handled exception; 1: [exc] raise exc; 2: [exc, cause] raise exc from cause") \
    OPCODE(RERAISE,           "[exc] -> raise exc again without adding a traceback entry") \
    OPCODE(PUSH_EXC_INFO,     "[exc] -> [previously handled exception (or None), exc]; exc becomes the handled one") \
    OPCODE(POP_EXCEPT,        "[prev] -> []: the handled exception becomes prev again") \
    OPCODE(CHECK_EXC_MATCH,   "[exc, type] -> [exc, isinstance(exc, type)]; TypeError for non-exception types") \
    OPCODE(LOAD_ASSERTION_ERROR, "[] -> [AssertionError]") \
    OPCODE(BEFORE_WITH,       "[mgr] -> [mgr.__exit__ bound, mgr.__enter__()]") \
    OPCODE(WITH_EXCEPT_START, "[exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, tb)]") \
    /* ---- modules ---- */ \
    OPCODE(IMPORT_NAME,       "arg=name: [level, fromlist] -> [module]") \
    OPCODE(IMPORT_FROM,       "arg=name: [module] -> [module, module.name]; ImportError if missing") \
    OPCODE(IMPORT_STAR,       "[module] -> []: copy its public names into the locals dict") \
    /* ---- generators and coroutines ---- */ \
    OPCODE(YIELD_VALUE,       "arg=1 inside a yield-from/await loop: [v] -> [sent]: suspend, giving v to the resumer") \
    OPCODE(GET_YIELD_FROM_ITER, "[x] -> [iterator]: generators pass, coroutines refused, others iter(x)") \
    OPCODE(GET_AWAITABLE,     "arg=0 await, 1 after __aenter__, 2 after __aexit__: [x] -> [awaitable iterator]") \
    OPCODE(SEND,              "arg=target: [receiver, v] -> [receiver, yielded] or, when it returns r, [r] and jump") \
    OPCODE(GET_AITER,         "[x] -> [x.__aiter__()]") \
    OPCODE(GET_ANEXT,         "[aiter] -> [aiter, awaitable of aiter.__anext__()]") \
    OPCODE(END_ASYNC_FOR,     "[aiter, exc] -> []: StopAsyncIteration ends the loop, others re-raise") \
    OPCODE(BEFORE_ASYNC_WITH, "[mgr] -> [mgr.__aexit__ bound, mgr.__aenter__()]") \
    OPCODE(ASYNC_GEN_WRAP,    "[v] -> [v]: before an async generator's own yield (CPython wraps v; pyco needs not: asyncgen.c)") \
    /* ---- superinstructions: never emitted by the compiler; the VM rewrites  \
     * the first word of a common pair when a function is first called       \
     * (vm.c, quicken). The second word stays, so jumps to it still work. ---- */ \
    OPCODE(LOAD_FAST_LOAD_CONST, "arg=slot: LOAD_FAST arg, then the LOAD_CONST in the next word") \
    OPCODE(COMPARE_AND_BRANCH, "arg=CompareOp: COMPARE_OP arg, then the POP_JUMP_IF_FALSE/TRUE in the next word") \
    OPCODE(POP_TOP_JUMP,      "POP_TOP, then the JUMP in the next word (a loop body ending in an expression statement)") \
    /* ---- the REPL and unsupported features ---- */ \
    OPCODE(PRINT_EXPR,        "[v] -> []: REPL echo: print repr(v) unless None, and set builtins._") \
    OPCODE(RAISE_NOT_IMPLEMENTED, "arg=const index of a message: raise NotImplementedError(message)")

typedef enum Opcode {
#define OPCODE_ENUM(name, meaning) OP_##name,
    PYCO_OPCODE_LIST(OPCODE_ENUM)
#undef OPCODE_ENUM
    OPCODE_COUNT
} Opcode;

/* "LOAD_CONST" for OP_LOAD_CONST (dis.c). */
extern const char *const opcode_names[OPCODE_COUNT];

/* How one instruction changes the stack depth; [jump] selects the effect
 * when the jump is taken (FOR_ITER, SEND, JUMP_IF_*_OR_POP ...). Used by the
 * compiler to compute max_stack. */
int opcode_stack_effect(Opcode op, int arg, bool jump);

/* Whether the argument is an absolute jump target. */
bool opcode_has_jump(Opcode op);

static inline uint32_t instruction_make(Opcode op, uint32_t arg) { return (uint32_t)op | (arg << 8); }
static inline Opcode instruction_opcode(uint32_t word) { return (Opcode)(word & 0xff); }
static inline uint32_t instruction_arg(uint32_t word) { return word >> 8; }

/* Code flags (CPython's co_flags values). */
enum CodeFlags {
    CODE_OPTIMIZED = 0x0001,
    CODE_NEWLOCALS = 0x0002,
    CODE_VARARGS = 0x0004,
    CODE_VARKEYWORDS = 0x0008,
    CODE_NESTED = 0x0010,
    CODE_GENERATOR = 0x0020,
    CODE_NOFREE = 0x0040,
    CODE_COROUTINE = 0x0080,
    CODE_ITERABLE_COROUTINE = 0x0100,
    CODE_ASYNC_GENERATOR = 0x0200,
};

#endif
