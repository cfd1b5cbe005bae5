extension ImportResult {
    /// The administrative level of the report's region, by how its name ends: 省 for a province, an
    /// autonomous region (自治区) or one of the four municipalities under the central government; 市 for a
    /// city, prefecture (州, 地区) or league (盟); 县, 区 or 旗 for a county, district or banner; empty when the
    /// region is not known.
    public var level: String {
        RegionLevel.level(of: metadata["region"] ?? "")
    }
}

/// The level of a region, by its name.
public enum RegionLevel {
    static let municipalities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]

    /// The level of `region` (省, 市, 县, 区 or 旗; see ``ImportResult/level``); empty when its name does not say.
    public static func level(of region: String) -> String {
        if region.isEmpty { return "" }
        if region.hasSuffix("省") || region.hasSuffix("自治区") || municipalities.contains(region)
            || region == "北京" || region == "天津" || region == "上海" || region == "重庆" {
            return "省"
        }
        if region.hasSuffix("新区") { return "区" }
        if region.hasSuffix("市") || region.hasSuffix("州") || region.hasSuffix("盟") || region.hasSuffix("地区") {
            return "市"
        }
        if region.hasSuffix("县") { return "县" }
        if region.hasSuffix("区") { return "区" }
        if region.hasSuffix("旗") { return "旗" }
        return ""
    }
}
