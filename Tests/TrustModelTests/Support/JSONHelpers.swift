import JSONDocument

/// A cursor on `text` parsed as a scenario file named "scenario.json".
func cursor(_ text: String) throws -> JSONCursor {
    JSONCursor(node: try JSONParser.parse(text, source: "scenario.json"), source: "scenario.json")
}

/// The error `body` throws, as the sentence a user would read, or nil if it succeeds.
func message(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return "\(error)"
    }
}
