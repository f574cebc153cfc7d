import Foundation
import Testing

/// The bad-input catalogue, `Fixtures/bad/`: one file per kind of bad input a user can give
/// matrisk, and beside them `expected.json`, which says for each what matrisk must answer.
///
/// Each file is run as a new user would run it, with the built program in a folder of its own:
/// the exit code, standard error and standard output must be exactly those expected (no crash,
/// one clear sentence naming the file, line and column), and the folder must be left as it was:
/// no output and no half-written file.
struct BadInputCatalogueTests {
    /// One run of matrisk on a case and its exact answer.
    struct Expectation: Decodable, Sendable {
        /// The arguments, with `{file}` for the case's file name.
        let run: [String]
        let exit: Int32
        let stderr: [String]
        let stdout: [String]?
    }

    /// One kind of bad input.
    struct Case: Decodable, Sendable {
        let file: String
        let kind: String
        let issue: Int
        /// Other files of the catalogue the case needs beside it (a register its scenario names).
        let with: [String]?
        /// The file must not exist: the case is a missing file.
        let absent: Bool?
        /// Made by the test, being too big to commit: "fifty-megabytes", "million-columns" or "thousand-joins".
        let generate: String?
        let runs: [Expectation]
    }

    struct Catalogue: Decodable {
        let cases: [Case]
    }

    static let folder = MatriskProcess.fixtures.appendingPathComponent("bad")
    static let manifest = "expected.json"

    static func catalogue() throws -> Catalogue {
        try JSONDecoder().decode(Catalogue.self, from: Data(contentsOf: folder.appendingPathComponent(manifest)))
    }

    /// Every name the test covers: each entry of the folder, and each case of the manifest
    /// (which adds the missing and generated files, and any entry whose file has gone).
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let cases = (try? catalogue().cases.map(\.file)) ?? []
        return Set(files + cases).subtracting([manifest]).sorted()
    }()

    @Test func theCatalogueIsReadable() throws {
        let catalogue = try Self.catalogue()
        #expect(catalogue.cases.count >= 30)
        #expect(Set(catalogue.cases.map(\.file)).count == catalogue.cases.count, "a file listed twice in expected.json")
    }

    @Test(arguments: names)
    func eachBadInputGivesItsExactErrorAndLeavesNothingBehind(_ name: String) throws {
        let entry = try Self.catalogue().cases.first { $0.file == name }
        let found = try #require(entry, "\(name) is in Fixtures/bad but not in expected.json; say what matrisk must answer")
        let source = Self.folder.appendingPathComponent(name)
        let onDisk = FileManager.default.fileExists(atPath: source.path)
        if found.absent == true || found.generate != nil {
            #expect(!onDisk, "\(name) is made by the test (or must be missing), so it must not be in Fixtures/bad")
        } else {
            #expect(onDisk, "expected.json lists \(name), which is not in Fixtures/bad")
        }
        #expect(!found.runs.isEmpty)
        for expectation in found.runs {
            let work = try TemporaryFolder()
            try place(found, in: work.url)
            let before = try work.contents()
            let arguments = expectation.run.map { $0.replacingOccurrences(of: "{file}", with: name) }
            let result = try MatriskProcess.subprocess(arguments, in: work.url)
            let command = "matrisk " + arguments.joined(separator: " ")
            #expect(result.exitCode == expectation.exit, "\(command)")
            #expect(result.standardError == Self.text(expectation.stderr), "\(command)")
            #expect(result.standardOutput == Self.text(expectation.stdout ?? []), "\(command)")
            #expect(try work.contents() == before, "\(command) left files behind")
        }
    }

    /// Lines as a program prints them: each ended by a newline.
    static func text(_ lines: [String]) -> String {
        lines.map { $0 + "\n" }.joined()
    }

    /// Puts the case's file (copied, or generated) and the files it needs into `folder`.
    func place(_ c: Case, in folder: URL) throws {
        let target = folder.appendingPathComponent(c.file)
        switch c.generate {
        case "fifty-megabytes":
            // A header and then 50 MB of nothing: a sparse file, refused by its size before it is read.
            #expect(FileManager.default.createFile(atPath: target.path, contents: Data("Risk ID,Likelihood\n".utf8)))
            let handle = try FileHandle(forWritingTo: target)
            try handle.truncate(atOffset: 50 << 20)
            try handle.close()
        case "million-columns":
            var row = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",")
            row += "\n"
            try Data(row.utf8).write(to: target)
        case "thousand-joins":
            // One academy and 1,000 planned joins: past the most a scenario may hold.
            let joins = (1...1_000).map { #"{"year": 2027, "template": "primary", "probability": 0.5, "id": "join-\#($0)"}"# }
            let scenario = """
                {"name": "Too many", "startYear": 2026, "years": 3,
                 "economy": {"fundingUpliftPercent": 2, "payAwardPercent": 3, "nonPayInflationPercent": 3},
                 "trust": {"topSlicePercent": 5, "centralCosts": {"fixed": 250000}},
                 "academies": [{"id": "oak", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420,
                   "fundingPerPupil": 5400, "staffCosts": 2000000, "nonStaffCosts": 500000}],
                 "templates": {"primary": {"phase": "primary", "type": "converter", "pupils": 200, "capacity": 210,
                   "fundingPerPupil": 6000, "staffCostsPercent": 76, "nonStaffCostsPercent": 23}},
                 "growth": [\(joins.joined(separator: ",\n"))]}
                """
            try Data(scenario.utf8).write(to: target)
        case let other?:
            Issue.record("unknown generator '\(other)' in expected.json")
        case nil:
            if c.absent != true { try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(c.file), to: target) }
        }
        for other in c.with ?? [] {
            try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(other), to: folder.appendingPathComponent(other))
        }
    }
}
