/* frame.c — the frame stack and argument binding.
 *
 * Frames of ordinary calls live on a chunked stack owned by the VM:
 *
 *     chunk 1                          chunk 2 (made when chunk 1 is full)
 *     +---------+---------+------+     +---------+------+
 *     | frame A | frame B | free |  <- | frame C | free |
 *     +---------+---------+------+     +---------+------+
 *
 * Calls and returns are strictly LIFO, so pushing a frame is bumping a
 * pointer and popping is moving it back: no malloc per call, which is a large
 * part of why fib(30) is fast. (Generator frames are not on this stack; they
 * are embedded in their generator objects, see gen.c.)
 *
 * frame_bind_arguments implements Python's parameter rules — positional,
 * defaults, keyword arguments, keyword-only parameters, *args and **kwargs —
 * with CPython's error messages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "gc.h"
#include "gen.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

enum { FRAME_CHUNK_SIZE = 256 * 1024 };

FrameChunk *frame_current_chunk = NULL;
static FrameChunk *spare_chunk = NULL; /* kept to avoid malloc/free at a chunk boundary */

static FrameChunk *chunk_new(size_t at_least, FrameChunk *previous) {
    size_t size = at_least > FRAME_CHUNK_SIZE ? at_least : FRAME_CHUNK_SIZE;
    FrameChunk *chunk;
    if (spare_chunk && (size_t)(spare_chunk->end - spare_chunk->data) >= size) {
        chunk = spare_chunk;
        spare_chunk = NULL;
    } else {
        chunk = malloc(sizeof(FrameChunk) + size);
        if (!chunk) return NULL;
        chunk->end = chunk->data + size;
    }
    chunk->previous = previous;
    chunk->top = chunk->data;
    return chunk;
}

Frame *frame_push_in_new_chunk(Code *code, Function *function, Dict *globals, Dict *locals) {
    size_t size = (frame_size(code) + 15) & ~(size_t)15;
    FrameChunk *chunk = chunk_new(size, frame_current_chunk);
    if (!chunk) {
        raise_memory_error();
        return NULL;
    }
    frame_current_chunk = chunk;
    Frame *frame = frame_push_fast(code, function, globals);
    frame->locals = locals;
    return frame;
}

Frame *frame_push(Code *code, Function *function, Dict *globals, Dict *locals) {
    Frame *frame = frame_push_fast(code, function, globals);
    if (frame) frame->locals = locals;
    return frame;
}

void frame_pop(Frame *frame) {
    frame_current_chunk->top = (char *)frame;
    if (frame_current_chunk->top == frame_current_chunk->data && frame_current_chunk->previous) {
        FrameChunk *empty = frame_current_chunk;
        frame_current_chunk = empty->previous;
        if (spare_chunk) free(spare_chunk);
        spare_chunk = empty;
    }
}

int frame_line(Frame *frame) {
    int index = (int)(frame->pc - frame->code->instructions) - 1;
    if (index < 0) return frame->code->first_line;
    return code_line_at(frame->code, index);
}

void frame_mark(Frame *frame) {
    gc_mark_object((Object *)frame->code);
    gc_mark_object((Object *)frame->function);
    gc_mark_object((Object *)frame->globals);
    gc_mark_object((Object *)frame->locals);
    if (frame->in_generator) gc_mark_object((Object *)frame_generator(frame));
    Value *top = frame->stack_top ? frame->stack_top : frame->slots + frame->code->slot_count;
    gc_mark_values(frame->slots, (size_t)(top - frame->slots));
}

Dict *frame_locals_dict(Frame *frame) {
    Dict *dict = dict_new();
    if (!dict) return NULL;
    Code *code = frame->code;
    for (int i = 0; i < code->slot_count; i++) {
        Value value = frame->slots[i];
        if (code->slot_kinds[i] & (SLOT_CELL | SLOT_FREE)) {
            if (!is_object_of(value, &type_cell)) continue;
            value = ((Cell *)value.as.object)->value;
        }
        if (is_null(value)) continue;
        if (!dict_set_str(dict, as_str(code->slot_names->items[i]), value)) return NULL;
    }
    return dict;
}

/* ---- argument binding ---------------------------------------------------- */

