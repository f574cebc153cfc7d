import JSONDocument
import RiskRegister

/// A scenario file read and checked: its base scenario, the variants it defines, and the
/// risk registers it names, ready to simulate.
package struct LoadedScenario: Sendable {
    /// The path of the scenario file, as given.
    package var path: String
    package var base: Scenario
    /// The names of the variants, in the order the file defines them.
    package var variantNames: [String]
    /// Each variant's scenario (the command line's overrides and settings on top), decoded when the file was loaded.
    var variants: [String: Scenario]
    /// The registers the base scenario names (nil when it names none).
    package var registers: RegisterSet?
    /// The register files read for `registers`: every file of a register folder, then each file
    /// named (none when the scenario names no registers).
    package var registerPaths: [String]
    /// The academies tables the scenario's `academies` names (none when every academy is written out).
    package var academyTablePaths: [String] = []

    /// The scenario with variant `name` applied (then the command line's overrides on top).
    package func scenario(variant name: String) throws -> Scenario {
        guard let scenario = variants[name] else { throw unknownVariant(name) }
        return scenario
    }

    /// The error for a variant `name` the file does not define.
    func unknownVariant(_ name: String) -> ScenarioError {
        .unknownVariant(source: path, name: name, suggestion: Spelling.suggestion(for: name, among: variantNames), available: variantNames)
    }
}

/// Reads scenario files: JSON with comments and trailing commas, `--set path=value`
/// overrides, variants, and the registers the scenario names (relative to its file).
package enum ScenarioLoader {
    /// Loads the scenario at `path` with `overrides` (`trust.topSlicePercent=4.5`) applied to the
    /// document, and `settings` (the command line's trials, seed and years) to what it decodes to.
    package static func load(
        path: String, files: ScenarioFiles, overrides: [String] = [], settings: RunSettings = RunSettings()
    ) throws -> LoadedScenario {
        let bytes = try files.read(path)
        let parsedOverrides = try overrides.map(parseOverride)
        // Tables first, so that `--set academies[2].reserves=…` reaches an academy read from one.
        let tables = try AcademyTables.expanding(JSONParser.parse(bytes: bytes, source: path), scenarioPath: path, files: files)
        // And after, for a `--set academies="budget.csv"` that names one.
        let set = try AcademyTables.expanding(applyOverrides(parsedOverrides, to: tables.document), scenarioPath: path, files: files)
        let node = set.document
        let root = JSONCursor(node: node, source: path)
        let base = try settings.applied(to: Scenario(decoding: root), root: root)
        let names = try variantNames(in: node, source: path)
        // Every variant is decoded now, so a mistake in one is found before anything runs.
        var variants: [String: Scenario] = [:]
        for name in names {
            variants[name] = try decode(variant: name, of: node, overrides: parsedOverrides, settings: settings, source: path, files: files)
        }
        let loadedRegisters = try base.registers.map { try loadRegisters($0, scenarioPath: path, document: node, files: files) }
        return LoadedScenario(
            path: path, base: base, variantNames: names, variants: variants, registers: loadedRegisters?.registers,
            registerPaths: loadedRegisters?.paths ?? [], academyTablePaths: tables.paths + set.paths)
    }

    /// `document` with the command line's `--set` overrides written in.
    static func applyOverrides(_ overrides: [(JSONPath, JSONNode)], to document: JSONNode) throws -> JSONNode {
        var node = document
        for (override, value) in overrides {
            do {
                node = try node.setting(override, to: value)
            } catch let error as JSONNode.OverrideError {
                throw ScenarioError.overrideNotApplicable("\(override)", reason: error.description)
            }
        }
        return node
    }

    /// The scenario of variant `name`: its overrides, then the command line's, decoded, then the
    /// command line's settings; any error says which variant it is in.
    static func decode(
        variant name: String, of document: JSONNode, overrides: [(JSONPath, JSONNode)], settings: RunSettings, source: String,
        files: ScenarioFiles
    ) throws -> Scenario {
        do {
            var node = try applyVariant(name, to: document, source: source)
            for (override, value) in overrides { node = try node.setting(override, to: value) }
            // A variant may read its academies from another table: `"academies": "budget-2027.csv"`.
            node = try AcademyTables.expanding(node, scenarioPath: source, files: files).document
            let root = JSONCursor(node: node, source: source)
            return try settings.applied(to: Scenario(decoding: root), root: root)
        } catch let error as JSONError {
            throw ScenarioError.inVariant(name: name, error)
        }
    }

    /// Reads `path=value` as the command line gives it.
    static func parseOverride(_ text: String) throws -> (JSONPath, JSONNode) {
        guard let equals = text.firstIndex(of: "="), let path = JSONPath(parsing: String(text[..<equals])) else {
            throw ScenarioError.malformedOverride(text)
        }
        return (path, JSONNode.commandLineValue(String(text[text.index(after: equals)...])))
    }

    static func variantNames(in document: JSONNode, source: String) throws -> [String] {
        guard let variants = document["variants"] else { return [] }
        let cursor = JSONCursor(node: variants, path: JSONPath.root.appending(field: "variants"), source: source)
        return try cursor.object().keys
    }

    /// The document with the overrides of variant `name` applied; each override keeps its
    /// place in the file, so a bad value in a variant is reported where it is written.
    static func applyVariant(_ name: String, to document: JSONNode, source: String) throws -> JSONNode {
        guard let variants = document["variants"], let definition = variants[name] else { return document }
        let cursor = JSONCursor(
            node: definition, path: JSONPath.root.appending(field: "variants").appending(field: name), source: source)
        var node = document
        for member in try cursor.object().members {
            let here = JSONCursor(node: member.value, path: cursor.path.appending(field: member.key), source: source)
            guard let path = JSONPath(parsing: member.key) else {
                throw here.violation("'\(member.key)' is not a field path such as \"trust.topSlicePercent\".")
            }
            do {
                node = try node.setting(path, to: member.value)
            } catch let error as JSONNode.OverrideError {
                throw here.violation(error.description)
            }
        }
        return node
    }

    /// Reads the registers a scenario names, with the paths of the files read; a file that is
    /// missing is reported at the field that names it.
    package static func loadRegisters(
        _ references: RegisterReferences, scenarioPath: String, document: JSONNode, files: ScenarioFiles
    ) throws -> (registers: RegisterSet, paths: [String]) {
        let field = JSONCursor(
            node: document["registers"] ?? JSONNode(.null, at: nil), path: JSONPath.root.appending(field: "registers"),
            source: scenarioPath)
        var paths: [String] = []
        if let folder = references.folder {
            let full = ScenarioFiles.path(folder, besideFile: scenarioPath)
            do {
                paths += try files.list(full)
            } catch {
                throw ScenarioError.referencedFileMissing(field.location, path: full, reason: "is not a folder that can be read")
            }
        }
        paths += (references.risks + references.mitigations + (references.policy.map { [$0] } ?? []))
            .map { ScenarioFiles.path($0, besideFile: scenarioPath) }
        var sources: [RegisterSource] = []
        for path in paths {
            do {
                sources.append(RegisterSource(name: path, bytes: try files.read(path)))
            } catch {
                throw ScenarioError.referencedFileMissing(field.location, path: path, reason: "does not exist or cannot be read")
            }
        }
        return (try RegisterSet.load(sources).requireValid(), paths)
    }
}
