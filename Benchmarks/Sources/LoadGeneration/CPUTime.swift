import Glibc

/// CPU time (user plus system) in seconds: this process's, all threads, from `getrusage`, or another process's
/// from `/proc/PID/stat`.
public enum CPUTime {
    /// This process's CPU time.
    public static func ownSeconds() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Process `pid`'s CPU time: `utime` plus `stime`, fields 14 and 15 of `/proc/PID/stat`, in clock ticks.
    public static func processSeconds(_ pid: Int32) throws -> Double {
        let descriptor = open("/proc/\(pid)/stat", O_RDONLY)
        guard descriptor >= 0 else { throw Failure.system("/proc/\(pid)/stat") }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { throw Failure.system("read /proc/\(pid)/stat") }
        let text = String(decoding: buffer[..<count], as: UTF8.self)
        // Field 2, the command name, is in parentheses and may hold spaces: count the fields after the last ")".
        guard let nameEnd = text.lastIndex(of: ")") else { throw Failure("/proc/\(pid)/stat: \(text)") }
        let fields = text[text.index(after: nameEnd)...].split(separator: " ")
        // fields[0] is field 3 (the state), so utime is fields[11] and stime fields[12].
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
            throw Failure("/proc/\(pid)/stat: \(text)")
        }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
}
