/* clock.h — the one clock every time reading in pyco goes through.
 *
 * time.time(), time.monotonic(), time.perf_counter(), time.sleep() and the
 * event loop's timers all ask this file, so the virtual clock
 * (--virtual-time, SPEC section 5) replaces real time in exactly one place:
 * with it, sleeping does not wait but moves the simulated clock forward,
 * and every reading sees the simulated time. Same program, same output.
 */
#ifndef PYCO_CLOCK_H
#define PYCO_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

/* Seconds since the Unix epoch (time.time). */
double clock_wall(void);
/* Seconds on a clock that never goes back (monotonic, perf_counter, loop.time). */
double clock_monotonic(void);
int64_t clock_wall_ns(void);
int64_t clock_monotonic_ns(void);
/* Wait [seconds] (real clock), or advance the virtual clock by them. Returns
 * false with KeyboardInterrupt raised when Ctrl-C interrupts a real sleep. */
bool clock_sleep(double seconds);
/* Virtual clock only: jump forward to monotonic time [deadline] (the event
 * loop does this when nothing is ready and a timer is due later). */
void clock_advance_to(double deadline);
bool clock_is_virtual(void);

#endif
