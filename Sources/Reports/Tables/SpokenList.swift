/// "T05, T09 and T13": names in a sentence read aloud, the last joined by "and".
func spokenList(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
}
