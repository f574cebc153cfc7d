import JSONDocument
import MonteCarlo

/// Reading and writing distributions in the scenario file's forms (Scenarios/MODEL.md, "Distributions"):
///
///     12.5                                          fixed
///     {"uniform": [min, max]}
///     {"triangular": [min, mode, max]}
///     {"pert": [min, mode, max], "lambda": 4}       lambda optional, default 4
///     {"normal": [mean, sd], "min": 0, "max": 9}    min and max optional (truncation)
///     {"lognormal": [mean, sd]}                     of the variable itself, not its log
///     {"bernoulli": p}
///     {"poisson": λ}
///     {"discrete": {"values": [...], "weights": [...]}}
///
/// Every complaint names the file, line, column and JSON path of the value at fault.
extension Distribution {
    /// The names of the distribution forms, as the keys of their objects.
    package static let formNames = ["uniform", "triangular", "pert", "normal", "lognormal", "bernoulli", "poisson", "discrete"]

    /// Reads the distribution at `cursor`.
    package init(decoding cursor: JSONCursor) throws {
        if case .number = cursor.node.kind {
            self = .fixed(try cursor.double())
            return
        }
        guard case .object = cursor.node.kind else {
            throw cursor.mismatch("a number or a distribution such as {\"triangular\": [min, mode, max]}")
        }
        var reader = try cursor.object()
        let named = reader.keys.filter { Self.formNames.contains($0) }
        guard named.count <= 1 else {
            throw cursor.violation(
                "a distribution has one form, but this one names \(named.count): "
                    + named.map { "'\($0)'" }.joined(separator: " and ") + ".")
        }
        guard let form = named.first else { throw Self.unknownForm(reader, at: cursor) }
        for (sibling, owner) in [("lambda", "pert"), ("min", "normal"), ("max", "normal")] where form != owner && reader.has(sibling) {
            throw cursor.violation("'\(sibling)' belongs to a \(owner) distribution, not a \(form) one; remove it.")
        }
        let field = try reader.required(form)
        do {
            self = try Self.decode(form: form, field: field, reader: &reader)
        } catch let error as DistributionError {
            throw Self.locate(error, field: field, reader: reader)
        }
        try reader.finish()
    }

    /// Every form as it is written, for the error that names them all.
    package static let formsWritten =
        "a plain number (a fixed value, e.g. 4.5), {\"uniform\": [min, max]}, {\"triangular\": [min, mode, max]}, "
        + "{\"pert\": [min, mode, max]}, {\"normal\": [mean, sd]}, {\"lognormal\": [mean, sd]}, {\"bernoulli\": p}, "
        + "{\"poisson\": mean} or {\"discrete\": {\"values\": [...], \"weights\": [...]}}"

    /// The error for an object that names no form (`{"fixed": 4.5}`), at its first key: what it
    /// names, the nearest form's name, and every form.
    private static func unknownForm(_ reader: JSONObjectReader, at cursor: JSONCursor) -> JSONError {
        guard let first = reader.members.first else {
            return cursor.violation("an empty object is not a distribution; write " + formsWritten + ".")
        }
        let hint = Spelling.suggestion(for: first.key, among: formNames).map { " (did you mean '\($0)'?)" } ?? ""
        let place = JSONLocation(source: cursor.source, path: cursor.path, position: first.keyPosition ?? first.value.position)
        return .rule(place, message: "'\(first.key)' is not a distribution form\(hint); write " + formsWritten + ".")
    }

