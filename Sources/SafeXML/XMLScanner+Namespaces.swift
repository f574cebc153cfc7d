extension XMLScanner {
    /// `xmlns` or `xmlns:prefix`.
    static func isNamespaceDeclaration(_ name: ArraySlice<UInt8>) -> Bool {
        guard name.count >= 5, name.first == UInt8(ascii: "x") else { return false }
        let start = name.startIndex
        guard name[start + 1] == UInt8(ascii: "m"), name[start + 2] == UInt8(ascii: "l"), name[start + 3] == UInt8(ascii: "n"),
            name[start + 4] == UInt8(ascii: "s")
        else { return false }
        return name.count == 5 || name[start + 5] == UInt8(ascii: ":")
    }

    /// Pushes the bindings a start tag declares and returns how many it pushed.
    mutating func declareNamespaces(_ attributes: [(name: ArraySlice<UInt8>, value: String)]) -> Int {
        var count = 0
        for attribute in attributes where Self.isNamespaceDeclaration(attribute.name) {
            let prefix = attribute.name.count > 6 ? String(decoding: attribute.name.dropFirst(6), as: UTF8.self) : ""
            bindings.append((prefix, attribute.value))
            count += 1
        }
        return count
    }

    /// The namespace and local part of a written name. An unprefixed element takes the default
    /// namespace, an unprefixed attribute none (Namespaces in XML §6.2). An undeclared prefix
    /// is kept as the namespace itself, so such a name still reads as written.
    func resolve(_ written: ArraySlice<UInt8>, isAttribute: Bool) -> XMLName {
        guard let colon = written.firstIndex(of: UInt8(ascii: ":")) else {
            let local = String(decoding: written, as: UTF8.self)
            return XMLName(namespace: isAttribute ? "" : uri(for: ""), local: local)
        }
        let prefix = String(decoding: written[..<colon], as: UTF8.self)
        let local = String(decoding: written[(colon + 1)...], as: UTF8.self)
        return XMLName(namespace: bindings.last { $0.prefix == prefix }?.uri ?? prefix, local: local)
    }

    private func uri(for prefix: String) -> String {
        bindings.last { $0.prefix == prefix }?.uri ?? ""
    }
}
