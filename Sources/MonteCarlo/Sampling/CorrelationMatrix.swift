/// A target rank-correlation (Spearman) matrix between named inputs, checked to be one that
/// can exist: square, symmetric, ones on the diagonal, entries in [−1, 1], and positive
/// semidefinite (tested by a Cholesky factorisation, ``Cholesky``).
///
///     let economy = try CorrelationMatrix(
///         names: ["fundingUplift", "payAward"], pairs: [("fundingUplift", "payAward", 0.6)])
package struct CorrelationMatrix: Sendable, Equatable {
    package let names: [String]
    /// Row-major, names.count × names.count.
    package let entries: [Double]
    /// The Cholesky factor found while checking the matrix.
    let factor: Cholesky

    /// A matrix given in full, row by row.
    package init(names: [String], rows: [[Double]]) throws(CorrelationError) {
        let n = names.count
        guard rows.count == n else { throw .notSquare(names: n, rows: rows.count, badRow: nil) }
        if let bad = rows.firstIndex(where: { $0.count != n }) { throw .notSquare(names: n, rows: n, badRow: bad) }
        try Self.checkNames(names)
        for i in 0..<n {
            for j in 0..<n {
                let value = rows[i][j]
                guard value.isFinite else { throw .notFinite(row: names[i], column: names[j]) }
                if i == j {
                    guard value == 1 else { throw .diagonalNotOne(name: names[i], value: value) }
                } else {
                    guard abs(value) <= 1 else { throw .outsideUnitRange(row: names[i], column: names[j], value: value) }
                    guard abs(value - rows[j][i]) <= 1e-12 else {
                        throw .notSymmetric(row: names[i], column: names[j], value: value, mirror: rows[j][i])
                    }
                }
            }
        }
        let entries = rows.flatMap { $0 }
        guard let factor = Cholesky(entries, size: n) else { throw .notPositiveSemidefinite }
        self.names = names
        self.entries = entries
        self.factor = factor
    }

    /// A matrix from the pairs that are correlated; every other pair is uncorrelated.
    package init(names: [String], pairs: [(String, String, Double)]) throws(CorrelationError) {
        try Self.checkNames(names)
        var rows = names.indices.map { i in names.indices.map { $0 == i ? 1.0 : 0.0 } }
        for (a, b, value) in pairs {
            guard let i = names.firstIndex(of: a) else { throw .unknownName(a) }
            guard let j = names.firstIndex(of: b) else { throw .unknownName(b) }
            guard i != j else { throw .pairWithItself(a) }
            rows[i][j] = value
            rows[j][i] = value
        }
        try self.init(names: names, rows: rows)
    }

    package var size: Int { names.count }

    /// The target correlation between inputs i and j.
    package func value(_ i: Int, _ j: Int) -> Double { entries[i * size + j] }

    private static func checkNames(_ names: [String]) throws(CorrelationError) {
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted { throw .repeatedName(name) }
    }
}
