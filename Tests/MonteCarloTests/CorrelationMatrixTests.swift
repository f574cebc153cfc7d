import MonteCarlo
import Testing

struct CorrelationMatrixTests {
    static func error(_ body: () throws -> Void) -> CorrelationError? {
        do {
            try body()
            return nil
        } catch {
            return error as? CorrelationError
        }
    }

    @Test func validMatricesAreAccepted() throws {
        let matrix = try CorrelationMatrix(names: ["a", "b", "c"], pairs: [("a", "b", 0.6), ("c", "a", -0.2)])
        #expect(matrix.value(0, 1) == 0.6 && matrix.value(1, 0) == 0.6 && matrix.value(2, 0) == -0.2 && matrix.value(1, 2) == 0)
        // Perfect correlation is semidefinite, and allowed.
        _ = try CorrelationMatrix(names: ["a", "b"], rows: [[1, 1], [1, 1]])
    }

    @Test func everyRuleHasItsSentence() {
        #expect(
            Self.error { _ = try CorrelationMatrix(names: ["a", "b"], rows: [[1, 0.5]]) } == .notSquare(names: 2, rows: 1, badRow: nil))
        #expect(
            Self.error { _ = try CorrelationMatrix(names: ["a", "b"], rows: [[1, 0.5], [0.5]]) } == .notSquare(names: 2, rows: 2, badRow: 1)
        )
        #expect(
            Self.error { _ = try CorrelationMatrix(names: ["a", "b"], rows: [[0.9, 0.5], [0.5, 1]]) }
                == .diagonalNotOne(name: "a", value: 0.9))
        #expect(
            Self.error { _ = try CorrelationMatrix(names: ["a", "b"], rows: [[1, 1.5], [1.5, 1]]) }
                == .outsideUnitRange(row: "a", column: "b", value: 1.5))
        #expect(
            Self.error { _ = try CorrelationMatrix(names: ["a", "b"], rows: [[1, 0.5], [0.4, 1]]) }
                == .notSymmetric(row: "a", column: "b", value: 0.5, mirror: 0.4))
        #expect(
            Self.error { _ = try CorrelationMatrix(names: ["a", "b"], rows: [[1, .nan], [.nan, 1]]) } == .notFinite(row: "a", column: "b"))
        #expect(
            Self.error { _ = try CorrelationMatrix(names: ["a", "b", "c"], pairs: [("a", "b", 0.9), ("b", "c", 0.9), ("a", "c", -0.9)]) }
                == .notPositiveSemidefinite)
        #expect(Self.error { _ = try CorrelationMatrix(names: ["a", "b"], pairs: [("a", "z", 0.5)]) } == .unknownName("z"))
        #expect(Self.error { _ = try CorrelationMatrix(names: ["a", "a"], pairs: []) } == .repeatedName("a"))
        #expect(Self.error { _ = try CorrelationMatrix(names: ["a", "b"], pairs: [("a", "a", 0.5)]) } == .pairWithItself("a"))
        #expect(CorrelationError.notPositiveSemidefinite.description.hasPrefix("these correlations cannot all hold at once"))
        #expect(
            CorrelationError.outsideUnitRange(row: "a", column: "b", value: 1.5).description
                == "a correlation must be from -1 to 1, but the one between 'a' and 'b' is 1.5.")
    }
}
