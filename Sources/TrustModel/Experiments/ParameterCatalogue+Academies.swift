import JSONDocument

extension ParameterCatalogue {
    static let academy = ParameterTable<AcademySpec>(entries: [
        ("id", .notANumber), ("name", .notANumber), ("phase", .notANumber), ("type", .notANumber),
        ("pupils", .number(.field(AcademySpec.Fields.pupils, \.pupils, unit: .count, check: roll))),
        ("capacity", .number(.field(AcademySpec.Fields.capacity, \.capacity, unit: .count, check: roll))),
        ("rollChangePercent", .number(.field(AcademySpec.Fields.rollChangePercent, \.rollChangePercent, unit: .percent))),
        ("fundingPerPupil", .number(.field(AcademySpec.Fields.fundingPerPupil, \.fundingPerPupil, unit: .money))),
        ("lumpSum", .number(.field(AcademySpec.Fields.lumpSum, \.lumpSum, unit: .money))),
        ("otherIncome", .number(.field(AcademySpec.Fields.otherIncome, \.otherIncome, unit: .money))),
        ("staffCosts", .number(.field(AcademySpec.Fields.staffCosts, \.staffCosts, unit: .money))),
        ("nonStaffCosts", .number(.field(AcademySpec.Fields.nonStaffCosts, \.nonStaffCosts, unit: .money))),
        ("reserves", .number(.field(AcademySpec.Fields.reserves, \.reserves, unit: .money))),
        ("register", .notANumber),
        ("structuralDeficit", .part { walk, academy in try structuralDeficit(walk, academy.structuralDeficit, at: \.structuralDeficit) }),
    ])

    private static func roll(_ academy: AcademySpec) -> String? {
        AcademySpec.rollProblem(pupils: academy.pupils, capacity: academy.capacity)
    }

    static let template = ParameterTable<AcademyTemplate>(entries: [
        ("phase", .notANumber), ("type", .notANumber),
        ("pupils", .number(.field(AcademyTemplate.Fields.pupils, \.pupils, unit: .count))),
        ("capacity", .number(.field(AcademyTemplate.Fields.capacity, \.capacity, unit: .count))),
        ("rollChangePercent", .number(.field(AcademyTemplate.Fields.rollChangePercent, \.rollChangePercent, unit: .percent))),
        ("fundingPerPupil", .number(.field(AcademyTemplate.Fields.fundingPerPupil, \.fundingPerPupil, unit: .money))),
        ("lumpSum", .number(.field(AcademyTemplate.Fields.lumpSum, \.lumpSum, unit: .money))),
        ("otherIncome", .number(.field(AcademyTemplate.Fields.otherIncome, \.otherIncome, unit: .money))),
        ("staffCostsPercent", .number(.field(AcademyTemplate.Fields.staffCostsPercent, \.staffCostsPercent, unit: .percent))),
        ("nonStaffCostsPercent", .number(.field(AcademyTemplate.Fields.nonStaffCostsPercent, \.nonStaffCostsPercent, unit: .percent))),
        (
            "reserves",
            .number(
                .field(AcademyTemplate.Fields.reserves, \.reserves, unit: .money),
                unless: { AcademyTemplate.openingReservesProblem($0.type) })
        ),
        ("structuralDeficit", .part { walk, template in try structuralDeficit(walk, template.structuralDeficit, at: \.structuralDeficit) }),
        (
            "openingYearGroups",
            .number(
                freeSchool(.field(AcademyTemplate.Fields.openingYearGroups, \.openingYearGroups, unit: .count, check: yearGroups)),
                unless: notAFreeSchool)
        ),
        (
            "yearGroups",
            .number(
                freeSchool(.field(AcademyTemplate.Fields.yearGroups, \.yearGroups, unit: .count, check: yearGroups)), unless: notAFreeSchool
            )
        ),
        (
            "startUpGrant",
            .number(freeSchool(.field(AcademyTemplate.Fields.startUpGrant, \.startUpGrant, unit: .money)), unless: notAFreeSchool)
        ),
        ("register", .notANumber),
        ("transitionGrant", .number(.field(AcademyTemplate.Fields.transitionGrant, \.transitionGrant, unit: .money))),
        (
            "firstYearsGrants",
            .fixed("is a list of grants, one a year, so an experiment cannot vary it as one number; compare variants with other grants.")
        ),
    ])

    /// A number of a free school's growth (year groups, start-up grant), which only a free school's template has.
    private static func freeSchool(_ setter: ParameterSetter<AcademyTemplate.FreeSchoolGrowth>) -> ParameterSetter<AcademyTemplate> {
        setter.lifted(through: \.freeSchool, absent: AcademyTemplate.notAFreeSchool)
    }

    private static func notAFreeSchool(_ template: AcademyTemplate) -> String? {
        template.freeSchool == nil ? AcademyTemplate.notAFreeSchool : nil
    }

    private static func yearGroups(_ school: AcademyTemplate.FreeSchoolGrowth) -> String? {
        AcademyTemplate.yearGroupsProblem(opening: school.openingYearGroups, all: school.yearGroups)
    }

    /// `templates.NAME…`: the templates are an object in the file, keyed by name.
    static func templates(_ walk: ParameterWalk, _ scenario: Scenario) throws -> ParameterSetter<Scenario> {
        let names = scenario.templates.map(\.name)
        guard let head = walk.rest.first, case .field(let name) = head else {
            throw walk.error("holds the templates by name; name one, e.g. templates.\(names.first ?? "NAME").pupils.")
        }
        guard let index = names.firstIndex(of: name) else {
            throw JSONError.unknownField(walk.location, field: name, suggestion: Spelling.suggestion(for: name, among: names))
        }
        return try template.resolve(walk.into(name), in: scenario.templates[index]).lifted(
            through: \Scenario.templates, index: index, list: walk.walked)
    }

    static let deficit = ParameterTable<StructuralDeficit>(entries: [
        ("probability", .number(.field(StructuralDeficit.Fields.probability, \.probability, unit: .probability))),
        ("amount", .number(.field(StructuralDeficit.Fields.amount, \.amount, unit: .money))),
        ("recoveryYears", .number(.field(StructuralDeficit.Fields.recoveryYears, \.recoveryYears, unit: .count))),
    ])

    /// A structural deficit's numbers, where the academy or template has one.
    private static func structuralDeficit<Owner>(
        _ walk: ParameterWalk, _ deficit: StructuralDeficit?, at keyPath: WritableKeyPath<Owner, StructuralDeficit?> & Sendable
    ) throws -> ParameterSetter<Owner> {
        let absent =
            "is not in the scenario, so its numbers cannot be varied; give it a structural deficit (probability, amount, recoveryYears) first."
        guard let deficit else { throw walk.error(absent) }
        return try self.deficit.resolve(walk, in: deficit).lifted(through: keyPath, absent: absent)
    }
}
