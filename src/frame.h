/* frame.h — a frame: one running (or suspended) execution of a code object.
 *
 *     +--------------------------------------------------+
 *     | code, function, globals, locals dict, previous,  |  header
 *     | pc, stack_top, is_entry, in_generator            |
 *     +--------------------------------------------------+
 *     | slot 0 .. slot_count-1                           |  locals, cells, free vars
 *     +--------------------------------------------------+
 *     | operand stack: max_stack values                  |  grows upwards
 *     +--------------------------------------------------+
 *
 * Ordinary calls take frames from a per-VM chunked stack (frame_push /
 * frame_pop, strictly last-in first-out), which is fast and needs no GC.
 * A generator's frame is instead embedded in the generator object (gen.c),
 * so it outlives the call that created it and can be suspended and resumed.
 *
 * `previous` links a frame to the one that called (or resumed) it; the chain
 * from vm.frame down is what a traceback shows and what the GC scans.
 * `is_entry` marks a frame that C code entered through vm_run: returning from
 * it returns from that vm_run.
 */
#ifndef PYCO_FRAME_H
#define PYCO_FRAME_H

#include "object.h"
#include "code.h"

struct Frame {
    Code *code;
    Function *function;      /* NULL for module code */
    Dict *globals;
    Dict *locals;            /* the namespace of module and class bodies (LOAD_NAME), else NULL */
    Frame *previous;
    uint32_t *pc;            /* the next instruction */
    Value *stack_top;        /* saved stack pointer while not executing */
    bool is_entry;
    bool in_generator;       /* embedded in a Generator (gen.h: frame_generator finds it) */
    Value slots[];           /* slot_count slots, then max_stack stack entries */
};

/* Frame size in bytes for [code]. */
static inline size_t frame_size(Code *code) {
    return sizeof(struct Frame) + sizeof(Value) * (size_t)(code->slot_count + code->max_stack);
}
static inline Value *frame_stack_base(Frame *frame) { return frame->slots + frame->code->slot_count; }

/* The frame stack is a list of chunks; frames are bump-allocated in the
 * current one (see frame.c). */
typedef struct FrameChunk FrameChunk;
struct FrameChunk {
    FrameChunk *previous;
    char *top;
    char *end;
    _Alignas(16) char data[];
};
extern FrameChunk *frame_current_chunk;

/* Take a frame for [code] from the frame stack (slots NULL). NULL with
 * MemoryError on failure. Pop the most recently pushed frame. */
Frame *frame_push(Code *code, Function *function, Dict *globals, Dict *locals);
Frame *frame_push_in_new_chunk(Code *code, Function *function, Dict *globals, Dict *locals);
void frame_pop(Frame *frame);

/* frame_push's common case, inlined into the VM's CALL: room left in the
 * current chunk. */
static inline Frame *frame_push_fast(Code *code, Function *function, Dict *globals) {
    size_t size = code->frame_bytes ? code->frame_bytes : (frame_size(code) + 15) & ~(size_t)15;
    FrameChunk *chunk = frame_current_chunk;
    if (!chunk || chunk->top + size > chunk->end) return frame_push_in_new_chunk(code, function, globals, NULL);
    Frame *frame = (Frame *)chunk->top;
    chunk->top += size;
    frame->code = code;
    frame->function = function;
    frame->globals = globals;
    frame->locals = NULL;
    frame->previous = NULL;
    frame->pc = code->instructions;
    frame->in_generator = false;
    frame->is_entry = false;
    Value *slot = frame->slots, *end = frame->slots + code->slot_count;
    while (slot < end) *slot++ = value_null();
    frame->stack_top = end;
    return frame;
}
/* Fill a new frame's argument slots from a call's arguments, with CPython's
 * errors ("f() missing 1 required positional argument: 'x'"), and copy the
 * closure into the free-variable slots. */
bool frame_bind_arguments(Frame *frame, Function *function, Value *args, int nargs, Tuple *kwnames);
/* The current line of a frame. */
int frame_line(Frame *frame);
/* Mark every value a frame holds (for the GC). */
void frame_mark(Frame *frame);
/* locals() of a function frame as a new dict. */
Dict *frame_locals_dict(Frame *frame);

#endif
