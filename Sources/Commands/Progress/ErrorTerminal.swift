import Foundation

/// What matrisk knows of where its standard error goes, which decides whether a progress line is
/// shown there and how it is drawn: a terminal (not a file, a pipe or CI's log), its width, and
/// whether it understands the escape that clears to the end of a line.
package struct ErrorTerminal: Sendable {
    /// Standard error is a terminal (`isatty(2)`).
    package var isTerminal: Bool
    /// The terminal is `TERM=dumb` (an editor's shell buffer, a bare console): no escapes, and no
    /// progress line unless asked for with `--progress`.
    package var isDumb: Bool
    /// The columns a line may take, asked each time a line is drawn (the window can be resized).
    package var columns: @Sendable () -> Int
    /// Seconds between redraws of the progress line.
    package var redrawInterval: Double

    package init(isTerminal: Bool, isDumb: Bool, columns: @escaping @Sendable () -> Int, redrawInterval: Double) {
        self.isTerminal = isTerminal
        self.isDumb = isDumb
        self.columns = columns
        self.redrawInterval = redrawInterval
    }

    /// A few redraws a second: the line moves without flicker or cost.
    package static let defaultRedrawInterval = 0.25

    /// Standard error that is not a terminal: tests' buffers, files, pipes.
    package static let none = ErrorTerminal(isTerminal: false, isDumb: false, columns: { 80 }, redrawInterval: defaultRedrawInterval)

    /// A terminal that redraws a line in place: the progress line is shown there unless `--quiet`,
    /// and cleared with the erase-to-end-of-line escape (elsewhere, only with `--progress`, and
    /// cleared with spaces).
    var drawsInPlace: Bool { isTerminal && !isDumb }

    /// The process's standard error as it is now. `MATRISK_PROGRESS_INTERVAL` (seconds) sets the
    /// redraw interval, so tests can see several redraws in a short run.
    package static func standardError(environment: [String: String] = ProcessInfo.processInfo.environment) -> ErrorTerminal {
        let fallback = Int(environment["COLUMNS"] ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 80
        let interval = Double(environment["MATRISK_PROGRESS_INTERVAL"] ?? "").map { min(10, max(0.01, $0)) }
        return ErrorTerminal(
            isTerminal: isatty(2) == 1, isDumb: environment["TERM"] == "dumb",
            columns: { windowColumns() ?? fallback }, redrawInterval: interval ?? defaultRedrawInterval)
    }

    /// The terminal window's width, when standard error is a terminal that knows it.
    private static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
