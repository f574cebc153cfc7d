// Times reading a register as CSV and as .xlsx, side by side in one process (alternating runs),
// and checks both give the same cell texts. Built and run by Tests/Benchmarks/time-workbook-read.sh.
//
//   read-workbook REGISTER.csv [OTHER.xlsx ...]
//
// The register is also written as .xlsx by matrisk's own writer (numbers as numbers, ISO dates as
// dates), so every run times that file too.
import CSV
import Dispatch
import Foundation
import Workbook

let arguments = CommandLine.arguments.dropFirst()
guard let csvPath = arguments.first else {
    print("usage: read-workbook REGISTER.csv [OTHER.xlsx ...]")
    exit(64)
}
let csvBytes = Array(try Data(contentsOf: URL(fileURLWithPath: csvPath)))
let csv = try CSVReader().read(bytes: csvBytes, source: csvPath)
let fields: [[CSVField]] = csv.rows.map { row in row.cells.map { Double($0.text).map(CSVField.number) ?? .text($0.text) } }
var files: [(name: String, bytes: [UInt8])] = [
    ("matrisk-written.xlsx", try XLSXWriter.write([SheetToWrite(name: "Register", fields: fields)]))
]
for path in arguments.dropFirst() {
    files.append((URL(fileURLWithPath: path).lastPathComponent, Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
}

func texts(_ table: CSVTable) -> [[String]] {
    table.rows.map { row in
        var cells = row.cells.map(\.text)
        while cells.last == "" { cells.removeLast() }
        return cells
    }
}

/// Wall time and this process's CPU time of `work`, in milliseconds.
func milliseconds(_ work: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    func cpuNow() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1e3 + Double(now.tv_nsec) / 1e6
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuNow()
    try work()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, cpuNow() - cpuStart)
}

let expected = texts(csv)
for file in files {
    let read = try WorkbookReader.read(bytes: file.bytes, source: file.name)
    guard texts(read.sheets[0].table) == expected else {
        print("\(file.name): the cells read differ from the CSV's")
        exit(1)
    }
}
var csvTimes: [(wall: Double, cpu: Double)] = []
var workbookTimes = [[(wall: Double, cpu: Double)]](repeating: [], count: files.count)
for _ in 0..<7 {
    csvTimes.append(try milliseconds { _ = try CSVReader().read(bytes: csvBytes, source: csvPath) })
    for (i, file) in files.enumerated() {
        workbookTimes[i].append(try milliseconds { _ = try WorkbookReader.read(bytes: file.bytes, source: file.name) })
    }
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func padded(_ text: String) -> String { text + String(repeating: " ", count: max(0, 24 - text.count)) }
func fixed(_ value: Double) -> String { String(format: "%7.1f", value) }
let csvWall = median(csvTimes.map(\.wall))
let csvCPU = median(csvTimes.map(\.cpu))
print("\(csv.rows.count - 1) rows, \(csv.rows.first?.cells.count ?? 0) columns; medians of 7 alternating runs, release build")
print("  \(padded("file"))    wall ms     CPU ms   bytes")
print("  \(padded("CSV")) \(fixed(csvWall))    \(fixed(csvCPU))   \(csvBytes.count)")
for (i, file) in files.enumerated() {
    let wall = median(workbookTimes[i].map(\.wall))
    let cpu = median(workbookTimes[i].map(\.cpu))
    print(
        "  \(padded(file.name)) \(fixed(wall))    \(fixed(cpu))   \(file.bytes.count)  (\(String(format: "%.1f", cpu / csvCPU))× the CSV's CPU time)"
    )
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("  peak memory of the whole run: \(usage.ru_maxrss / 1024) MB")
