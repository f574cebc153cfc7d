/// The inputs drawn once per year and shared by every academy (the economy: funding uplift,
/// pay award, pay-grant coverage, non-pay inflation), precomputed for every trial before the
/// parallel run, so Latin hypercube strata and Iman–Conover pairings, which need all trials
/// at once, are the same whatever the thread count.
///
///     let plan = try SharedDrawPlan(
///         inputs: [SharedInput(name: "economy.fundingUplift", distribution: uplift),
///                  SharedInput(name: "economy.payAward", distribution: award)],
///         sampling: .latinHypercube(.random),
///         correlation: CorrelationMatrix(names: ["economy.fundingUplift", "economy.payAward"],
///                                        pairs: [("economy.fundingUplift", "economy.payAward", 0.6)]))
///     let economy = SharedDraws(plan: plan, seed: 20261122, years: 5, trials: 10_000)
///     let award = economy.value(input: 1, year: t, trial: trial)   // inside the trial loop
///
/// Keys: input i in year y (the year's index, 0 first) draws under
/// `DrawKey(seed: seed, stream: name, year: y)`. With independent sampling and no correlation
/// the values are exactly `distribution.sample(key:trial:)` under that key, the same numbers
/// the model would draw itself; Latin hypercube and Iman–Conover use subkeys of it. Latin
/// hypercube sampling is replicated (``ReplicatedBlocks``): each block of trials is a hypercube
/// of its own, under the key's subkey 16 + b, so the blocks' spread gives an honest error.
///
/// Memory: 8 bytes × years × inputs × trials (``bytes``): 5 years × 4 inputs × 100,000 trials
/// is 16 MB; 50 × 4 × 10⁶ would be 1.6 GB, where independent keyed draws inside the trial loop
/// (no table) are the better choice.
package struct SharedDraws: Sendable, Equatable {
    package let names: [String]
    package let years: Int
    package let trials: Int
    /// Value of input i in year y for trial t at ((y · inputs) + i) · trials + t.
    @usableFromInline let storage: [Double]

    package init(plan: SharedDrawPlan, seed: UInt64, years: Int, trials: Int) {
        precondition(years >= 0 && trials > 0, "shared draws need at least one trial and no negative number of years")
        names = plan.inputs.map(\.name)
        self.years = years
        self.trials = trials
        var storage: [Double] = []
        storage.reserveCapacity(years * plan.inputs.count * trials)
        // Each input's stream key, its name hashed once: DrawKey(seed: seed, stream: name,
        // year: y) is the key's year(y), for the columns and Iman–Conover alike.
        let streams = plan.inputs.map { StreamKey(seed: seed, stream: $0.name) }
        let blocks = Self.blocks(plan.sampling, trials: trials)
        // Each year's block is drawn on its own (a pure function of its keys), on every core, and
        // the parts are merged in year and block order: the same table on any number of threads.
        let parts = TrialRunner(chunkSize: 1).run(trials: years * blocks.count, initial: [[[Double]]]()) { units in
            units.map { unit in
                let block = blocks[unit % blocks.count]
                let keys = streams.map { $0.year(unit / blocks.count) }
                let blockKeys = block.index == nil ? keys : keys.map { $0.subkey(Self.blockSubkey + UInt64(block.index ?? 0)) }
                return Self.draw(plan, keys: blockKeys, trials: block.range.count)
            }
        } merge: {
            $0 += $1
        }
        for year in 0..<years {
            for input in plan.inputs.indices {
                for block in blocks.indices { storage.append(contentsOf: parts[year * blocks.count + block][input]) }
            }
        }
        self.storage = storage
    }

    /// Input `input`'s value in `year` (index) for `trial`.
    @inlinable
    package func value(input: Int, year: Int, trial: Int) -> Double {
        storage[(year * names.count + input) * trials + trial]
    }

    /// The index of the input called `name`.
    package func index(of name: String) -> Int? { names.firstIndex(of: name) }

    /// Every trial's value of `input` in `year`.
    package func column(input: Int, year: Int) -> ArraySlice<Double> {
        let start = (year * names.count + input) * trials
        return storage[start..<start + trials]
    }

    /// The memory the table takes, in bytes.
    package var bytes: Int { storage.count * MemoryLayout<Double>.stride }

    /// Where a block's keys sit among the subkeys of an input's key: past those the hypercube
    /// (1, 2) and Iman–Conover (3) use.
    static let blockSubkey: UInt64 = 16

    /// The runs of trials drawn as one: each replicated Latin hypercube block (with its index, for
    /// its keys), or all the trials at once under the input's own key for independent sampling.
    private static func blocks(_ sampling: SharedDrawPlan.Sampling, trials: Int) -> [(index: Int?, range: Range<Int>)] {
        guard case .latinHypercube = sampling else { return [(nil, 0..<trials)] }
        return ReplicatedBlocks(trials: trials).ranges.enumerated().map { ($0, $1) }
    }

    /// `trials` draws of every input under `keys`, re-paired towards the plan's correlation.
    private static func draw(_ plan: SharedDrawPlan, keys: [DrawKey], trials: Int) -> [[Double]] {
        var columns = plan.inputs.indices.map { i in
            Self.column(plan.inputs[i].distribution, key: keys[i], trials: trials, sampling: plan.sampling)
        }
        if let correlation = plan.correlation {
            let indexes = plan.correlatedInputs
            let reordered = ImanConover.reorder(indexes.map { columns[$0] }, target: correlation, keys: indexes.map { keys[$0] })
            for (position, index) in indexes.enumerated() { columns[index] = reordered[position] }
        }
        return columns
    }

    private static func column(_ distribution: Distribution, key: DrawKey, trials: Int, sampling: SharedDrawPlan.Sampling) -> [Double] {
        switch sampling {
        case .independent:
            return (0..<trials).map { distribution.sample(key: key, trial: $0) }
        case .latinHypercube(let position):
            return LatinHypercube.sample(distribution, count: trials, key: key, position: position)
        }
    }
}
