/// What a run keeps for every trial beyond the trust-wide figures: some academies' reserves
/// (for outputs such as `academy.oak-primary.reserves`). Off by default, because each costs
/// 8 bytes per trial per year.
package struct Recording: Sendable, Equatable {
    /// Academy ids (or join ids) whose reserves are kept for every trial and year.
    package var academies: Set<String>

    package init(academies: Set<String> = []) {
        self.academies = academies
    }
}
