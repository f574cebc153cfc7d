import Foundation

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("matrisk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // A test may have made part of it read-only to provoke a failed write.
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }

    /// Every file and folder inside, as paths relative to the folder, hidden ones included:
    /// what a test compares before and after a run to see that nothing was left behind.
    func contents() throws -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: url.path) else { return [] }
        return walk.compactMap { $0 as? String }.sorted()
    }
}
