import Glibc
import LoadGeneration

/// The process's limit on open files (`RLIMIT_NOFILE`): each axon holds a listening socket, and each call one
/// client and one server socket on loopback.
enum FileLimit {
    /// Raises the soft limit to at least `needed` when the hard limit allows it, and returns the soft limit.
    /// - Throws: `Failure` when the hard limit is below `needed`.
    static func ensure(_ needed: Int) throws -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { throw Failure.system("getrlimit") }
        guard limit.rlim_cur < rlim_t(needed) else { return Int(limit.rlim_cur) }
        guard limit.rlim_max >= rlim_t(needed) else {
            throw Failure("open files: \(needed) needed, hard limit \(limit.rlim_max) (ulimit -Hn)")
        }
        limit.rlim_cur = rlim_t(needed)
        guard setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { throw Failure.system("setrlimit") }
        return needed
    }
}
