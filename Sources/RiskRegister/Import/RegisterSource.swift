import CSV

/// The contents of one input file, handed to the importer by whoever read it: the command
/// line reads files from disk, the finance model the files a scenario names.
package struct RegisterSource: Sendable {
    /// The name findings and errors use for the file, usually its path as the user typed it.
    package var name: String
    package var bytes: [UInt8]

    package init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    package init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}

/// Choices about how files are read.
package struct RegisterImportOptions: Sendable {
    /// The CSV delimiter, or nil to detect it in each file.
    package var delimiter: CSVDelimiter?
    /// A policy that replaces any policy among the sources (`--policy FILE`).
    package var policy: RiskPolicy?
    /// How large a file may be before it is refused.
    package var limits: CSVReader.Limits
    /// The sheets of a workbook to read (`--sheet`); none means every sheet whose header is recognised.
    package var sheets: [String]

    package init(
        delimiter: CSVDelimiter? = nil, policy: RiskPolicy? = nil, limits: CSVReader.Limits = CSVReader.Limits(), sheets: [String] = []
    ) {
        self.delimiter = delimiter
        self.policy = policy
        self.limits = limits
        self.sheets = sheets
    }

    /// How each file's tables are read.
    var tableOptions: TableFile.Options {
        TableFile.Options(delimiter: delimiter, limits: limits)
    }
}

/// What each input file turned out to be.
package enum RegisterFileKind: String, Sendable {
    case risks = "risk register"
    case mitigations = "mitigations"
    case policy = "policy"
    case registerSet = "register set (JSON)"
}

/// A register set as read, with every problem found in its cells and links.
///
/// `problems` holds only data problems (bad values, duplicate ids, unknown links); an empty
/// list means the set is fit for roll-up, diff, export and the finance model.
package struct RegisterLoad: Sendable {
    package var registers: RegisterSet
    package var problems: [Finding]
    /// Each source's name and what it was recognised as, in the order given (a workbook once
    /// for each sheet read).
    package var files: [(name: String, kind: RegisterFileKind)]
    /// How each file was read (its header, columns, scores, sections), in the order given.
    package var readings: [FileReading] = []
    /// What the importer says about how it read the files: every register command prints these.
    package var notes: [ImportNote] = []

    /// How many files were read (a workbook of several sheets counts once).
    package var fileCount: Int { Set(files.map(\.name)).count }

    /// The set, or the data problems as an error when there are any.
    package func requireValid() throws -> RegisterSet {
        guard problems.isEmpty else { throw RegisterDataError(problems: problems.sorted()) }
        return registers
    }
}

/// A register set whose cells or links are wrong, refused by a command that needs sound data.
package struct RegisterDataError: Error, Sendable, Equatable, CustomStringConvertible {
    package var problems: [Finding]

    package init(problems: [Finding]) {
        self.problems = problems
    }

    package var description: String {
        let count = problems.count
        return problems.map(\.description).joined(separator: "\n")
            + "\nerror: \(count) problem\(count == 1 ? "" : "s") in the register data; fix \(count == 1 ? "it" : "them") first (matrisk register check lists every finding)."
    }
}
