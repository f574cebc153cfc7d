import Benchmarks
import MonteCarlo
import Testing
import TrustModel

/// What `matrisk bench` times: the canonical trust it generates, and the draw workloads.
struct BenchmarksTests {
    /// The generated trust loads through the scenario loader, as a user's files do, with the
    /// shape its documentation gives: academies, a join per 8, 30 risks a register, 20 trust risks.
    @Test func theCanonicalTrustLoadsWithItsDocumentedShape() throws {
        let trust = CanonicalTrust(academies: 16, years: 4, trials: 100)
        let loaded = try trust.load()
        #expect(loaded.base.academies.count == 16 && loaded.base.years == 4 && loaded.base.trials == 100)
        #expect(loaded.base.growth.count == 2 && trust.joins == 2)
        let registers = try #require(loaded.registers)
        #expect(registers.risks.filter { $0.register == "trust" }.count == 20)
        #expect(registers.risks.filter { $0.register == "academy-1" }.count == 30)
        #expect(registers.risks.filter { $0.register == "converter-primary" }.count == 30)
        // The same settings always give the same trust.
        #expect(CanonicalTrust(academies: 16, years: 4, trials: 100).files == trust.files)
    }

    /// Every draw is consumed into a checksum, which is the same on any number of threads.
    @Test func aWorkloadsChecksumDoesNotDependOnTheThreads() {
        let one = DrawThroughput.measure(.mixed, trials: 5_000, threads: 1, chunkSize: 512)
        let two = DrawThroughput.measure(.mixed, trials: 5_000, threads: 2, chunkSize: 512)
        #expect(one.draws == 5_000 * DrawWorkload.mixed.drawsPerTrial && one.draws == two.draws)
        #expect(one.checksum == two.checksum && one.checksum.isFinite && one.checksum != 0)
        #expect(DrawWorkload.standard.count == 12)
    }
}
