/// How much an archive may expand to before the reader refuses it: the defences against zip
/// bombs (a small file that expands to gigabytes, by compression or by parts that share data).
///
/// The defaults are far above any register or budget workbook: the sheet of a 10,000-row
/// register is a few megabytes of XML, compressed about ten times.
package struct ArchiveLimits: Sendable, Equatable {
    /// The most bytes one part may expand to.
    package var maximumEntryBytes: Int
    /// The most bytes all the parts read from one archive may expand to together.
    package var maximumTotalBytes: Int
    /// The most times a part may expand over its compressed size, once it is larger than
    /// ``ratioFloorBytes`` (small parts of repeated text compress very well and harm nothing).
    package var maximumRatio: Int
    package var ratioFloorBytes: Int
    /// The most parts the directory may list.
    package var maximumEntries: Int

    package init(
        maximumEntryBytes: Int = 256 << 20, maximumTotalBytes: Int = 1 << 30, maximumRatio: Int = 250, ratioFloorBytes: Int = 1 << 20,
        maximumEntries: Int = 100_000
    ) {
        self.maximumEntryBytes = maximumEntryBytes
        self.maximumTotalBytes = maximumTotalBytes
        self.maximumRatio = maximumRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maximumEntries = maximumEntries
    }
}
