/* pool.c — a size-class allocator for small objects.
 *
 * Almost every object pyco makes is small and dies young: a bound method,
 * a Task (104 bytes), a suspended coroutine (a couple of hundred). malloc
 * would put a hidden header in front of each and round it up to 16 bytes,
 * and it is a general-purpose function paying for thread safety pyco does
 * not need. Here each size, rounded up to 8 bytes, is a class of its own:
 *
 *     class 13 (104-byte slots)
 *     free list: slot -> slot -> slot -> NULL      (freed slots, reused first)
 *     block:     [used][used][free][used][ bump ... ]   64 KiB from malloc
 *
 * An allocation pops the class's free list, or else carves the next slot
 * from the class's current block, or else takes a new block. Freeing pushes
 * the slot on its class's free list: memory goes back to objects of the same
 * size, never to the operating system, which is what a long-running event
 * loop with a steady population of tasks wants.
 *
 * The sanitizer and GC-stress builds use plain calloc/free instead, so that
 * AddressSanitizer sees every object as its own allocation and catches a use
 * after the collector freed it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pool.h"

#if defined(__SANITIZE_ADDRESS__) || defined(GC_STRESS)

void *pool_alloc(size_t size) { return calloc(1, size); }
void pool_free(void *pointer, size_t size) { free(pointer); }

#else

enum { GRAIN = 8, CLASS_COUNT = POOL_LARGEST / GRAIN + 1, BLOCK_BYTES = 64 * 1024 };

typedef struct FreeSlot {
    struct FreeSlot *next;
} FreeSlot;

typedef struct SizeClass {
    FreeSlot *free_list;
    char *bump, *bump_end;  /* the uncarved rest of the newest block */
} SizeClass;

static SizeClass classes[CLASS_COUNT];

static size_t class_of(size_t size) { return (size + GRAIN - 1) / GRAIN; }

/* A new block for [class]; false when malloc fails. Blocks are never freed. */
static int take_block(SizeClass *class, size_t slot_size) {
    char *block = malloc(BLOCK_BYTES);
    if (!block) return 0;
    class->bump = block;
    class->bump_end = block + BLOCK_BYTES - BLOCK_BYTES % slot_size;
    return 1;
}

/* Zero a slot two words at a time: slots are small multiples of 8 bytes, and
 * the `rep stos` GCC makes of a memset here costs more to start than the whole
 * job (it was half of b3's allocation time). The empty asm keeps GCC from
 * turning the loop back into that memset. */
static void *zero_slot(void *slot, size_t slot_size) {
    uint64_t *word = slot, *end = word + slot_size / GRAIN;
    if (slot_size % (2 * GRAIN)) *--end = 0;
    for (; word < end; word += 2) {
        word[0] = word[1] = 0;
        __asm__ volatile("" ::: "memory");
    }
    return slot;
}

void *pool_alloc(size_t size) {
    if (size > POOL_LARGEST) return calloc(1, size);
    if (size < sizeof(FreeSlot)) size = sizeof(FreeSlot);
    size_t index = class_of(size), slot_size = index * GRAIN;
    SizeClass *class = &classes[index];
    void *slot;
    if (class->free_list) {
        slot = class->free_list;
        class->free_list = class->free_list->next;
    } else {
        if (class->bump == class->bump_end && !take_block(class, slot_size)) return NULL;
        slot = class->bump;
        class->bump += slot_size;
    }
    return zero_slot(slot, slot_size);
}

void pool_free(void *pointer, size_t size) {
    if (size > POOL_LARGEST) {
        free(pointer);
        return;
    }
    if (size < sizeof(FreeSlot)) size = sizeof(FreeSlot);
    SizeClass *class = &classes[class_of(size)];
    FreeSlot *slot = pointer;
    slot->next = class->free_list;
    class->free_list = slot;
}

#endif
