/// The shapes of a report's opening beyond the development-plan report's `关于…的报告`: the government work
/// report (`2026年甘肃省政府工作报告`, `——2026年1月27日在甘肃省十四届人民代表大会第四次会议上`), which is
/// given early in the year it plans and reports on the year before.
extension Metadata {
    /// Whether `line` is the title of a government work report: short, naming 政府工作报告, not a sentence.
    static func isWorkReportTitle(_ line: String) -> Bool {
        line.contains("政府工作报告") && line.count <= 60 && !line.hasSuffix("。") && !line.hasSuffix("，")
    }

    /// The report and plan years of a government work report: the year in its title (or else the year its
    /// meeting was held) is the plan year, and the report year the one before. Nil when neither names a year.
    static func workReportYears(title: String, meeting: String?) -> (report: String, plan: String)? {
        guard title.contains("政府工作报告") else { return nil }
        let year = years(in: title).first ?? meeting.flatMap { years(in: $0).first }
        guard let year, let y = Int(year) else { return nil }
        return (String(y - 1), year)
    }

    /// The region a title such as `2026年北京市政府工作报告` or `甘肃省人民政府工作报告` names.
    static func region(workReportTitle title: String) -> String {
        guard let end = title.firstRange(of: "人民政府")?.lowerBound ?? title.firstRange(of: "政府工作报告")?.lowerBound
        else { return "" }
        var name = Substring(title[..<end])
        if let nian = name.lastIndex(of: "年") { name = name[name.index(after: nian)...] }
        return regionName(String(name))
    }

    /// The region a meeting line names: `在甘肃省十四届人民代表大会…` → 甘肃省, `在泉港区第…` → 泉港区.
    static func region(meeting: String) -> String {
        guard let at = meeting.firstIndex(of: "在") else { return "" }
        let rest = meeting[meeting.index(after: at)...]
        let stop = rest.firstRange(of: "人民代表大会")?.lowerBound ?? rest.endIndex
        return regionName(String(rest[..<stop]))
    }

    /// `name` up to its ordinal (`第十四届`, `十四届`), when it ends as a region's name does.
    static func regionName(_ text: String) -> String {
        let endings: [Character] = ["省", "市", "区", "县", "州", "旗", "盟"]
        var name = text.trimmingSpaceLike()
        if let di = name.firstIndex(of: "第") { name = String(name[..<di]) }
        if let last = name.last, endings.contains(last), (2...12).contains(name.count) { return name }
        // `甘肃省十四届`: the name ends at its first region ending.
        if let e = name.firstIndex(where: { endings.contains($0) }) {
            let cut = String(name[...e])
            if (2...12).contains(cut.count) { return cut }
        }
        return ""
    }
}
