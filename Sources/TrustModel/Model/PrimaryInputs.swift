import MonteCarlo
import RiskRegister

/// The primary random inputs of every trial (``PrimaryInput``), re-derived from the keyed draws
/// by the same tables the trial loop reads (``TrialTables``, ``EconomyDraws``,
/// ``RiskEventTable``, ``JoinTable``), so they are the values the simulation used without the
/// loop recording anything: for sensitivity, and for any experiment that asks which draws made
/// a future what it was.
package struct PrimaryInputs: Sendable {
    /// Every input that can move something within the horizon, in a fixed order: the economy,
    /// the roll changes, the risk events' losses, the joins.
    package let inputs: [PrimaryInput]
    package let trials: Int
    let tables: TrialTables
    let economy: EconomyDraws

    package init(scenario: Scenario, registers: RegisterSet?) throws {
        self.init(plan: try TrialPlan(scenario: scenario, registers: registers))
    }

    init(plan: TrialPlan) {
        tables = TrialTables(plan: plan)
        economy = plan.economy
        trials = plan.scenario.trials
        let names = InputNames(plan: plan)
        inputs = names.economy() + names.rollChanges() + names.riskLosses(tables.events) + names.joins()
    }

    /// Input `input`'s value in `trial`: an economy input or a roll change in percent, a loss
    /// in pounds, a join 1 or 0.
    func value(of input: PrimaryInput, trial: Int) -> Double {
        switch input.source {
        case .economy(let which, let draw): return economy.fraction(which, year: draw, trial: trial) * 100
        case .rollChange(let slot, let draw): return tables.drawnRollChange(slot: slot, year: draw, trial: trial)
        case .riskLoss(let event, let year): return tables.events.drawnLoss(event: event, year: year, trial: trial)
        case .join(let slot): return tables.joins.joinYear(slot: slot, trial: trial) == Int.max ? 0 : 1
        }
    }

    /// The columns of the inputs at `chosen` (indices into ``inputs``) over every trial, worked
    /// out in the simulation's trial chunks on `threads` and merged in order, counted on `progress`.
    package func columns(_ chosen: [Int], threads: Int? = nil, progress: TrialProgress? = nil) -> [[Double]] {
        let picked = chosen.map { inputs[$0] }
        let empty = [[Double]](repeating: [], count: picked.count)
        return TrialRunner(threads: threads, chunkSize: Simulation.chunkSize).run(trials: trials, initial: empty, progress: progress) {
            range in
            picked.map { input in range.map { value(of: input, trial: $0) } }
        } merge: { merged, later in
            for i in merged.indices { merged[i] += later[i] }
        }
    }
}

/// The names a board reads for each primary input of a plan, and which draws are inputs at all.
private struct InputNames {
    let plan: TrialPlan
    let years: Int

    init(plan: TrialPlan) {
        self.plan = plan
        years = plan.years
    }

    func label(_ year: Int) -> String { plan.scenario.yearLabel(year) }
    func calendar(_ year: Int) -> Int { plan.scenario.startYear + year }

    /// The first year index a slot's academy can be in the trust: 0, or its join's year.
    func firstYear(_ slot: Int) -> Int {
        if case .join(_, _, let yearIndex) = plan.slots[slot].origin { return yearIndex }
        return 0
    }

    func economy() -> [PrimaryInput] {
        EconomyDraws.inputs.flatMap { input in
            (0..<max(0, years - 1)).map { draw in
                PrimaryInput(
                    kind: .economy, id: "economy.\(input.rawValue)@\(calendar(draw + 1))", title: "\(input.title), \(label(draw + 1))",
                    summary: "% drawn for \(label(draw)), moving \(label(draw + 1)) on", scope: .trust, firstYear: draw + 1,
                    source: .economy(input, draw: draw))
            }
        }
    }

    func rollChanges() -> [PrimaryInput] {
        plan.slots.indices.flatMap { slot in
            let academy = plan.slots[slot]
            return (firstYear(slot)..<max(firstYear(slot), years - 1)).map { draw in
                PrimaryInput(
                    kind: .rollChange, id: "rollChange.\(academy.id)@\(calendar(draw + 1))",
                    title: "Pupil numbers at \(academy.name), \(label(draw + 1))",
                    summary: "% drawn for \(label(draw)), moving \(label(draw + 1)) on", scope: .academy(academy.id), firstYear: draw + 1,
                    source: .rollChange(slot: slot, draw: draw))
            }
        }
    }

    func riskLosses(_ events: RiskEventTable) -> [PrimaryInput] {
        (0..<events.eventCount).flatMap { event in
            let risk = plan.risks.included[events.eventRisk[event]]
            let slot = events.payerSlot[event]
            let start = slot.map(firstYear) ?? 0
            return (start..<max(start, years)).map { year in
                let academy = slot.map { plan.slots[$0] }
                return PrimaryInput(
                    kind: .risk, id: "risk.\(risk.id)" + (academy.map { "@\($0.id)" } ?? "") + "@\(calendar(year))",
                    title: "Risk \(risk.id)" + (academy.map { " (\($0.name))" } ?? "") + ", \(label(year)): \(risk.title)",
                    summary: "£ lost in \(label(year)), 0 when it does not strike",
                    scope: academy.map { .academyRisk($0.id) } ?? .centralRisk, firstYear: year, source: .riskLoss(event: event, year: year)
                )
            }
        }
    }

    /// Joins: the centre sees a join coming as far ahead as its capacity steps' lead times.
    func joins() -> [PrimaryInput] {
        plan.slots.indices.filter { plan.slots[$0].isJoin }.map { slot in
            let academy = plan.slots[slot]
            return PrimaryInput(
                kind: .join, id: "join.\(academy.id)", title: "\(academy.name) joins", summary: "1 if the join goes ahead, else 0",
                scope: .academy(academy.id), firstYear: max(0, firstYear(slot) - plan.lookahead), source: .join(slot: slot))
        }
    }
}
