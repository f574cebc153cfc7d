import Foundation

/// Why an input file could not be read at all (as opposed to read and found wrong).
enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case isFolder(String)
    case unreadable(String, reason: String)
    case tooLarge(String, bytes: Int, limit: Int)
    case emptyFolder(String, expected: String)

    var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): error: no such file or folder; check the name and the folder you are running matrisk from."
        case .isFolder(let path):
            return "\(path): error: this is a folder, and a file was expected here."
        case .unreadable(let path, let reason):
            return "\(path): error: cannot be read: \(reason)."
        case .tooLarge(let path, let bytes, let limit):
            return
                "\(path): error: the file is \(bytes / 1_048_576) MB, larger than the \(limit / 1_048_576) MB matrisk reads; is it the right file?"
        case .emptyFolder(let path, let expected):
            return "\(path): error: the folder holds no \(expected)."
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .notFound, .unreadable, .isFolder, .emptyFolder: return .noInput
        case .tooLarge: return .dataError
        }
    }
}

/// Reading the files a user names, with plain errors instead of Foundation's.
enum InputFile {
    /// The largest file matrisk reads whole; registers and scenarios are far smaller.
    static let maximumBytes = 64 << 20

    /// The bytes of the file at `path` (as typed, resolved against the environment's folder).
    static func read(_ path: String, in environment: CommandEnvironment, limit: Int = maximumBytes) throws -> [UInt8] {
        let full = environment.resolve(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { throw InputError.notFound(path) }
        if isFolder.boolValue { throw InputError.isFolder(path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? 0
        // Checked before reading, so a wrong 5 GB file is refused without filling memory.
        if size > limit { throw InputError.tooLarge(path, bytes: size, limit: limit) }
        guard let handle = FileHandle(forReadingAtPath: full) else {
            throw InputError.unreadable(path, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            if data.count > limit { throw InputError.tooLarge(path, bytes: data.count, limit: limit) }
            return [UInt8](data)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.unreadable(path, reason: error.localizedDescription)
        }
    }

    /// True when `path` names an existing folder.
    static func isFolder(_ path: String, in environment: CommandEnvironment) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: environment.resolve(path), isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The files directly inside a folder, sorted by name so results never depend on the file system's order.
    static func files(inFolder path: String, in environment: CommandEnvironment) throws -> [String] {
        let full = environment.resolve(path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: full) else {
            throw InputError.unreadable(path, reason: "the folder cannot be listed")
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        return names.filter { !$0.hasPrefix(".") }.sorted().map { base + $0 }
            .filter { !isFolder($0, in: environment) }
    }
}
