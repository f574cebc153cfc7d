extension TrialPlan {
    /// The uncertain inputs a trial records for sensitivity analysis, in recording order.
    var inputDescriptors: [InputDescriptor] {
        var inputs = Economy.Input.allCases.map {
            InputDescriptor(kind: .economy, id: "economy.\($0.rawValue)", title: $0.title, summary: "mean over the years, %")
        }
        inputs += slots.map {
            InputDescriptor(
                kind: .rollChange, id: "rollChange.\($0.id)", title: "\($0.name): change in pupil numbers",
                summary: "mean over the years, %")
        }
        inputs += risks.included.map {
            InputDescriptor(kind: .risk, id: "risk.\($0.id)", title: "Risk \($0.id): \($0.title)", summary: "losses over the years, £")
        }
        inputs += slots.filter(\.isJoin).map {
            InputDescriptor(kind: .join, id: "join.\($0.id)", title: "\($0.name) joins", summary: "1 if the join goes ahead, else 0")
        }
        return inputs
    }
}
