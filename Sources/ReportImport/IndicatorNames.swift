/// The genre's headline indicators and the names reports give them: one place, reviewed like code.
///
/// Each line of ``table`` is one indicator: its canonical name, `=`, then the other names it goes by, separated
/// by `|`. An import stores the canonical name in `name` (so `indicators where name = 规模以上工业增加值` finds
/// every report, whatever it wrote) and the report's own words in `wording`. Names that are different
/// indicators stay on different lines: 财政总收入 is not 一般公共预算收入, 一般公共预算总收入 is neither, and
/// 规模以上工业总产值 is not 规模以上工业增加值. A county's short names are variants (规上, 规模工业, 社零额, 固投,
/// 一般预算收入, 城乡居民收入 for 人均可支配收入 and 农村牧区 for a banner's 农村), but 农民人均纯收入 (the survey before
/// 2014) is not 农村居民人均可支配收入, nor 地方财政收入 一般公共预算收入. A region written before a name (全省, 全市,
/// 我区 …) is not part of it. A name not in the table is kept as written; a name is listed once (a test checks).
enum IndicatorNames {
    static let table = """
    地区生产总值 = 生产总值 | GDP | 地区生产总值(GDP) | 生产总值(GDP) | 经济总量 | 经济 | 国民经济
    人均地区生产总值 = 人均生产总值 | 人均GDP
    规模以上工业增加值 = 规上工业增加值 | 规模工业增加值 | 规模以上工业企业增加值 | 规上工业企业增加值
    规模以上工业总产值 = 规上工业总产值 | 规模工业总产值 | 规模以上工业产值 | 规上工业产值
    工业增加值 = 全部工业增加值
    农林牧渔业总产值 = 农林牧渔总产值 | 农林牧渔业产值 | 农业总产值
    农林牧渔业增加值 = 农林牧渔增加值
    第一产业增加值 = 一产增加值 | 一产业增加值 | 第一产业
    第二产业增加值 = 二产增加值 | 二产业增加值 | 第二产业
    第三产业增加值 = 三产增加值 | 三产业增加值 | 第三产业
    服务业增加值
    建筑业增加值
    建筑业总产值
    固定资产投资 = 全社会固定资产投资 | 固定资产投资(不含农户) | 固投 | 固定资产投资额 | 固定资产投资总额
    社会消费品零售总额 = 社会消费品零售额 | 社零总额 | 社零额 | 消费品零售总额
    一般公共预算收入 = 地方一般公共预算收入 | 一般公共财政预算收入 | 公共财政预算收入 | 地方公共财政预算收入 | 地方级一般公共预算收入 | 一般预算收入
    一般公共预算总收入 = 一般公共财政预算总收入
    财政总收入
    税收收入
    一般公共预算支出 = 地方一般公共预算支出 | 一般公共财政预算支出
    进出口总额 = 进出口 | 外贸进出口总额 | 外贸进出口 | 进出口总值 | 外贸进出口总值 | 货物进出口总额 | 货物进出口 | 货物贸易进出口 | 货物贸易进出口总额 | 进出口贸易总额 | 外贸进出口额
    出口总额 = 出口 | 出口总值 | 出口商品总值 | 外贸出口 | 外贸出口总额
    进口总额 = 进口 | 进口总值
    实际使用外资 = 实际利用外资 | 实际使用外资金额 | 实际利用外资金额 | 实际使用外商直接投资
    合同外资 = 合同利用外资
    居民人均可支配收入 = 全体居民人均可支配收入 | 全体常住居民人均可支配收入 | 常住居民人均可支配收入
    城镇居民人均可支配收入 = 城镇常住居民人均可支配收入 | 城市居民人均可支配收入 | 城镇居民收入 | 城镇居民人均收入 | 城镇常住居民人均收入
    农村居民人均可支配收入 = 农村常住居民人均可支配收入 | 农民人均可支配收入 | 农村牧区常住居民人均可支配收入 | 农村牧区居民人均可支配收入 | 农牧民人均可支配收入 | 农村居民收入 | 农村居民人均收入 | 农村常住居民人均收入
    居民消费价格 = 居民消费价格指数 | 居民消费价格涨幅 | 居民消费价格总水平 | CPI | 消费价格
    城镇调查失业率 = 城镇调查失业率平均
    城镇登记失业率
    城镇新增就业 = 城镇新增就业人数
    粮食产量 = 粮食总产量 | 粮食总产
    旅游总收入
    全社会用电量
    高技术制造业增加值
    """

    /// Canonical name by every name it goes by (the canonical name included).
    static let byName: [String: String] = {
        var out: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            let canonical = String(parts[0]).trimmingSpaceLike()
            guard !canonical.isEmpty else { continue }
            out[canonical] = canonical
            if parts.count > 1 {
                for v in parts[1].split(separator: "|") {
                    let name = String(v).trimmingSpaceLike()
                    if !name.isEmpty, out[name] == nil { out[name] = canonical }
                }
            }
        }
        return out
    }()

    /// Words before a name that say whose it is, not what it is.
    static let regionPrefixes: [String] = [
        "全省", "全市", "全区", "全县", "全州", "全旗", "全盟", "全国", "我省", "我市", "我区", "我县", "本省", "本市", "本区",
    ]

    /// The canonical name of an indicator written `written`; the name as written when the table does not know it.
    static func canonical(_ written: String) -> String {
        if let c = byName[written] { return c }
        for p in regionPrefixes where written.hasPrefix(p) && written.count > p.count {
            let rest = String(written.dropFirst(p.count))
            if let c = byName[rest] { return c }
        }
        return written
    }

    /// Whether the table knows the name (as written or without its region).
    static func isKnown(_ written: String) -> Bool {
        canonical(written) != written || byName[written] != nil
    }
}
