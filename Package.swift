// swift-tools-version:6.0
//
// matrisk: a risk register and Monte Carlo scenario simulator for multi-academy trusts.
// No package dependencies: the toolchain (Foundation, Dispatch, Swift Testing) only.
//
// Modules, dependencies pointing one way (top depends on bottom):
//
//   matrisk (executable)   calls Commands.run and exits
//   Commands               argument parsing, the commands, help text, writing files safely
//   Benchmarks             what `matrisk bench` times: draw throughput, the canonical large trust
//   Reports                tables, text, CSV, JSON, the HTML board pack with its SVG charts, and
//                          the wording of results and of the output names' help
//   TrustModel             scenarios and their loading (distributions included), the trust finance
//                          model, growth, risk events, which registers are in scope, experiments
//   RiskRegister           risks, mitigations, policy, checks, roll-up, diff
//   MonteCarlo             keyed random numbers, distributions, runner, statistics; imports
//                          nothing of ours
//   Workbook               .xlsx, .ods and .docx tables read into CSV's table type; .xlsx written
//   CSV, JSONDocument      file formats with positions for error messages
//   Archive, SafeXML       ZIP with DEFLATE, and XML without DTDs or entity expansion
import PackageDescription

let package = Package(
    name: "matrisk",
    products: [
        .executable(name: "matrisk", targets: ["matrisk"])
    ],
    targets: [
        // MARK: - File formats (know nothing about schools)
        .target(name: "JSONDocument"),
        .target(name: "CSV"),
        .target(name: "Archive"),
        .target(name: "SafeXML"),
        .target(name: "Workbook", dependencies: ["Archive", "SafeXML", "CSV"]),

        // MARK: - Engines and the trust's domain
        .target(name: "MonteCarlo"),
        .target(name: "RiskRegister", dependencies: ["CSV", "JSONDocument", "Workbook"]),
        .target(name: "TrustModel", dependencies: ["JSONDocument", "MonteCarlo", "RiskRegister"]),

        // MARK: - Presentation, benchmarks and the command line
        .target(
            name: "Reports", dependencies: ["CSV", "JSONDocument", "MonteCarlo", "RiskRegister", "TrustModel", "Workbook"]),
        .target(name: "Benchmarks", dependencies: ["MonteCarlo", "TrustModel"]),
        .target(
            name: "Commands",
            dependencies: ["CSV", "JSONDocument", "MonteCarlo", "RiskRegister", "TrustModel", "Reports", "Benchmarks", "Workbook"]
        ),
        .executableTarget(name: "matrisk", dependencies: ["Commands"]),

        // MARK: - Tests, one target per module; fixtures under Tests/<Target>/Fixtures
        .testTarget(name: "JSONDocumentTests", dependencies: ["JSONDocument"], exclude: ["Fixtures"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV"], exclude: ["Fixtures"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive"], exclude: ["Fixtures"]),
        .testTarget(name: "SafeXMLTests", dependencies: ["SafeXML"], exclude: ["Fixtures"]),
        .testTarget(
            name: "WorkbookTests", dependencies: ["Workbook", "Archive", "CSV"],
            exclude: ["Fixtures", "libreoffice-roundtrip.sh", "libreoffice-roundtrip.swift"]),
        .testTarget(name: "MonteCarloTests", dependencies: ["MonteCarlo"], exclude: ["Fixtures"]),
        .testTarget(name: "RiskRegisterTests", dependencies: ["RiskRegister", "CSV", "JSONDocument", "Workbook"], exclude: ["Fixtures"]),
        .testTarget(
            name: "TrustModelTests", dependencies: ["TrustModel", "MonteCarlo", "RiskRegister", "JSONDocument"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ReportsTests", dependencies: ["Reports", "JSONDocument", "MonteCarlo", "RiskRegister", "TrustModel", "Workbook"],
            exclude: ["Fixtures"]),
        .testTarget(name: "BenchmarksTests", dependencies: ["Benchmarks", "MonteCarlo", "TrustModel"]),
        .testTarget(name: "CommandsTests", dependencies: ["Commands", "matrisk", "Workbook"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
