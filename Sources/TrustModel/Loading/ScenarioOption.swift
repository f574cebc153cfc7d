import JSONDocument

/// An option compared beside the base without editing the file: `compare --option
/// "pay+1:economy.payAwardPercent+=1,economy.payGrantCoveragePercent=0"` is the base (with any
/// `--set`) and then these edits, as a variant would be.
package struct ScenarioOption: Sendable {
    /// What the comparison calls it.
    package var name: String
    /// Its edits, in the order written.
    package var edits: [ScenarioEdit]
    /// The edits as written, comma-separated: `economy.payAwardPercent+=1`.
    package var editsText: String

    /// Reads `NAME:path=value[,path+=x…]`; a comma inside brackets, braces or quotes belongs to
    /// its value (`x={"triangular": [1, 2, 3]}`).
    package init(parsing text: String) throws {
        guard let colon = text.firstIndex(of: ":") else { throw ScenarioError.malformedOption(text) }
        name = String(text[..<colon]).trimmingSpaces()
        let parts = Self.split(String(text[text.index(after: colon)...]))
        guard !name.isEmpty, !parts.isEmpty else { throw ScenarioError.malformedOption(text) }
        edits = try parts.map(ScenarioEdit.init(parsing:))
        editsText = parts.joined(separator: ", ")
    }

    /// `text` split at its top-level commas, each part trimmed; empty parts dropped.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted, "[{".contains(character) { depth += 1 }
            if !quoted, "]}".contains(character) { depth -= 1 }
            if character == ",", depth == 0, !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