static const char *function_display_name(Function *function) {
    return str_cstr(function->qualname ? function->qualname : function->name);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'": CPython's list of names. */
static Value raise_missing(Function *function, const char *kind, int *missing, int count) {
    Code *code = function->code;
    StrBuilder sb;
    sb_init(&sb);
    for (int i = 0; i < count; i++) {
        if (i > 0) sb_append_cstr(&sb, count == 2 ? " and " : (i == count - 1 ? ", and " : ", "));
        sb_appendf(&sb, "'%s'", str_cstr(as_str(code->slot_names->items[missing[i]])));
    }
    sb_append_char(&sb, '\0');
    raise_error(&type_type_error, "%s() missing %d required %s argument%s: %s", function_display_name(function),
                count, kind, count == 1 ? "" : "s", sb.data);
    sb_free(&sb);
    return value_null();
}

static bool raise_too_many_positional(Function *function, int given, int kw_given) {
    Code *code = function->code;
    int defaults = function->defaults ? (int)function->defaults->length : 0;
    int most = code->arg_count, least = most - defaults;
    char takes[64];
    if (least < most) snprintf(takes, sizeof takes, "from %d to %d positional arguments", least, most);
    else snprintf(takes, sizeof takes, "%d positional argument%s", most, most == 1 ? "" : "s");
    if (kw_given)
        raise_error(&type_type_error, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
                    function_display_name(function), takes, given, given == 1 ? "" : "s", kw_given, kw_given == 1 ? "" : "s");
    else
        raise_error(&type_type_error, "%s() takes %s but %d %s given", function_display_name(function), takes, given,
                    given == 1 ? "was" : "were");
    return false;
}

/* Where keyword [name] goes: a parameter slot, or -1 for **kwargs. */
static int keyword_slot(Code *code, Str *name) {
    int end = code->arg_count + code->kwonly_arg_count;
    for (int i = code->posonly_arg_count; i < end; i++)
        if (as_str(code->slot_names->items[i]) == name) return i;
    for (int i = code->posonly_arg_count; i < end; i++)
        if (str_equal(as_str(code->slot_names->items[i]), name)) return i;
    return -1;
}

static bool bind_keywords(Frame *frame, Function *function, Value *kwvalues, Tuple *kwnames, Dict *varkw) {
    Code *code = function->code;
    for (int64_t k = 0; k < kwnames->length; k++) {
        Str *name = as_str(kwnames->items[k]);
        int slot = keyword_slot(code, name);
        if (slot < 0) {
            if (!varkw) {
                for (int i = 0; i < code->posonly_arg_count; i++)
                    if (str_equal(as_str(code->slot_names->items[i]), name)) {
                        raise_error(&type_type_error, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                                    function_display_name(function), str_cstr(name));
                        return false;
                    }
                raise_error(&type_type_error, "%s() got an unexpected keyword argument '%s'", function_display_name(function),
                            str_cstr(name));
                return false;
            }
            if (!dict_set_str(varkw, name, kwvalues[k])) return false;
            continue;
        }
        if (!is_null(frame->slots[slot])) {
            raise_error(&type_type_error, "%s() got multiple values for argument '%s'", function_display_name(function),
                        str_cstr(name));
            return false;
        }
        frame->slots[slot] = kwvalues[k];
    }
    return true;
}

static bool fill_defaults(Frame *frame, Function *function) {
    Code *code = function->code;
    int defaults = function->defaults ? (int)function->defaults->length : 0;
    int first_default = code->arg_count - defaults;
    int missing[256], missing_count = 0;
    for (int i = 0; i < code->arg_count; i++) {
        if (!is_null(frame->slots[i])) continue;
        if (i >= first_default) frame->slots[i] = function->defaults->items[i - first_default];
        else if (missing_count < 256) missing[missing_count++] = i;
    }
    if (missing_count) {
        raise_missing(function, "positional", missing, missing_count);
        return false;
    }
    for (int i = code->arg_count; i < code->arg_count + code->kwonly_arg_count; i++) {
        if (!is_null(frame->slots[i])) continue;
        Value fallback = function->kwdefaults ? dict_get_str(function->kwdefaults, as_str(code->slot_names->items[i]))
                                              : value_null();
        if (!is_null(fallback)) frame->slots[i] = fallback;
        else if (missing_count < 256) missing[missing_count++] = i;
    }
    if (missing_count) {
        raise_missing(function, "keyword-only", missing, missing_count);
        return false;
    }
    return true;
}

static void copy_closure(Frame *frame, Function *function) {
    Code *code = function->code;
    if (!code->free_count || !function->closure) return;
    int first = code->slot_count - code->free_count;
    for (int i = 0; i < code->free_count; i++) frame->slots[first + i] = function->closure->items[i];
}

bool frame_bind_arguments(Frame *frame, Function *function, Value *args, int nargs, Tuple *kwnames) {
    Code *code = function->code;
    int kwcount = kwnames ? (int)kwnames->length : 0;
    bool has_varargs = code->flags & CODE_VARARGS, has_varkw = code->flags & CODE_VARKEYWORDS;
    /* The fast path: exactly the positional parameters, nothing else. */
    if (nargs == code->arg_count && !kwcount && !has_varargs && !has_varkw && !code->kwonly_arg_count) {
        if (nargs) memcpy(frame->slots, args, sizeof(Value) * (size_t)nargs);
        copy_closure(frame, function);
        return true;
    }
    int varargs_slot = code->arg_count + code->kwonly_arg_count;
    int varkw_slot = varargs_slot + (has_varargs ? 1 : 0);
    int positional = nargs < code->arg_count ? nargs : code->arg_count;
    if (positional) memcpy(frame->slots, args, sizeof(Value) * (size_t)positional);
    if (nargs > code->arg_count) {
        if (!has_varargs) {
            int kwonly_given = 0;
            for (int k = 0; k < kwcount; k++) {
                int slot = keyword_slot(code, as_str(kwnames->items[k]));
                if (slot >= code->arg_count) kwonly_given++;
            }
            return raise_too_many_positional(function, nargs, kwonly_given);
        }
    }
    if (has_varargs) {
        int extra = nargs > code->arg_count ? nargs - code->arg_count : 0;
        Tuple *rest = tuple_from_values(args + positional, extra);
        if (!rest) return false;
        frame->slots[varargs_slot] = value_object(rest);
    }
    Dict *varkw = NULL;
    if (has_varkw) {
        varkw = dict_new();
        if (!varkw) return false;
        frame->slots[varkw_slot] = value_object(varkw);
    }
    if (kwcount && !bind_keywords(frame, function, args + nargs, kwnames, varkw)) return false;
    if (!fill_defaults(frame, function)) return false;
    copy_closure(frame, function);
    return true;
}
