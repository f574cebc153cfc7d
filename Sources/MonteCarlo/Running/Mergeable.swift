/// A partial result that can absorb the partial result of later trials: a running mean, a
/// count of events, a column of samples, or a struct of such for a whole model's outputs.
///
/// ``TrialRunner`` merges chunk results in chunk order (chunk 0, then 1, 2, …), whatever
/// thread computed them, so a merge need not be commutative, only deterministic: floating
/// point sums differ with their order, and a fixed order makes the bytes the same.
package protocol Mergeable: Sendable {
    /// Absorbs `later`, the partial result of the trials that come next.
    mutating func merge(_ later: Self)
}
