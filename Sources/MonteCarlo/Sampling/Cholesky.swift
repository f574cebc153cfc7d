/// The Cholesky factor of a symmetric positive semidefinite matrix, written here (no LAPACK):
/// the lower-triangular L with A = L·Lᵀ, by the Cholesky–Banachiewicz order (row by row).
///
/// Semidefinite matrices (a correlation of exactly ±1 makes one) are accepted: a pivot within
/// `tolerance` of zero gives a zero column, provided the entries below it are zero too.
struct Cholesky: Sendable, Equatable {
    let size: Int
    /// L, row-major, n × n, zero above the diagonal.
    let lower: [Double]

    /// The factor of the n × n row-major `matrix`, or nil if it is not positive semidefinite.
    init?(_ matrix: [Double], size n: Int, tolerance: Double = 1e-10) {
        precondition(matrix.count == n * n, "a \(n) × \(n) matrix has \(n * n) entries, not \(matrix.count)")
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = matrix[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    if sum < -tolerance { return nil }
                    l[i * n + i] = sum > tolerance ? sum.squareRoot() : 0
                } else if l[j * n + j] > 0 {
                    l[i * n + j] = sum / l[j * n + j]
                } else if abs(sum) > tolerance {
                    return nil  // a zero pivot with a non-zero entry below it: not semidefinite
                }
            }
        }
        size = n
        lower = l
    }

    /// L·x.
    func multiply(_ x: [Double]) -> [Double] {
        (0..<size).map { i in (0...i).reduce(0) { $0 + lower[i * size + $1] * x[$1] } }
    }

    /// The y with L·y = x, by forward substitution (zero where L's pivot is zero).
    func solve(_ x: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: size)
        for i in 0..<size {
            var sum = x[i]
            for k in 0..<i { sum -= lower[i * size + k] * y[k] }
            let pivot = lower[i * size + i]
            y[i] = pivot > 0 ? sum / pivot : 0
        }
        return y
    }
}
