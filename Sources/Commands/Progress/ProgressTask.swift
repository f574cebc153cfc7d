/// How the progress line names the work under way: the command and the scenario file, with the
/// variant when one is chosen ("simulate growth.json (grow-12)").
enum ProgressTask {
    static func named(_ command: String, _ scenarioFile: String, variant: String? = nil) -> String {
        "\(command) \(scenarioFile)" + (variant.map { " (\($0))" } ?? "")
    }
}
