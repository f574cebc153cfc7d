/// An element or attribute name with its namespace resolved: `w:tbl` in a Word document is
/// (`http://schemas.openxmlformats.org/wordprocessingml/2006/main`, `tbl`) whatever prefix the
/// writer chose.
package struct XMLName: Sendable, Hashable, CustomStringConvertible {
    /// The namespace URI, or "" for none.
    package var namespace: String
    package var local: String

    package init(namespace: String, local: String) {
        self.namespace = namespace
        self.local = local
    }

    package var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }
}

/// One attribute of a start tag, its value with references replaced.
package struct XMLAttribute: Sendable, Equatable {
    package var name: XMLName
    package var value: String

    package init(name: XMLName, value: String) {
        self.name = name
        self.value = value
    }
}

/// A start tag: the element's name, its attributes (namespace declarations left out) and the
/// byte offset of its `<`, from which ``XMLScanner/position(of:)`` gives a line and column.
package struct XMLStartTag: Sendable, Equatable {
    package var name: XMLName
    package var attributes: [XMLAttribute]
    package var offset: Int

    package init(name: XMLName, attributes: [XMLAttribute], offset: Int) {
        self.name = name
        self.attributes = attributes
        self.offset = offset
    }

    /// The value of the attribute with local name `local` (in `namespace` when given; with no
    /// namespace given, the first of that local name in any namespace).
    package func attribute(_ local: String, namespace: String? = nil) -> String? {
        for attribute in attributes where attribute.name.local == local {
            if let namespace, attribute.name.namespace != namespace { continue }
            return attribute.value
        }
        return nil
    }
}

/// What the scanner meets next in a document.
package enum XMLEvent: Sendable, Equatable {
    case start(XMLStartTag)
    /// The end of an element (an empty-element tag `<a/>` gives a start and an end).
    case end(XMLName)
    /// Character data, CDATA included, with references replaced; comments and processing
    /// instructions are left out and the text on either side joined.
    case text(String)
}
