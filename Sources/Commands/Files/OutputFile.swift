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

/// Writes output files so that a reader never sees half of one, and no input is lost.
///
/// - Each file's bytes go to a temporary file beside its target (`.NAME.PID.partial`), flushed
///   to disk, and only then renamed over the target in one step: a reader sees the old file or
///   the new one, never a mixture, whatever fails (a full disk, a size limit, Ctrl-C).
/// - A set of files (`--out DIR`) is written whole or not at all: every temporary is written
///   before the first rename, so a failure part way leaves the folder as it was.
/// - A target that is one of the inputs (by path, through a symlink or `./`, or the same file
///   by another name) is refused before anything is written.
/// - Temporaries being written are listed in ``pending``, which the interrupt handler removes.
enum OutputFile {
    /// Temporary files being written now, so an interrupt can remove them.
    static let pending = Mutex<Set<String>>([])

    /// Writes `contents` to `path`, refusing any path that is one of `inputs`.
    static func write(_ contents: String, to path: String, inputs: [String], in environment: CommandEnvironment) throws {
        try writeAll([(path, Array(contents.utf8))], inputs: inputs, in: environment)
    }

    /// Writes `bytes` (a workbook) to `path`, refusing any path that is one of `inputs`.
    static func write(bytes: [UInt8], to path: String, inputs: [String], in environment: CommandEnvironment) throws {
        try writeAll([(path, bytes)], inputs: inputs, in: environment)
    }

    /// Writes every text file or none, as the same call with bytes does.
    static func writeAll(
        _ files: [(path: String, contents: String)], creating folder: String? = nil, inputs: [String],
        in environment: CommandEnvironment
    ) throws {
        try writeAll(files.map { ($0.path, Array($0.contents.utf8)) }, creating: folder, inputs: inputs, in: environment)
    }

    /// Writes every file or none, creating `folder` first if it is given and missing (and
    /// removing it again if the files cannot be written).
    static func writeAll(
        _ files: [(path: String, bytes: [UInt8])], creating folder: String? = nil, inputs: [String],
        in environment: CommandEnvironment
    ) throws {
        // Every check comes before the first byte is written.
        let created = try folder.map { try checkFolder($0, in: environment) } ?? false
        let targets = try files.map { try target(for: $0.path, inputs: inputs, in: environment, folderToCreate: created ? folder : nil) }
        if created, let folder { try makeFolder(folder, in: environment) }
        var temporaries: [String] = []
        defer {
            // Whatever is still a temporary here was not renamed into place: remove it.
            for temporary in temporaries { unlink(temporary) }
            pending.withLock { $0.subtract(temporaries) }
        }
        do {
            for (file, target) in zip(files, targets) {
                let temporary =
                    (target as NSString).deletingLastPathComponent + "/.\((target as NSString).lastPathComponent).\(getpid()).partial"
                pending.withLock { _ = $0.insert(temporary) }
                temporaries.append(temporary)
                try writeTemporary(file.bytes, to: temporary, for: file.path)
            }
            for (index, (file, target)) in zip(files, targets).enumerated() where rename(temporaries[index], target) != 0 {
                throw OutputError.cannotWrite(file.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            if created, let folder { rmdir(environment.resolve(folder)) }
            throw error
        }
    }

    /// The absolute path `path` will be written at, after checking that it is not an input and
    /// that its folder exists (or is the one about to be created).
    private static func target(for path: String, inputs: [String], in environment: CommandEnvironment, folderToCreate: String?) throws
        -> String
    {
        let target = URL(fileURLWithPath: environment.resolve(path)).resolvingSymlinksInPath().path
        for input in inputs {
            let inputPath = URL(fileURLWithPath: environment.resolve(input)).resolvingSymlinksInPath().path
            if inputPath == target || isSameFile(inputPath, target) { throw OutputError.wouldOverwriteInput(path) }
        }
        let folder = (target as NSString).deletingLastPathComponent
        let creating =
            folderToCreate.map { URL(fileURLWithPath: environment.resolve($0)).resolvingSymlinksInPath().path == folder } ?? false
        var isFolder: ObjCBool = false
        if !creating {
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw OutputError.folderMissing(path, folder: folder)
            }
        }
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
            throw OutputError.cannotWrite(path, reason: "a folder of that name is in the way")
        }
        return target
    }

    /// True when both paths name one file on disk: a hard link, or another spelling of its path.
    private static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// Writes `contents` to a new file at `temporary`, flushed to disk before it is closed.
    private static func writeTemporary(_ contents: [UInt8], to temporary: String, for path: String) throws {
        // O_EXCL: a temporary left by an earlier run of this process id is never written through.
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.cannotWrite(path, reason: reason(errno)) }
        defer { close(descriptor) }
        var bytes = contents
        let failure: Int32? = bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count, let start = buffer.baseAddress {
                let wrote = Foundation.write(descriptor, start + offset, buffer.count - offset)
                if wrote < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += wrote
            }
            return fsync(descriptor) == 0 ? nil : errno
        }
        if let failure { throw OutputError.cannotWrite(path, reason: reason(failure)) }
    }

    /// Whether `folder` must be created; an existing file in its place is an error.
    static func checkFolder(_ folder: String, in environment: CommandEnvironment) throws -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: environment.resolve(folder), isDirectory: &isFolder) else { return true }
        if !isFolder.boolValue { throw OutputError.cannotWrite(folder, reason: "a file of that name is in the way of the folder") }
        return false
    }

    static func makeFolder(_ folder: String, in environment: CommandEnvironment) throws {
        do {
            try FileManager.default.createDirectory(atPath: environment.resolve(folder), withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotWrite(folder, reason: "the folder cannot be created")
        }
    }

    /// The reason a write failed, in the words a user would look for.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM, EROFS: return "the folder is not writable"
        case ENOSPC, EDQUOT: return "the disk is full"
        case EFBIG: return "the file is larger than this system lets matrisk write"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// Removes every temporary file still being written; called when the run is interrupted.
    static func removePending() {
        for path in pending.withLock({ $0 }) { unlink(path) }
    }
}
