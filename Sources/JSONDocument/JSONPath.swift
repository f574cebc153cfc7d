/// Where a value sits inside a JSON document, written the way a person would type it
/// on the command line: `trust.centralCosts.steps[0].atAcademies`.
package struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step down into the document: a field of an object or an element of a list.
    package enum Component: Sendable, Hashable {
        case field(String)
        case index(Int)
    }

    package var components: [Component]

    package init(_ components: [Component] = []) {
        self.components = components
    }

    /// The document itself.
    package static let root = JSONPath()

    package func appending(field name: String) -> JSONPath {
        JSONPath(components + [.field(name)])
    }

    package func appending(index: Int) -> JSONPath {
        JSONPath(components + [.index(index)])
    }

    package var isRoot: Bool { components.isEmpty }

    /// The dotted form, or `(top level)` for the root.
    package var description: String {
        if components.isEmpty { return "(top level)" }
        var text = ""
        for component in components {
            switch component {
            case .field(let name):
                if !text.isEmpty { text += "." }
                text += name
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }

    /// Reads a dotted path such as `trust.centralCosts.steps[0].cost`.
    ///
    /// Returns nil when the text is not a path (empty parts, an unclosed bracket, a non-numeric index).
    package init?(parsing text: String) {
        var components: [Component] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let nameEnd = rest.firstIndex(of: "[") ?? rest.endIndex
            let name = rest[rest.startIndex..<nameEnd]
            guard !name.isEmpty else { return nil }
            components.append(.field(String(name)))
            rest = rest[nameEnd...]
            while !rest.isEmpty {
                guard rest.first == "[", let close = rest.firstIndex(of: "]"),
                    let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0
                else { return nil }
                components.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
        }
        guard !components.isEmpty else { return nil }
        self.components = components
    }
}
