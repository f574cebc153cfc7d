import Foundation
import JSONDocument
import MonteCarlo
import RiskRegister

/// A distribution written as text in a cell, as a person writes a formula:
/// `triangular(-3, -1, 1)`, `pert(2, 3.5, 6.5)`, `normal(5500, 350)`, `uniform(0, 60)`. The
/// numbers may carry £ and k or m (`triangular(80k, 120k, 200k)`), but not thousands commas,
/// which would read as separators. Turned into the scenario file's form, `{"triangular": [...]}`,
/// so it is read by the one distribution reader.
enum DistributionText {
    /// The forms written with a list of numbers, and with one.
    static let listForms = ["uniform", "triangular", "pert", "normal", "lognormal"]
    static let singleForms = ["bernoulli", "poisson"]

    /// Every form as a cell writes it, for error messages.
    static let forms =
        "uniform(min, max), triangular(min, likely, max), pert(min, likely, max), normal(mean, sd), lognormal(mean, sd), bernoulli(p), poisson(rate)"

    /// The scenario-file object for `text`, or nil when it is not of the form `name(numbers)`.
    static func node(_ text: String) -> JSONNode? {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return nil }
        let name = text[..<open].trimmingCharacters(in: .whitespaces).lowercased()
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let numbers = inside.split(separator: ",", omittingEmptySubsequences: false).map {
            CellValue.money(String($0).trimmingCharacters(in: .whitespaces))
        }
        guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return nil }
        let values = numbers.compactMap { $0 }
        let value: JSONNode
        if listForms.contains(name) {
            value = JSONNode(.array(values.map { JSONNode(.number($0), at: nil) }), at: nil)
        } else if singleForms.contains(name), values.count == 1 {
            value = JSONNode(.number(values[0]), at: nil)
        } else {
            return nil
        }
        return JSONNode(.object([JSONNode.Member(key: name, keyPosition: nil, value: value)]), at: nil)
    }
}
