#if canImport(Glibc)
import Glibc
#endif

/// The calling thread's processor time: the clock of a scanned page's time budget. Counted in
/// processor time, a budget gives the same outcome on a busy machine as on an idle one (on the wall
/// clock, one wild scan was read one night and given up the next while another run shared the cores).
public enum ThreadClock {
    /// Seconds of processor time this thread has used.
    public static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
