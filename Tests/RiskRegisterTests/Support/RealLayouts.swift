import Foundation
import RiskRegister

/// The registers in `Fixtures/real-layouts/`, each imitating a layout schools and trusts publish.
enum RealLayouts {
    static let folder = Registers.packageRoot.appendingPathComponent("Tests/RiskRegisterTests/Fixtures/real-layouts")

    /// Every fixture's file name, in name order.
    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
    }

    static func source(_ name: String) throws -> RegisterSource {
        RegisterSource(name: name, bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
    }

    /// One fixture read alone, as `register import FILE` reads it.
    static func load(_ name: String, policy: RiskPolicy? = nil) throws -> RegisterLoad {
        try RegisterSet.load([try source(name)], options: RegisterImportOptions(policy: policy))
    }

    /// Every fixture read together, as `register check FOLDER` reads them.
    static func loadAll() throws -> RegisterLoad {
        try RegisterSet.load(try names.map(source))
    }
}
