/// Why a rank-correlation matrix was refused, as one sentence.
package enum CorrelationError: Error, Sendable, Equatable, CustomStringConvertible {
    case notSquare(names: Int, rows: Int, badRow: Int?)
    case notFinite(row: String, column: String)
    case diagonalNotOne(name: String, value: Double)
    case outsideUnitRange(row: String, column: String, value: Double)
    case notSymmetric(row: String, column: String, value: Double, mirror: Double)
    case notPositiveSemidefinite
    case unknownName(String)
    case repeatedName(String)
    case pairWithItself(String)

    package var description: String {
        switch self {
        case .notSquare(let names, let rows, let badRow):
            if let badRow {
                return
                    "a correlation matrix for \(names) inputs needs \(names) entries in every row, but row \(badRow) has a different number."
            }
            return "a correlation matrix for \(names) inputs needs \(names) rows, but has \(rows)."
        case .notFinite(let row, let column):
            return "the correlation between '\(row)' and '\(column)' must be a finite number."
        case .diagonalNotOne(let name, let value):
            return
                "an input is perfectly correlated with itself, so the diagonal entry for '\(name)' must be 1, not \(ParameterText.of(value))."
        case .outsideUnitRange(let row, let column, let value):
            return "a correlation must be from -1 to 1, but the one between '\(row)' and '\(column)' is \(ParameterText.of(value))."
        case .notSymmetric(let row, let column, let value, let mirror):
            return
                "the correlation between '\(row)' and '\(column)' is \(ParameterText.of(value)) one way and \(ParameterText.of(mirror)) the other; it must be the same."
        case .notPositiveSemidefinite:
            return "these correlations cannot all hold at once (the matrix is not positive semidefinite); "
                + "for example, if A moves with B and B with C, A cannot move against C. Weaken some of them."
        case .unknownName(let name):
            return "'\(name)' is not one of the inputs, so it cannot be correlated."
        case .repeatedName(let name):
            return "'\(name)' appears twice among the correlated inputs."
        case .pairWithItself(let name):
            return "'\(name)' is paired with itself; a correlation needs two different inputs."
        }
    }
}
