import Foundation

/// Rank correlation between inputs by Iman and Conover's method ("A distribution-free
/// approach to inducing rank correlation among input variables", Communications in
/// Statistics B 11(3), 1982), as @RISK and Crystal Ball correlate inputs.
///
/// Each input's N draws are only re-paired across trials, never changed: every marginal keeps
/// exactly its values (its sorted column is identical), and Latin hypercube strata survive.
/// The pairing comes from a score matrix:
/// 1. van der Waerden scores Φ⁻¹(i/(N + 1)), i = 1…N, in a keyed random order per input;
/// 2. their sample correlation E is removed and the target imposed: T = S·(F⁻¹)ᵀ·Pᵀ, with
///    E = F·Fᵀ and P·Pᵀ the target (Cholesky factors, ``Cholesky``), so T's Pearson
///    correlation is exactly the target;
/// 3. each input's sorted values are laid out in the rank order of its column of T.
///
/// Normal scores with Pearson correlation r have Spearman correlation (6/π)·asin(r/2)
/// (Pearson 1907; Kruskal, JASA 53, 1958), up to 0.018 below r. So the target Spearman ρ is
/// imposed on the scores as r = 2·sin(πρ/6), which lands the inputs' rank correlation on ρ
/// itself (±0.003 at 10⁵ trials); should that adjusted matrix not be positive semidefinite,
/// ρ is imposed unadjusted. Inputs with ties (discrete ones) reach a little less than ρ.
///
/// Because the factors are lower triangular, input j's new order depends only on inputs
/// 1…j: adding an input at the end of the matrix leaves the others' draws unchanged.
///
/// - Complexity: O(N·k² + k·N log N) for k inputs.
package enum ImanConover {
    /// `columns[j]` (input j's N draws, in `target.names` order) re-paired towards `target`.
    /// Column j's scores are ordered by `keys[j]`.
    package static func reorder(_ columns: [[Double]], target: CorrelationMatrix, keys: [DrawKey]) -> [[Double]] {
        let k = target.size
        precondition(columns.count == k && keys.count == k, "one column and one key per correlated input")
        guard k > 1, let n = columns.first?.count, n > 1 else { return columns }
        precondition(columns.allSatisfy { $0.count == n }, "every correlated input needs the same number of draws")

        let scores = (0..<n).map { NormalQuantile.of(Double($0 + 1) / Double(n + 1)) }
        // S, row-major n × k: column j is the scores in input j's keyed order.
        var s = [Double](repeating: 0, count: n * k)
        for j in 0..<k {
            let order = KeyedPermutation.make(count: n, key: keys[j].subkey(3))
            for t in 0..<n { s[t * k + j] = scores[order[t]] }
        }
        let sampleFactor = Cholesky(sampleCorrelation(s, rows: n, columns: k), size: k)
        let targetFactor = Cholesky(adjusted(target), size: k) ?? target.factor

        // T = S·(F⁻¹)ᵀ·Pᵀ, one row at a time: t = P·(F⁻¹·s).
        var t = [Double](repeating: 0, count: n * k)
        for row in 0..<n {
            let scoresRow = Array(s[row * k..<(row + 1) * k])
            let decorrelated = sampleFactor?.solve(scoresRow) ?? scoresRow
            let correlated = targetFactor.multiply(decorrelated)
            for j in 0..<k { t[row * k + j] = correlated[j] }
        }

        return (0..<k).map { j in
            let order = (0..<n).sorted { t[$0 * k + j] < t[$1 * k + j] || (t[$0 * k + j] == t[$1 * k + j] && $0 < $1) }
            let sortedValues = columns[j].sorted()
            var column = [Double](repeating: 0, count: n)
            for (rank, trial) in order.enumerated() { column[trial] = sortedValues[rank] }
            return column
        }
    }

    /// The Pearson target 2·sin(πρ/6) for each Spearman target ρ.
    static func adjusted(_ target: CorrelationMatrix) -> [Double] {
        target.entries.enumerated().map { index, rho in
            index / target.size == index % target.size ? 1 : 2 * sin(Double.pi * rho / 6)
        }
    }

    /// The k × k Pearson correlation matrix of the columns of the row-major n × k `matrix`.
    static func sampleCorrelation(_ matrix: [Double], rows n: Int, columns k: Int) -> [Double] {
        var means = [Double](repeating: 0, count: k)
        for row in 0..<n { for j in 0..<k { means[j] += matrix[row * k + j] } }
        for j in 0..<k { means[j] /= Double(n) }
        var products = [Double](repeating: 0, count: k * k)
        for row in 0..<n {
            for i in 0..<k {
                let di = matrix[row * k + i] - means[i]
                for j in 0...i { products[i * k + j] += di * (matrix[row * k + j] - means[j]) }
            }
        }
        var correlation = [Double](repeating: 0, count: k * k)
        for i in 0..<k {
            for j in 0...i {
                let value = products[i * k + j] / (products[i * k + i] * products[j * k + j]).squareRoot()
                correlation[i * k + j] = i == j ? 1 : value
                correlation[j * k + i] = correlation[i * k + j]
            }
        }
        return correlation
    }
}
