/// Why an XML part could not be read, with the line and column to look at.
package struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    package enum Problem: Sendable, Equatable {
        /// A document type declaration: never read, because DTDs carry external entities
        /// (which would reach outside the file) and entity expansion ("billion laughs").
        case documentType
        /// `&name;` other than XML's five predefined entities.
        case undefinedEntity(String)
        /// A character reference to no character XML allows.
        case invalidCharacterReference(String)
        case malformed(String)
        case mismatchedEndTag(expected: String, found: String)
        case unclosedElement(String)
        case notUTF8
        case unsupportedEncoding(String)
        case tooDeep(limit: Int)
        case tooManyAttributes(limit: Int)
        case noRootElement
    }

    package var source: String
    package var line: Int
    package var column: Int
    package var problem: Problem

    package init(source: String, line: Int, column: Int, problem: Problem) {
        self.source = source
        self.line = line
        self.column = column
        self.problem = problem
    }

    package var description: String { "\(source):\(line):\(column): error: \(sentence)" }

    private var sentence: String {
        switch problem {
        case .documentType:
            return
                "the XML declares a document type (<!DOCTYPE>), which office files never do; matrisk does not read DTDs, because they can reach outside the file or expand without end."
        case .undefinedEntity(let name):
            return "'&\(name);' is not one of XML's five predefined entities, and matrisk expands no others."
        case .invalidCharacterReference(let text):
            return "'&\(text);' refers to no character XML allows."
        case .malformed(let detail):
            return "the XML is malformed: \(detail)."
        case .mismatchedEndTag(let expected, let found):
            return "expected the end tag </\(expected)>, found </\(found)>."
        case .unclosedElement(let name):
            return "the element <\(name)> is never closed; the part may be cut short."
        case .notUTF8:
            return "the XML is not valid UTF-8 text."
        case .unsupportedEncoding(let name):
            return "the XML is declared as '\(name)'; office files are UTF-8 or UTF-16."
        case .tooDeep(let limit):
            return "elements are nested more than \(limit) deep, which no office file does."
        case .tooManyAttributes(let limit):
            return "an element has more than \(limit) attributes, which no office file does."
        case .noRootElement:
            return "the part holds no XML element."
        }
    }
}
