// libFuzzer harness: register import, from the bytes of one or more files to a checked
// register set, then everything a register command does with one.
//
// The input is split into files at each line "%%file%%": the first file is named by its
// first byte's choice (a register CSV, a mitigations CSV, a JSON policy or register set), the
// others take the names after it in turn; a file's bytes, not its name, say whether it is a
// workbook (seeds hold .xlsx registers). Properties, beyond not crashing, hanging or exhausting memory:
// - a refusal is one of the importer's errors and names a file;
// - a set that loads can be checked, rolled up and exported; exported as CSV, as JSON and as a
//   workbook and read back, it is the same set.
// Built and run by Tests/Fuzz/run.sh; not part of any SwiftPM target.
import CSV
import JSONDocument
import RiskRegister
import Workbook

private let names = ["academy.csv", "mitigations.csv", "trust.csv", "policy.json", "set.json", "register.txt"]
private let separator = Array("\n%%file%%\n".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegisterImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    let sources = split(Array(bytes.dropFirst())).enumerated().map { i, file in
        RegisterSource(name: names[(Int(first) + i) % names.count], bytes: file)
    }
    let options = RegisterImportOptions(limits: CSVReader.Limits(maximumBytes: 1 << 20, maximumFieldsPerRow: 500, maximumCellBytes: 4096))
    let load: RegisterLoad
    do {
        load = try RegisterSet.load(sources, options: options)
    } catch {
        let known = error is CSVError || error is JSONError || error is RegisterFileError || error is WorkbookError
        require(known, "an unexpected kind of error: \(type(of: error)): \(error)")
        require("\(error)".contains("error: "), "an error that is not a sentence: \(error)")
        return 0
    }
    // Everything `register check` and `register rollup` compute, on every set that loads.
    let asOf = CalendarDate(year: 2026, month: 11, day: 22)!
    _ = RegisterCheck(load.registers, asOf: asOf).findings()
    _ = RollUp(load.registers)
    guard load.problems.isEmpty, let set = try? load.requireValid() else { return 0 }

    let csv = [RegisterSource(name: "risks.csv", text: set.risksCSV), RegisterSource(name: "mitigations.csv", text: set.mitigationsCSV)]
    do {
        let back = try RegisterSet.load(csv, options: RegisterImportOptions(policy: set.policy, limits: options.limits)).requireValid()
        require(back == set, "the CSV export read back differently:\n\(set)\n\(back)")
    } catch {
        fatalError("the CSV export of a valid set does not read back: \(error)\n\(set.risksCSV)\n\(set.mitigationsCSV)")
    }
    do {
        let book = RegisterSource(name: "export.xlsx", bytes: try set.workbook())
        let back = try RegisterSet.load([book], options: RegisterImportOptions(limits: options.limits)).requireValid()
        require(back == set, "the workbook export read back differently:\n\(set)\n\(back)")
    } catch {
        fatalError("the workbook export of a valid set does not read back: \(error)")
    }
    let json = RegisterSource(name: "export.json", text: JSONWriter.write(set.json))
    do {
        let back = try RegisterSet.load([json], options: RegisterImportOptions(limits: options.limits)).requireValid()
        require(back == set, "the JSON export read back differently:\n\(set)\n\(back)")
    } catch {
        fatalError("the JSON export of a valid set does not read back: \(error)\n\(String(decoding: json.bytes, as: UTF8.self))")
    }
    return 0
}

/// The files of one input, split at each separator line.
private func split(_ bytes: [UInt8]) -> [[UInt8]] {
    var files: [[UInt8]] = []
    var start = 0
    var i = 0
    while i + separator.count <= bytes.count {
        if bytes[i] == separator[0], Array(bytes[i..<i + separator.count]) == separator {
            files.append(Array(bytes[start..<i]))
            i += separator.count
            start = i
        } else {
            i += 1
        }
    }
    files.append(Array(bytes[start...]))
    return files
}

/// Stops with `message` when a property fails. (`precondition` would stop too, but an optimised
/// build drops its message, and the message is what says which property broke.)
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
