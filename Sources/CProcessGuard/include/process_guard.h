#ifndef NOMINATIONS_PROCESS_GUARD_H
#define NOMINATIONS_PROCESS_GUARD_H
#include <sys/types.h>

/// Asks the kernel to kill this process (SIGKILL) when the thread that started it ends (`prctl`
/// with PR_SET_PDEATHSIG: a C variadic function, which Swift cannot call). Then, if the parent is
/// no longer `parent` (it ended before the request was made), ends this process at once.
/// `parent` 0: the check is left out (a program that does not know its parent's id).
/// Returns 0, or -1 when the request was refused.
int process_guard_die_with_parent(pid_t parent);

#endif
