import Foundation

/// How much memory this process holds, read from Linux's `/proc/self/status`.
enum ResidentMemory {
    /// The peak resident set size (`VmHWM`) in bytes, or nil where `/proc` does not say.
    static func peakBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            // "VmHWM:     123456 kB"
            let number = line.dropFirst(6).filter(\.isNumber)
            return Int(number).map { $0 * 1024 }
        }
        return nil
    }
}
