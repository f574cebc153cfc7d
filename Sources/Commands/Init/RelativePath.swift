/// A path as a file refers to another: `budgets/academies.csv` seen from the folder of
/// `plans/scenario.json5` is `../budgets/academies.csv`.
enum RelativePath {
    /// `path` (as typed) as seen from the folder holding `file` (as typed); absolute when typed so.
    static func of(_ path: String, besideFile file: String, in environment: CommandEnvironment) -> String {
        if path.hasPrefix("/") { return path }
        let target = components(environment.resolve(path))
        let folder = components(environment.resolve(file)).dropLast()
        var shared = 0
        while shared < min(target.count, folder.count), target[shared] == folder[shared] { shared += 1 }
        let up = Array(repeating: "..", count: folder.count - shared)
        return (up + target[shared...]).joined(separator: "/")
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }
}
