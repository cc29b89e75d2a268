#include "process_guard.h"
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

int process_guard_die_with_parent(pid_t parent) {
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) return -1;
    if (parent != 0 && getppid() != parent) _exit(1);
    return 0;
}
