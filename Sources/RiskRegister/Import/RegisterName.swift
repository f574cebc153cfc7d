/// How register names are written: the trust's register is `trust`; an academy's is its id.
package enum RegisterName {
    /// `Oak Primary` → `oak-primary`; `Trust`, `Trust board`, `trust-register` → `trust`.
    package static func from(text: String) -> String {
        let name = slug(text)
        if name == Risk.trustRegister || name.hasPrefix(Risk.trustRegister + "-") { return Risk.trustRegister }
        return name
    }

    /// The register a file holds when it has no `Register` column: its name without the
    /// extension (`oak-primary.csv` → `oak-primary`, `trust.csv` → `trust`).
    package static func from(fileName: String) -> String {
        var name = Substring(fileName)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return from(text: String(name))
    }
}
