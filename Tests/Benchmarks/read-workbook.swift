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
var files: [(name: String, bytes: [UInt8])] = [("matrisk-written.xlsx", XLSXWriter.write([SheetToWrite(name: "Register", fields: fields)]))]
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

func milliseconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

let expected = texts(csv)
for file in files {
    let read = try WorkbookReader.read(bytes: file.bytes, source: file.name)
    guard texts(read.sheets[0].table) == expected else {
        print("\(file.name): the cells read differ from the CSV's")
        exit(1)
    }
}
var csvTimes: [Double] = []
var workbookTimes = [[Double]](repeating: [], count: files.count)
for _ in 0..<7 {
    csvTimes.append(try milliseconds { _ = try CSVReader().read(bytes: csvBytes, source: csvPath) })
    for (i, file) in files.enumerated() {
        workbookTimes[i].append(try milliseconds { _ = try WorkbookReader.read(bytes: file.bytes, source: file.name) })
    }
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let csvMedian = median(csvTimes)
print("\(csv.rows.count - 1) rows, \(csv.rows.first?.cells.count ?? 0) columns; median of 7 alternating runs, release build")
print(String(format: "  %-32@ %8.1f ms  (%d bytes)", "CSV" as NSString, csvMedian, csvBytes.count))
for (i, file) in files.enumerated() {
    let time = median(workbookTimes[i])
    print(
        String(format: "  %-32@ %8.1f ms  (%d bytes, %.1f× the CSV time)", file.name as NSString, time, file.bytes.count, time / csvMedian))
}
