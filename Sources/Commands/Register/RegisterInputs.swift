import CSV
import Foundation
import JSONDocument
import RiskRegister

/// The register files a command was given, read from disk: each path a file, or a folder
/// whose CSV, workbook, Word and JSON files are all read (anything else in it is skipped with a
/// note). A file's contents, not its name, say how it is read.
struct RegisterInputs {
    /// File extensions read from a folder.
    static let readable = ["csv", "tsv", "txt", "json", "xlsx", "xlsm", "ods", "docx", "docm"]

    /// Old binary Office files a folder may hold: skipped, with how to make them readable.
    static let oldBinary = [
        "xls": "an Excel 97–2003 workbook (.xls); open it in Excel or LibreOffice and save it as .xlsx to have it read",
        "doc": "a Word 97–2003 document (.doc); open it in Word or LibreOffice and save it as .docx to have it read",
    ]

    /// The files, in the order given (a folder's in name order).
    var paths: [String]

    init(_ arguments: [String], in environment: CommandEnvironment) throws {
        var paths: [String] = []
        for argument in arguments {
            guard InputFile.isFolder(argument, in: environment) else {
                paths.append(argument)
                continue
            }
            let files = try InputFile.files(inFolder: argument, in: environment)
            let chosen = files.filter { Self.readable.contains(($0 as NSString).pathExtension.lowercased()) }
            for skipped in files where !chosen.contains(skipped) {
                let why =
                    Self.oldBinary[(skipped as NSString).pathExtension.lowercased()].map { "it is \($0)" }
                    ?? "matrisk reads .csv, .xlsx, .ods, .docx and .json files from a folder"
                environment.standardError.write("\(skipped): note: skipped; \(why).\n")
            }
            guard !chosen.isEmpty else {
                throw InputError.emptyFolder(
                    argument, expected: "register, mitigations or policy files (.csv, .xlsx, .ods, .docx or .json)")
            }
            paths += chosen
        }
        self.paths = paths
    }

    /// Reads and imports every file with `options` (read once when several inputs share them),
    /// printing on standard error what the importer notes about how it read them.
    func load(options: RegisterImportOptions, in environment: CommandEnvironment) throws -> RegisterLoad {
        let load = try RegisterSet.load(sources(options: options, in: environment), options: options)
        for note in load.notes { environment.standardError.write(note.description + "\n") }
        return load
    }

    /// The files' bytes, each read whole (and refused when larger than a register may be).
    func sources(options: RegisterImportOptions, in environment: CommandEnvironment) throws -> [RegisterSource] {
        try paths.map { path in
            RegisterSource(name: path, bytes: try InputFile.read(path, in: environment, limit: options.limits.maximumBytes))
        }
    }
}