    private static func decode(form: String, field: JSONCursor, reader: inout JSONObjectReader) throws -> Distribution {
        switch form {
        case "uniform":
            let p = try numbers(field, names: ["min", "max"])
            return try .uniform(min: p[0], max: p[1])
        case "triangular":
            let p = try numbers(field, names: ["min", "mode", "max"])
            return try .triangular(min: p[0], mode: p[1], max: p[2])
        case "pert":
            let p = try numbers(field, names: ["min", "mode", "max"])
            let lambda = try reader.optional("lambda")?.double() ?? PERTDistribution.defaultLambda
            return try .pert(min: p[0], mode: p[1], max: p[2], lambda: lambda)
        case "normal":
            let p = try numbers(field, names: ["mean", "sd"])
            let min = try reader.optional("min")?.double()
            let max = try reader.optional("max")?.double()
            return try .normal(mean: p[0], standardDeviation: p[1], min: min, max: max)
        case "lognormal":
            let p = try numbers(field, names: ["mean", "sd"])
            return try .lognormal(mean: p[0], standardDeviation: p[1])
        case "bernoulli":
            return try .bernoulli(probability: try field.double())
        case "poisson":
            return try .poisson(rate: try field.double())
        default:
            var table = try field.object()
            let values = try table.required("values").array().map { try $0.double() }
            let weights = try table.required("weights").array().map { try $0.double() }
            try table.finish()
            return try .discrete(values: values, weights: weights)
        }
    }

    /// A list of exactly `names.count` finite numbers.
    private static func numbers(_ field: JSONCursor, names: [String]) throws -> [Double] {
        let expected = "a list of \(names.count) numbers [\(names.joined(separator: ", "))]"
        guard case .array = field.node.kind else { throw field.mismatch(expected) }
        let items = try field.array()
        guard items.count == names.count else { throw field.mismatch(expected) }
        return try items.map { try $0.double() }
    }

    /// The parameter error as a rule broken at the most precise place: the weight at fault,
    /// `lambda`, the truncation bound, or else the distribution's own value.
    private static func locate(_ error: DistributionError, field: JSONCursor, reader: JSONObjectReader) -> JSONError {
        var place = field
        var sibling: String?
        switch error {
        case .negativeWeight(let index, _):
            if let weights = field.node["weights"], case .array(let items) = weights.kind, index < items.count {
                place = JSONCursor(
                    node: items[index], path: field.path.appending(field: "weights").appending(index: index), source: field.source)
            }
        case .negativePERTLambda: sibling = "lambda"
        case .truncationHoldsNoProbability:
            sibling = reader.has("min") ? "min" : "max"
        case .minimumAboveMaximum(let distribution, _, _) where distribution == "truncated normal":
            sibling = "min"
        default: break
        }
        if let sibling, let member = reader.members.first(where: { $0.key == sibling }) {
            place = JSONCursor(node: member.value, path: reader.cursor.path.appending(field: sibling), source: field.source)
        }
        return place.violation(error.description)
    }

    /// The distribution in the scenario file's form, so it can be written back or echoed.
    package var jsonValue: JSONValue {
        func list(_ values: Double...) -> JSONValue { .array(values.map { JSONValue.number($0) }) }
        switch self {
        case .fixed(let value): return .number(value)
        case .uniform(let d): return ["uniform": list(d.min, d.max)]
        case .triangular(let d): return ["triangular": list(d.min, d.mode, d.max)]
        case .pert(let d):
            var members = [JSONValue.Member("pert", list(d.min, d.mode, d.max))]
            if d.lambda != PERTDistribution.defaultLambda { members.append(JSONValue.Member("lambda", .number(d.lambda))) }
            return .object(members)
        case .normal(let d):
            var members = [JSONValue.Member("normal", list(d.mu, d.sigma))]
            if let min = d.min { members.append(JSONValue.Member("min", .number(min))) }
            if let max = d.max { members.append(JSONValue.Member("max", .number(max))) }
            return .object(members)
        case .lognormal(let d): return ["lognormal": list(d.mean, d.standardDeviation)]
        case .bernoulli(let d): return ["bernoulli": .number(d.probability)]
        case .poisson(let d): return ["poisson": .number(d.rate)]
        case .discrete(let d):
            return [
                "discrete": [
                    "values": .array(d.values.map { JSONValue.number($0) }), "weights": .array(d.weights.map { JSONValue.number($0) }),
                ]
            ]
        }
    }
}
