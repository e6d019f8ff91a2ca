/* clock.c — real and virtual time (see clock.h).
 *
 * The virtual clock starts at the real time of the program's start and then
 * moves only when the program sleeps: `virtual_offset` is how far simulated
 * time has run ahead. Readings add it to the start values, so elapsed times
 * are exact sums of sleeps — 4 s of sleeping reads as exactly 4.00 s.
 */
#include <errno.h>
#include <time.h>

#include "clock.h"
#include "vm.h"

static bool started = false;
static double start_wall, start_monotonic; /* virtual mode: the readings at start */
static double virtual_offset = 0.0;

static double real_seconds(clockid_t clock) {
    struct timespec now;
    clock_gettime(clock, &now);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

static void start_if_needed(void) {
    if (started) return;
    started = true;
    start_wall = real_seconds(CLOCK_REALTIME);
    start_monotonic = real_seconds(CLOCK_MONOTONIC);
}

bool clock_is_virtual(void) { return vm.virtual_time; }

double clock_wall(void) {
    if (!vm.virtual_time) return real_seconds(CLOCK_REALTIME);
    start_if_needed();
    return start_wall + virtual_offset;
}

double clock_monotonic(void) {
    if (!vm.virtual_time) return real_seconds(CLOCK_MONOTONIC);
    start_if_needed();
    return start_monotonic + virtual_offset;
}

int64_t clock_wall_ns(void) {
    if (vm.virtual_time) return (int64_t)(clock_wall() * 1e9);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

int64_t clock_monotonic_ns(void) {
    if (vm.virtual_time) return (int64_t)(clock_monotonic() * 1e9);
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

void clock_advance_to(double deadline) {
    start_if_needed();
    double now = start_monotonic + virtual_offset;
    if (deadline > now) virtual_offset += deadline - now;
}

bool clock_sleep(double seconds) {
    if (vm.virtual_time) {
        start_if_needed();
        virtual_offset += seconds;
        return true;
    }
    double deadline = real_seconds(CLOCK_MONOTONIC) + seconds;
    for (;;) {
        if (!vm_check_interrupt()) return false;
        double left = deadline - real_seconds(CLOCK_MONOTONIC);
        if (left <= 0) return true;
        /* sleep in slices so Ctrl-C is noticed promptly */
        double slice = left < 0.05 ? left : 0.05;
        struct timespec request = {(time_t)slice, (long)((slice - (double)(time_t)slice) * 1e9)};
        nanosleep(&request, NULL);
    }
}
