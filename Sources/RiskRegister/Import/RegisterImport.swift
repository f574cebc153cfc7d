import CSV
import JSONDocument

extension RegisterSet {
    /// Reads registers, mitigations and a policy from files, each recognised by its contents:
    /// a table (a CSV file, a workbook's sheet, a Word document's tables) by its header row, found
    /// by content below any title block (a register names risk columns; a mitigations file a
    /// column of risk ids; a policy table is headed Setting, Value), a JSON file by its fields
    /// (`appetite` for a policy, `risks` for a register set as `register export` writes it).
    ///
    /// Problems with a whole file (not a table, empty, a column missing) are thrown, the first
    /// file's first; problems with single values and links are collected in the result's `problems`.
    package static func load(_ sources: [RegisterSource], options: RegisterImportOptions = RegisterImportOptions()) throws -> RegisterLoad {
        let imported = importFiles(sources, options: options)
        if let failure = imported.failures.first { throw failure.error }
        guard imported.load.files.contains(where: { $0.kind == .risks || $0.kind == .registerSet }) else {
            throw RegisterFileError.noRegister(sources: sources.map(\.name))
        }
        return imported.load
    }

    /// Reads every file, going on past one that cannot be read, so `register import` can say
    /// how each was read and why any was not.
    package static func importFiles(_ sources: [RegisterSource], options: RegisterImportOptions = RegisterImportOptions()) -> ImportedFiles
    {
        let json = JSONInputs(sources, options: options)
        let tables = TableInputs(sources, options: options, policyFile: json.policyFile)
        let policy = options.policy ?? tables.policy ?? json.policy
        var set = RegisterSet()
        var problems: [Finding] = []
        var links: [MitigationLink] = []
        var readings: [FileReading] = []
        var failures: [ImportedFiles.Failure] = []
        var taken: [String: String] = [:]
        for (index, source) in sources.enumerated() {
            do {
                let contents: [FileContents]
                if let parsed = try json.file(at: index) {
                    contents = [parsed]
                } else if let file = try tables.file(at: index) {
                    contents = try TableInput.read(file, options: options, policy: policy, taken: &taken)
                } else {
                    continue
                }
                for read in contents {
                    set.risks += read.risks
                    set.mitigations += read.mitigations
                    links += read.links
                    problems += read.problems
                    readings.append(read.reading)
                }
            } catch {
                failures.append(ImportedFiles.Failure(source: source.name, error: error))
            }
        }
        set.policy = policy ?? RiskPolicy()
        problems += LinkValidation.linkRiskSideMitigations(links, into: &set)
        problems += LinkValidation.findings(in: set)
        var notes = readings.flatMap(\.notes)
        if let note = LinkValidation.trustRegisterNote(in: set) { notes.append(note) }
        let load = RegisterLoad(
            registers: set, problems: problems.sorted(), files: readings.map { ($0.source, $0.kind) }, readings: readings, notes: notes)
        return ImportedFiles(load: load, failures: failures)
    }
}

/// Every input file read, and those that could not be.
package struct ImportedFiles: Sendable {
    /// A file that could not be read at all, and why.
    package struct Failure: Sendable {
        package var source: String
        package var error: any Error
    }

    /// The registers of the files that were read, with their problems, readings and notes.
    package var load: RegisterLoad
    package var failures: [Failure]
}
