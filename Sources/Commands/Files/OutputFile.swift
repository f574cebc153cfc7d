import Foundation
import Synchronization

/// Why an output could not be written. Nothing is left half-written in any of these cases.
enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    case wouldOverwriteInput(String)
    case folderMissing(String, folder: String)
    case cannotWrite(String, reason: String)

    var description: String {
        switch self {
        case .wouldOverwriteInput(let path):
            return "\(path): error: this is one of the input files; choose another output name so the input is kept."
        case .folderMissing(let path, let folder):
            return "\(path): error: cannot create the file: the folder '\(folder)' does not exist."
        case .cannotWrite(let path, let reason):
            return "\(path): error: cannot create the file: \(reason)."
        }
    }
}

/// Writes output files so that a reader never sees half of one: the text goes to a
/// temporary file beside the target, which is then renamed over it in one step. An
/// output path that names one of the inputs is refused, so no input is ever overwritten.
enum OutputFile {
    /// Temporary files being written now, so an interrupt can remove them.
    static let pending = Mutex<Set<String>>([])

    /// Writes `contents` to `path`, refusing any path that is one of `inputs`.
    static func write(_ contents: String, to path: String, inputs: [String], in environment: CommandEnvironment) throws {
        try write(Data(contents.utf8), to: path, inputs: inputs, in: environment)
    }

    static func write(_ data: Data, to path: String, inputs: [String], in environment: CommandEnvironment) throws {
        let target = URL(fileURLWithPath: environment.resolve(path)).resolvingSymlinksInPath()
        for input in inputs {
            let inputURL = URL(fileURLWithPath: environment.resolve(input)).resolvingSymlinksInPath()
            if inputURL.path == target.path { throw OutputError.wouldOverwriteInput(path) }
        }
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputError.folderMissing(path, folder: folder.path)
        }
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
            throw OutputError.cannotWrite(path, reason: "a folder of that name is in the way")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).partial").path
        _ = pending.withLock { $0.insert(temporary) }
        defer { _ = pending.withLock { $0.remove(temporary) } }
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw OutputError.cannotWrite(path, reason: "the folder is not writable")
        }
        if rename(temporary, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError.cannotWrite(path, reason: reason)
        }
    }

    /// Makes `path` a folder if it is not one already (for `--out DIR`).
    static func prepareFolder(_ path: String, in environment: CommandEnvironment) throws {
        let full = environment.resolve(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) {
            if !isFolder.boolValue { throw OutputError.cannotWrite(path, reason: "a file of that name is in the way of the folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotWrite(path, reason: "the folder cannot be created")
        }
    }

    /// Removes every temporary file still being written; called when the run is interrupted.
    static func removePending() {
        for path in pending.withLock({ $0 }) { unlink(path) }
    }
}
