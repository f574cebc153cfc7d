import CSV
import Foundation
import JSONDocument
import RiskRegister

/// The register files a command was given, read from disk: each path a file, or a folder
/// whose CSV and JSON files are all read (anything else in it is skipped with a note).
struct RegisterInputs {
    /// File extensions read from a folder.
    static let readable = ["csv", "tsv", "txt", "json"]

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
                environment.standardError.write("\(skipped): note: skipped; matrisk reads .csv and .json files from a folder.\n")
            }
            guard !chosen.isEmpty else {
                throw InputError.emptyFolder(argument, expected: "register, mitigations or policy files (.csv or .json)")
            }
            paths += chosen
        }
        self.paths = paths
    }

    /// Reads and imports every file, with the options the command line chose.
    func load(_ invocation: Invocation) throws -> RegisterLoad {
        try load(options: invocation.registerImportOptions(), in: invocation.environment)
    }

    /// Reads and imports every file with `options` (read once when several inputs share them).
    func load(options: RegisterImportOptions, in environment: CommandEnvironment) throws -> RegisterLoad {
        let sources = try paths.map { path in
            RegisterSource(name: path, bytes: try InputFile.read(path, in: environment, limit: options.limits.maximumBytes))
        }
        return try RegisterSet.load(sources, options: options)
    }
}

extension Invocation {
    /// `--delimiter` and `--policy` as import options.
    func registerImportOptions() throws -> RegisterImportOptions {
        try registerImportOptions(policy: try policyFile())
    }

    /// `--delimiter` and a `--policy` already read (by a command that also uses it elsewhere) as import options.
    func registerImportOptions(policy: RiskPolicy?) throws -> RegisterImportOptions {
        RegisterImportOptions(delimiter: try delimiter(), policy: policy, limits: CSVReader.Limits())
    }

    /// `--as-of`, or today in the UK.
    func asOf() throws -> CalendarDate {
        guard let text = option("as-of") else { return CalendarDate.today(at: environment.now) }
        switch CalendarDate.parse(text) {
        case .success(let date): return date
        case .failure(.impossible): throw invalid(text, for: "as-of", reason: "there is no such day")
        case .failure(.notADate): throw invalid(text, for: "as-of", reason: "write a date such as 2026-11-22 or 22/11/2026")
        }
    }

    /// `--delimiter`, or nil to detect it.
    func delimiter() throws -> CSVDelimiter? {
        try choice("delimiter").flatMap { name in CSVDelimiter.allCases.first { $0.name == name } }
    }

    /// The policy named with `--policy`, read and checked.
    func policyFile() throws -> RiskPolicy? {
        guard let path = option("policy") else { return nil }
        let bytes = try InputFile.read(path, in: environment, limit: 1 << 20)
        let root = try JSONParser.parse(bytes: try TextEncoding.utf8Bytes(bytes, source: path), source: path)
        return try RiskPolicy(json: JSONCursor(node: root, source: path))
    }
}

extension CalendarDate {
    /// The calendar day it is in the UK at `instant` (a register's dates are UK dates).
    static func today(at instant: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
