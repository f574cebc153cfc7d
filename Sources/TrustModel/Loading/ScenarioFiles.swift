/// How the scenario loader reaches files: given by the caller, so the command line can read
/// from disk with its own error messages and tests can serve files from memory.
package struct ScenarioFiles: Sendable {
    /// The bytes of the file at a path (as the loader builds it: the scenario's folder joined
    /// with the relative path written in the scenario).
    package var read: @Sendable (String) throws -> [UInt8]
    /// The files (not folders) directly inside a folder, as paths, sorted by name.
    package var list: @Sendable (String) throws -> [String]

    package init(read: @escaping @Sendable (String) throws -> [UInt8], list: @escaping @Sendable (String) throws -> [String]) {
        self.read = read
        self.list = list
    }

    /// `relative` as seen from the folder holding `file` ("Scenarios/growth.json" + "registers/trust.csv").
    package static func path(_ relative: String, besideFile file: String) -> String {
        if relative.hasPrefix("/") { return relative }
        guard let slash = file.lastIndex(of: "/") else { return relative }
        var folder = String(file[..<slash])
        var rest = Substring(relative)
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        while rest.hasPrefix("../"), !folder.isEmpty, folder != ".", !folder.hasSuffix("..") {
            rest = rest.dropFirst(3)
            folder = folder.lastIndex(of: "/").map { String(folder[..<$0]) } ?? ""
        }
        return folder.isEmpty ? String(rest) : folder + "/" + rest
    }
}
