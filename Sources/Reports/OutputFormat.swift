/// The forms a command's results can be printed in: text for people, CSV for
/// spreadsheets, JSON for other programs. All three carry the same content.
package enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case csv
    case json
}
