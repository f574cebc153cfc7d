extension LineChart {
    /// Pixels between the markers of series that meet: enough to see each shape, too little to
    /// misread a year.
    static let dodgeStep = 8.0

    /// A horizontal nudge for each series, in chart units: 0 for a series that meets no other,
    /// and for series that share a point (the same x, and y within `tolerance` pixels), offsets
    /// `dodgeStep` apart centred on the true x, so every marker shows rather than the last one
    /// drawn hiding the others. The table beside the chart keeps the exact numbers.
    static func dodges(_ positions: [[(x: Double, y: Double)]], tolerance: Double = 2) -> [Double] {
        let meets = positions.indices.map { i in
            positions.indices.contains { j in
                j != i
                    && positions[i].contains { a in positions[j].contains { b in a.x == b.x && abs(a.y - b.y) < tolerance } }
            }
        }
        let meeting = positions.indices.filter { meets[$0] }
        var offsets = Array(repeating: 0.0, count: positions.count)
        for (rank, index) in meeting.enumerated() {
            offsets[index] = (Double(rank) - Double(meeting.count - 1) / 2) * dodgeStep
        }
        return offsets
    }
}
