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
    /// Compare's ad-hoc options (`--option NAME:edits`), each the base with its edits, in the order given.
    package var options: [(name: String, scenario: Scenario)] = []
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

/// Reads scenario files: JSON with comments and trailing commas, `--set` edits (`path=value`,
/// `path+=x`), variants, compare options, and the registers the scenario names (relative to its file).
package enum ScenarioLoader {
    /// Loads the scenario at `path` with `overrides` (`trust.topSlicePercent=4.5`,
    /// `economy.payAwardPercent+=1`) made to the base, every variant and every option, `options`
    /// (compare's ad-hoc options) decoded beside the variants, and `settings` (the command line's
    /// trials, seed and years) applied to what each decodes to.
    package static func load(
        path: String, files: ScenarioFiles, overrides: [String] = [], options: [ScenarioOption] = [], settings: RunSettings = RunSettings()
    ) throws -> LoadedScenario {
        let bytes = try files.read(path)
        let edits = try overrides.map(ScenarioEdit.init(parsing:))
        // Tables first, so that `--set academies[2].reserves=…` reaches an academy read from one.
        let tables = try AcademyTables.expanding(JSONParser.parse(bytes: bytes, source: path), scenarioPath: path, files: files)
        let document = tables.document
        // And after, for a `--set academies="budget.csv"` that names one.
        let set = try AcademyTables.expanding(assigning(edits, to: document), scenarioPath: path, files: files)
        let node = set.document
        let base = try decode(node, shifts: shifts(in: edits), settings: settings, source: path)
        let names = try variantNames(in: node, source: path)
        // Every variant and option is decoded now, so a mistake in one is found before anything runs.
        var variants: [String: Scenario] = [:]
        for name in names {
            variants[name] = try decode(variant: name, of: node, edits: edits, settings: settings, source: path, files: files)
        }
        let decodedOptions = try options.map { option in
            (option.name, try decode(option: option, of: document, edits: edits, settings: settings, source: path, files: files))
        }
        let loadedRegisters = try base.registers.map { try loadRegisters($0, scenarioPath: path, document: node, files: files) }
        return LoadedScenario(
            path: path, base: base, variantNames: names, variants: variants, options: decodedOptions,
            registers: loadedRegisters?.registers, registerPaths: loadedRegisters?.paths ?? [], academyTablePaths: tables.paths + set.paths)
    }

    /// `document` with the values the edits set written in (their shifts come after decoding).
    static func assigning(_ edits: [ScenarioEdit], to document: JSONNode) throws -> JSONNode {
        var node = document
        for case .assign(let path, let value) in edits {
            do {
                node = try node.setting(path, to: value)
            } catch let error as JSONNode.OverrideError {
                throw ScenarioError.overrideNotApplicable("\(path)", reason: error.description)
            }
        }
        return node
    }

    /// The shifts among `edits`, in order.
    static func shifts(in edits: [ScenarioEdit]) -> [ScenarioShift] {
        edits.compactMap { if case .shift(let shift) = $0 { shift } else { nil } }
    }

    /// The scenario `node` decodes to, with `shifts` made and then the command line's settings.
    static func decode(_ node: JSONNode, shifts: [ScenarioShift], settings: RunSettings, source: String) throws -> Scenario {
        let root = JSONCursor(node: node, source: source)
        var scenario = try Scenario(decoding: root)
        for shift in shifts { scenario = try scenario.applying(shift, source: source) }
        return try settings.applied(to: scenario, root: root)
    }

    /// The scenario of variant `name`: its edits, then the command line's; any error says which
    /// variant it is in.
    static func decode(
        variant name: String, of document: JSONNode, edits: [ScenarioEdit], settings: RunSettings, source: String, files: ScenarioFiles
    ) throws -> Scenario {
        do {
            let (node, variantShifts) = try applyVariant(name, to: document, source: source)
            // A variant may read its academies from another table: `"academies": "budget-2027.csv"`.
            let expanded = try AcademyTables.expanding(assigning(edits, to: node), scenarioPath: source, files: files).document
            return try decode(expanded, shifts: variantShifts + shifts(in: edits), settings: settings, source: source)
        } catch let error as JSONError {
            throw ScenarioError.inVariant(name: name, error)
        }
    }

    /// The scenario of a compare option: the command line's edits, then the option's own.
    static func decode(
        option: ScenarioOption, of document: JSONNode, edits: [ScenarioEdit], settings: RunSettings, source: String,
        files: ScenarioFiles
    ) throws -> Scenario {
        let all = edits + option.edits
        do {
            let expanded = try AcademyTables.expanding(assigning(all, to: document), scenarioPath: source, files: files).document
            var scenario = try decode(expanded, shifts: shifts(in: all), settings: settings, source: source)
            scenario.name += ", with " + option.editsText
            return scenario
        } catch let error as JSONError {
            throw ScenarioError.inOption(name: option.name, error)
        }
    }

    static func variantNames(in document: JSONNode, source: String) throws -> [String] {
        guard let variants = document["variants"] else { return [] }
        let cursor = JSONCursor(node: variants, path: JSONPath.root.appending(field: "variants"), source: source)
        return try cursor.object().keys
    }

    /// The document with the values variant `name` sets written in, and the shifts it makes
    /// (`"economy.payAwardPercent+=": 1`), for after decoding; each keeps its place in the file,
    /// so a bad value in a variant is reported where it is written.
    static func applyVariant(_ name: String, to document: JSONNode, source: String) throws -> (JSONNode, [ScenarioShift]) {
        guard let variants = document["variants"], let definition = variants[name] else { return (document, []) }
        let cursor = JSONCursor(
            node: definition, path: JSONPath.root.appending(field: "variants").appending(field: name), source: source)
        var node = document
        var shifts: [ScenarioShift] = []
        for member in try cursor.object().members {
            let here = JSONCursor(node: member.value, path: cursor.path.appending(field: member.key), source: source)
            let operation = ScenarioShift.operators.first { member.key.hasSuffix($0) }
            guard let path = JSONPath(parsing: String(member.key.dropLast(operation?.count ?? 0)).trimmingSpaces()) else {
                throw here.violation(
                    "'\(member.key)' is not a field path such as \"trust.topSlicePercent\" (or \"economy.payAwardPercent+=\").")
            }
            if let operation {
                do {
                    shifts.append(try ScenarioShift(path: path, operation: operation, amount: here.double()))
                } catch let problem as ScenarioShift.ShiftProblem {
                    throw here.violation(problem.description)
                }
                continue
            }
            do {
                node = try node.setting(path, to: member.value)
            } catch let error as JSONNode.OverrideError {
                throw here.violation(error.description)
            }
        }
        return (node, shifts)
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
