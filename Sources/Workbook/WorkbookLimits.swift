import Archive

/// How large a workbook may be before the reader refuses it, so a wrong or hostile file fails
/// with a sentence rather than exhausting memory. Memory follows the cells actually filled:
/// a declared dimension or a repeat of a million blank columns costs nothing.
package struct WorkbookLimits: Sendable {
    package var archive: ArchiveLimits
    /// The rightmost column a value may be in (as ``CSV/CSVReader/Limits`` caps a CSV row).
    package var maximumColumns: Int
    /// Filled cells in one sheet, merged ranges and repeats included.
    package var maximumCells: Int

    package init(archive: ArchiveLimits = ArchiveLimits(), maximumColumns: Int = 2_000, maximumCells: Int = 2_000_000) {
        self.archive = archive
        self.maximumColumns = maximumColumns
        self.maximumCells = maximumCells
    }
}
