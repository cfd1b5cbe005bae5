import ReportQL
import Testing

/// Tab after `join`, `on`, `pivot` and `chart` offers what may stand there: collections, the fields of both
/// sides, the fields a pivot may spread, the chart styles.
@Suite("completion after join, on, pivot, chart")
struct ClauseCompletionTests {
    let completer = Completer(session: Session(environment: Environment()))

    func complete(_ line: String) -> [String] {
        completer.complete(line: line, cursor: line.utf8.count).candidates
    }

    @Test func joinOffersCollections() {
        let after = complete("targets join ")
        #expect(after.contains("indicators") && after.contains("指标") && after.contains("projects"))
        #expect(!after.contains("growth"))
        #expect(complete("targets left ") == ["join", "连接"])
        #expect(complete("targets join ind") == ["indicators"])
        // After the other side: `as` or `on`.
        let next = complete("targets join indicators ")
        #expect(next.contains("on") && next.contains("对应") && next.contains("as"))
    }

    @Test func onOffersTheFieldsOfBothSides() {
        let on = complete("targets join indicators on ")
        for field in ["name", "名称", "region", "planYear", "growth"] { #expect(on.contains(field), "missing \(field)") }
        #expect(on.contains("value"), "indicators' value is offered: it is the other side's field")
        #expect(complete("targets join indicators on region, plan") == ["planYear"])
        // After `=`: the other side's field, not the values of this side's.
        let other = complete("targets join indicators on region, planYear = ")
        #expect(other.contains("year") && other.contains("value"))
        #expect(!other.contains("planYear"))
        #expect(complete("targets join indicators on name = 地区") == ["地区"], "indicators' region (地区), not a value of name")
    }

    @Test func pivotOffersTheFieldsButTheRowKeys() {
        let after = complete("projects by sector pivot ")
        #expect(after.contains("status") && after.contains("total"))
        #expect(!after.contains("sector"), "the row key cannot be the pivot field")
        // Without `by`, every field.
        #expect(complete("projects pivot ").contains("sector"))
        // After the field: the aggregates.
        #expect(complete("projects by sector pivot status ").contains("sum"))
        #expect(complete("projects by sector pivot status sum ").contains("total"))
        #expect(complete("项目 按 领域 透视 状").contains("状态"))
    }

    @Test func chartOffersItsStyles() {
        #expect(complete("projects by sector pivot status sum total chart ") == ["bar", "条形", "line", "折线", "spark", "迷你"])
        #expect(complete("projects by sector sum total chart sp") == ["spark"])
    }
}
