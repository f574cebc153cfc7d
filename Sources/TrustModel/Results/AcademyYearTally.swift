import MonteCarlo

/// What one academy-year adds up to over the trials in which the academy is in the trust: how
/// often, how often in each kind of deficit, below its reserves target and above the staff-cost
/// cap, and how deep its deficits go. The counters of every academy-year sit side by side in
/// one flat array of ``SimulationTally``, so a trial's record walks one run of memory.
struct AcademyYearTally: Sendable {
    var present = 0
    var inDeficit = 0
    var inYearDeficit = 0
    var belowTarget = 0
    var aboveCap = 0
    /// What its reserves are below £0 by, and what it spent beyond its income (0 when it did not).
    var deficit = MeanAccumulator()
    var inYearDeficitSize = MeanAccumulator()

    /// Adds the trial in which the academy closed the year with `reserves` and `balance`.
    @inline(__always)
    mutating func add(reserves: Double, balance: Double, belowTarget below: Bool, aboveCap over: Bool) {
        present += 1
        if reserves < 0 { inDeficit += 1 }
        if balance < 0 { inYearDeficit += 1 }
        deficit.add(max(0, -reserves))
        inYearDeficitSize.add(max(0, -balance))
        if below { belowTarget += 1 }
        if over { aboveCap += 1 }
    }

    mutating func merge(_ later: AcademyYearTally) {
        present += later.present
        inDeficit += later.inDeficit
        inYearDeficit += later.inYearDeficit
        belowTarget += later.belowTarget
        aboveCap += later.aboveCap
        deficit.merge(later.deficit)
        inYearDeficitSize.merge(later.inYearDeficitSize)
    }
}
