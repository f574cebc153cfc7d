import Benchmarks
import Foundation

/// `matrisk bench --write-scenario DIR`: the canonical trust written out as the scenario file and
/// register CSVs `matrisk simulate` reads, so another program (the numpy model under
/// `Tests/Benchmarks/`) can run the very trust the bench times.
enum CanonicalScenarioWriter {
    /// Writes every file of `trust` under `folder` (created if missing), refusing before the
    /// first byte if any of them is already there: the bench never overwrites a file.
    static func write(_ trust: CanonicalTrust, to folder: String, in environment: CommandEnvironment) throws -> [String] {
        let prefix = (CanonicalTrust.path as NSString).deletingLastPathComponent + "/"
        let files = trust.files.sorted { $0.key < $1.key }.map { entry in
            ((folder as NSString).appendingPathComponent(String(entry.key.dropFirst(prefix.count))), entry.value)
        }
        for (path, _) in files where FileManager.default.fileExists(atPath: environment.resolve(path)) {
            throw OutputError.cannotWrite(path, reason: "a file of that name is already there, and the bench does not overwrite it")
        }
        for subfolder in Set(files.map { ($0.0 as NSString).deletingLastPathComponent }).sorted()
        where try OutputFile.checkFolder(subfolder, in: environment) {
            try OutputFile.makeFolder(subfolder, in: environment)
        }
        try OutputFile.writeAll(files.map { (path: $0.0, contents: $0.1) }, inputs: [], in: environment)
        return files.map(\.0)
    }
}
