import ReportModel

/// Recomputes every total the report states from its parts, exactly, and says which match.
struct Reconciler {
    let catalog: Catalog

    func run() -> [Reconciliation] {
        guard let projects = catalog.table("projects"), let totals = catalog.table("totals") else { return [] }
        var out: [Reconciliation] = []
        let measures = ["number", "total", "invest2024"]
        guard case .text(let pStatus)? = projects.column("status")?.data,
              case .text(let tStatus)? = totals.column("status")?.data else { return [] }
        func number(_ t: Table, _ field: String, _ row: Int) -> Quantity? {
            if case .number(let c)? = t.column(field)?.data { return c.quantity(at: row) }
            return nil
        }
        func label(_ t: Table, _ field: String) -> String {
            t.column(field)?.alias ?? field
        }
        func sum(_ qs: [Quantity]) -> Quantity? {
            guard var total = qs.first else { return nil }
            for q in qs.dropFirst() {
                guard let s = try? Arithmetic.addSubtract(total, q, subtract: false) else { return nil }
                total = s
            }
            return total
        }
        func compare(_ what: String, stated: Quantity, computed: Quantity) {
            guard let diff = try? Arithmetic.addSubtract(computed, stated, subtract: true) else { return }
            out.append(Reconciliation(what: what, stated: stated, computed: computed, difference: diff))
        }
        var statusTotals: [String: [String: Quantity]] = [:]
        for row in 0..<totals.rowCount {
            guard let status = tStatus.string(at: row) else { continue }
            for m in measures {
                guard let stated = number(totals, m, row) else { continue }
                statusTotals[status, default: [:]][m] = stated
                let rows = (0..<projects.rowCount).filter { status == "全部" || pStatus.string(at: $0) == status }
                guard let computed = sum(rows.compactMap { number(projects, m, $0) }) else { continue }
                let scope = status == "全部" ? "全部项目" : "\(status)项目"
                compare("\(scope) \(label(totals, m)) = Σ 各领域", stated: stated, computed: computed)
            }
        }
        // The whole plan against the stated totals of its statuses.
        if let all = statusTotals["全部"] {
            let parts = statusTotals.filter { $0.key != "全部" }
            for m in measures {
                guard let stated = all[m], parts.count >= 2,
                      let computed = sum(parts.keys.sorted().compactMap { parts[$0]?[m] }) else { continue }
                let names = parts.keys.sorted().joined(separator: " + ")
                compare("全部项目 \(label(totals, m)) = \(names) (所述合计)", stated: stated, computed: computed)
            }
        }
        out += restatements(statusTotals["全部"], projects: projects)
        return out
    }

    /// The plan's whole stated again elsewhere in the report (二(二): 高质量实施重点项目271个, 完成年度投资323.04亿元,
    /// 涵盖…6大领域) against the plan's stated totals and its rows.
    func restatements(_ whole: [String: Quantity]?, projects: Table) -> [Reconciliation] {
        guard let facts = catalog.table("facts"), case .text(let subjects)? = facts.column("subject")?.data,
              case .number(let values)? = facts.column("value")?.data else { return [] }
        var out: [Reconciliation] = []
        let sectors: Int
        if case .text(let s)? = projects.column("sector")?.data {
            sectors = Set((0..<s.count).compactMap { s.string(at: $0) }).count
        } else {
            sectors = 0
        }
        for row in 0..<facts.rowCount {
            guard let subject = subjects.string(at: row), subject.contains("重点项目"),
                  let value = values.quantity(at: row) else { continue }
            var stated: Quantity?
            var what = ""
            if subject.contains("实施"), value.unit.symbol == "个" {
                stated = whole?["number"]
                what = "「\(subject)」\(value) = 项目合计 全部 个数"
            } else if subject.contains("投资"), value.unit.dimension == .money {
                stated = whole?["invest2024"]
                what = "「\(subject)」\(value) = 项目合计 全部 年度计划投资"
            } else if subject.contains("领域"), sectors > 0 {
                stated = Quantity(ExactDecimal(sectors), value.unit)
                what = "「\(subject)」\(value) = 项目表的领域数"
            }
            // The restatement is what the text states; the plan's own total is what it is checked against.
            guard let stated, let diff = try? Arithmetic.addSubtract(stated, value, subtract: true) else { continue }
            out.append(Reconciliation(what: what, stated: value, computed: stated, difference: diff))
        }
        return out
    }
}
