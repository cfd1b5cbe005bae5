internal import ReportModel

/// The words the import recognises, in one place. Lists that are matched by prefix are longest first.
enum Vocabulary {
    // MARK: Units

    /// Units written whole after a number, longest first: the model's ``Unit/writtenUnits``, so every unit
    /// recognised here is one ReportQL reads. `个百分点` is stored as `百分点`.
    static let units: [String] = Unit.writtenUnits

    /// Counting words (their own dimension in ReportQL), longest first.
    static let classifiers: [String] = [
        "人次", "场次", "户次", "架次", "辆次", "周年", "年制", "分钟", "小时", "方面",
        "个", "家", "项", "名", "人", "次", "场", "栋", "盏", "宗", "块", "户", "张", "所", "处", "类", "件",
        "条", "座", "批", "套", "台", "辆", "艘", "只", "头", "株", "棵", "间", "位", "倍", "部", "篇", "届",
        "床", "班", "支", "份", "册", "层", "轮", "组", "幅", "片", "段", "道", "根", "口", "孔", "笔", "例",
        "起", "天", "岁", "期", "年", "季", "周", "枚", "对", "趟", "列", "款", "种", "匹", "亩",
    ]

    /// Multiplier prefixes of a counting word or unit: 万人, 万余人, 亿斤.
    static let multipliers: [String] = ["万亿", "千万", "百万", "十万", "亿", "万", "千", "百"]

    /// Words written before a number that qualify it, longest first.
    static let qualifiersBefore: [String] = [
        "不低于", "不少于", "不超过", "超过", "突破", "达到", "预计", "超额", "约", "近", "超", "逾", "达",
    ]

    /// Words written after a number and its unit that qualify it.
    static let qualifiersAfter: [String] = ["以上", "以下", "以内", "左右", "上下", "多", "余"]

    // MARK: Growth and relations

    /// Words that make the `%` figure right after them a growth rate; `true` when they mean a fall.
    static let growthWords: [(word: String, fall: Bool)] = [
        ("比上年同期增长", false), ("比去年同期增长", false), ("比上年同期下降", true), ("比去年同期下降", true),
        ("同比增长", false), ("比上年增长", false), ("比去年增长", false), ("较上年增长", false),
        ("同比下降", true), ("比上年下降", true), ("比去年下降", true), ("较上年下降", true),
        ("同比增速", false), ("增长率", false), ("增速为", false), ("增速", false), ("增长", false),
        ("比增", false), ("增幅", false), ("涨幅", false), ("上涨", false),
        ("同比回落", true), ("回落", true), ("负增长", true), ("微降", true),
        ("下降", true), ("降幅", true), ("减少", true), ("降低", true), ("比降", true),
    ]

    /// Leads that state a relation to the item before them rather than a new item: a growth, a comparison,
    /// a rank, a share.
    static let relations: [String] = [
        "分别高于", "分别低于", "高于", "低于", "快于", "慢于", "比全市", "比全省", "比全国", "较全市", "较全省",
        "排名", "排在", "排全", "位居", "位列", "居全", "居第", "居前", "列全", "列第", "增速", "比增", "同比",
        "比上年", "比去年", "较上年", "增长", "下降", "增幅", "降幅", "涨幅", "上涨", "同口径", "可比", "按可比价",
    ]

    /// Words that make a figure a share, a limit or a target rather than a level or a growth.
    static let notGrowthMarks: [String] = ["比重", "占", "控制在", "目标", "以内", "高于", "低于", "排名", "位居"]

    /// Words before a figure that make it something other than the report year's own figure: an average over
    /// years, a five-year span, a completion rate of a plan, a target.
    static let notThisYearMarks: [String] = [
        "年均", "十四五", "十三五", "五年", "计划的", "完成年度", "预期目标", "力争", "目标", "累计", "以来",
    ]

    /// Parts of the year a figure may cover (besides months such as 1-11月), longest first.
    static let periodWords: [String] = ["上半年", "下半年", "前三季度", "前两季度", "第一季度", "第二季度", "第三季度", "一季度", "三季度"]

    /// Words before a `%` that make it a completion rate of a plan (完成年度预算的102.3%), not a growth.
    static let completionMarks: [String] = ["计划的", "预算的", "目标的", "任务的", "完成年度", "占年度"]

    /// Verbs after which a figure counts the noun that follows it: 完成18个片区控规编制.
    static let actionVerbs: [String] = [
        "完成", "新增", "实施", "建设", "打造", "开展", "推进", "落实", "培育", "新建", "提升", "建成", "创建", "引进",
        "举办", "实现", "抓好", "推动", "帮助", "吸引", "生成", "建立", "设立", "组织", "支持", "办好", "改造", "新培育",
        "完善",
    ]

    // MARK: Names of indicators

    /// Headline indicators, as reports name them.
    static let indicatorNames: Set<String> = [
        "地区生产总值", "国内生产总值", "生产总值", "GDP",
        "农林牧渔业总产值", "农林牧渔业增加值", "农业总产值", "农业增加值", "第一产业增加值",
        "工业增加值", "规模以上工业增加值", "规上工业增加值", "工业总产值", "规模以上工业总产值", "规上工业总产值",
        "建筑业增加值", "建筑业总产值", "第二产业增加值", "第三产业增加值", "服务业增加值",
        "固定资产投资", "全社会固定资产投资", "社会消费品零售总额", "社会消费品零售额",
        "一般公共预算总收入", "一般公共预算收入", "地方一般公共预算收入", "财政总收入", "地方财政收入",
        "地方级财政收入", "税收收入", "一般公共预算支出",
        "出口商品总值", "外贸进出口总额", "进出口总额", "外贸进出口", "进出口", "出口总额", "出口总值", "出口",
        "进口", "实际使用外资", "实际利用外资", "合同外资",
        "居民人均可支配收入", "全体居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入",
        "城乡居民人均可支配收入", "居民消费价格", "居民消费价格指数", "居民消费价格涨幅", "城镇调查失业率",
        "城镇登记失业率", "粮食产量", "粮食总产量", "旅游总收入", "全社会用电量", "工业用电量",
    ]

    /// Endings that mark a name as an indicator in the headline paragraph of the report year.
    static let indicatorEndings: [String] = [
        "生产总值", "总产值", "增加值", "零售总额", "零售额", "进出口总额", "进出口", "总收入", "预算收入",
        "可支配收入", "固定资产投资", "使用外资", "利用外资", "出口总值", "商品总值", "总值", "产量", "总额",
        "投资", "收入", "用电量",
    ]

    /// Words before an indicator's name that are not part of it.
    static let indicatorPrefixes: [String] = [
        "——", "—", "其中", "全年", "今年", "年度", "预计", "预期", "力争", "确保", "实现", "完成", "达到",
        "全区", "全市", "全省", "全县", "全州", "全旗", "全盟", "全国", "我区", "我市", "我省", "我县", "本区", "本市",
        "和", "及", "以及", "并", "同时", "而",
    ]

    /// Words between an indicator's name and its figures.
    static let indicatorSuffixes: [String] = [
        "分别", "预计", "总量", "累计完成", "完成", "实现", "达到", "达", "为", "是", "共", "总计", "合计",
        "同比", "比上年", "比去年", "较上年", "比上年同期", "比去年同期", "预计数", "约", "将", "实际", "平均为", "平均",
        "均值", "按可比价计算", "按可比价格计算",
    ]

    /// Regions whose prefix (全区, 全市 …) is kept when what follows is only 生产总值.
    static let regionPrefixes: [String] = ["全区", "全市", "全省", "全县", "全州", "全旗", "全盟", "全国"]

    // MARK: Projects

    /// How reports call a project's status in the key-project plan.
    static let planStatuses: [String] = ["在建", "续建", "新建", "新开工", "新开", "预备", "前期", "储备", "竣工", "计划新开工"]

    /// Levels of key projects.
    static let projectLevels: [(word: String, level: String)] = [
        ("国家级", "国家级"), ("省级", "省级"), ("市级", "市级"), ("区级", "区级"), ("县级", "县级"),
        ("国家", "国家级"), ("省", "省级"), ("市", "市级"), ("区", "区级"), ("县", "县级"),
    ]

    /// Statuses of a named project, longest first.
    static let namedStatuses: [String] = [
        "预备项目转在建", "预备转在建", "加快出让、建设", "开始动工建设", "建成投产", "竣工投产", "即将投产",
        "开工动建", "开工建设", "动工建设", "落地动建", "落地实施", "签约落地", "筹备开工", "复工建设", "竣工验收",
        "交工验收", "投入使用", "通车运营", "建成通车", "对外开放", "前期工作", "新开工建设", "新开工", "转在建",
        "建成投用", "建成运营", "投入运营", "加快推进", "建成", "投产", "投用", "开工", "竣工", "落地", "签约", "通车",
        "招商",
    ]

    /// Light verbs and scope words that lead a fact's subject and say nothing of what was counted: `完成矿山生态修复
    /// 228亩` is 矿山生态修复. Words that say what was done (新增, 实施, 签约, 引进) are not among them.
    static let lightVerbs: [String] = [
        "计划完成", "累计完成", "超额完成", "全面完成", "推动完成", "全面落实", "全力抓好", "完成", "实现", "推动", "开展", "加强",
        "打造",
    ]

    /// Verbs (and 其中, 累计 …) that give a clause its own action, so it does not share the verb of the clause
    /// before (`新建高标准农田85000亩,发放耕地地力保护补贴3200万元`).
    static let ownVerbs: [String] = [
        "发放", "兑现", "提升", "对接", "新增", "完成", "实现", "投入", "带动", "帮助", "解决", "培训", "招聘", "引导",
        "走访", "协调", "授信", "放款", "签约", "开工", "竣工", "接待", "举办", "其中", "累计", "共", "全年", "同比",
        "整治", "清理", "调查",
    ]

    /// Words that end a chapter's title (`一、2025年工作回顾`, `二、2026年主要预期目标`): where a title ends in a text
    /// whose line breaks were lost.
    static let headingEndings: [String] = [
        "情况", "回顾", "目标", "任务", "安排", "建议", "工作", "成效", "举措", "措施", "草案)", "总体要求", "工作重点", "计划", "草案",
    ]

    /// Words that open a sentence after a chapter's title run into its text: where the title ends.
    static let sentenceOpeners: [String] = [
        "今年", "明年", "全年", "过去一年", "一年来", "我们", "各位代表", "全省", "全市", "全区", "全县", "全州", "全旗", "全盟",
    ]

    /// Verbs of change just before a figure (`入园率提升至58%`): the clause says what its own subject became.
    static let changeVerbs: [String] = [
        "提升至", "提升到", "提高至", "提高到", "增加至", "增加到", "增长至", "增长到", "增至", "下降至", "下降到", "降至",
        "降低至", "降低到", "扩大至", "扩大到", "缩小至", "缩小到",
    ]

    /// Words of a shortcoming: a clause with one (`防洪减灾等水利工程仍需进一步加强`) names a field of work, not a
    /// project's progress.
    static let shortcomingWords: [String] = ["仍需", "还需", "尚需", "有待", "亟待", "亟需", "短板", "不足"]

    /// A named project's status, normalised to a small vocabulary, by the words the text uses (the text's own
    /// words are kept beside it). Words not listed — 推进, 加快推进, 重点实施, 设立 … — normalise to 推进.
    static let statusVocabulary: [(status: String, words: [String])] = [
        ("新开工", ["新开工", "新开工建设", "开工", "开工建设", "开工动建", "动工建设", "开始动工建设", "落地动建", "筹备开工",
                  "预备转在建", "预备项目转在建", "转在建", "新建", "启动建设"]),
        ("续建", ["续建", "在建", "复工建设", "加快建设"]),
        ("建成投产", ["建成投产", "竣工投产", "投产"]),
        ("竣工", ["即将投产", "竣工", "竣工验收", "交工验收", "建成", "全面完成", "完成", "完成改造"]),
        ("投用", ["投入使用", "建成投用", "投用", "投入运营", "建成运营", "通车运营", "建成通车", "通车", "对外开放"]),
        ("签约落地", ["签约", "落地", "签约落地", "落地实施", "引进", "引进了", "招商"]),
        ("前期", ["前期工作", "前期", "谋划", "策划", "储备"]),
    ]

    /// The normalised status of a status written `word`.
    static func normalizedStatus(_ word: String) -> String {
        statusVocabulary.first { $0.words.contains(word) }?.status ?? "推进"
    }

    /// ``leadWords``, longest first.
    static let leadWordsLongestFirst: [String] = leadWords.sorted { $0.count > $1.count }

    /// ``projectEndings``, longest first.
    static let projectEndingsLongestFirst: [String] = projectEndings.sorted { $0.count > $1.count }

    /// Words that lead a list of named projects and are not part of the first name.
    static let leadWords: [String] = [
        "重点跟踪推动", "开工建设", "启动建设", "再加上", "但考虑到", "考虑到", "进一步", "高起点", "高质量", "规划建设", "积极探索",
        "重点", "全力", "加快", "扎实", "深挖", "积极", "持续", "全面", "努力", "大力", "着力", "力争", "确保",
        "继续", "尽快", "优先", "跟踪", "其中", "同时", "统筹", "有序", "稳步", "抓紧", "全年", "今年", "明年",
        "在我区", "在我市", "在我县", "在全区", "在全市", "我区", "我市", "我县", "并", "还", "但", "以",
        "推动", "推进", "实施", "促进", "力促", "引导", "引进了", "引进", "完成", "新增", "开展", "打通", "围绕",
        "抓好", "做好", "谋划", "策划", "启动", "新建", "续建", "设立", "探索", "支持", "共建", "打造", "建设",
        "包括", "服务", "对", "建成",
    ]

    /// Verbs after which a project's name follows.
    static let projectVerbs: Set<String> = [
        "推动", "推进", "实施", "力促", "完成", "新增", "开展", "打通", "围绕", "抓好", "做好", "设立", "探索",
        "积极探索", "建设", "规划建设", "新建", "续建", "共建", "引进", "引进了", "引导", "开工建设", "启动建设", "建成",
    ]

    /// Endings of a project's name when no list or count says it is one.
    static let projectEndings: [String] = [
        "项目", "工程", "一期", "二期", "三期", "四期", "五期", "产业园", "园区", "基地", "小镇", "安置区",
        "治丧点", "服务区", "渔港", "道路", "段", "修缮", "重建", "扩建", "改扩建", "改造", "整治", "交易中心",
        "技术中心", "园",
    ]

    /// What follows 等 in a list of projects: 等一批项目, 等10个口袋公园, 等“梗阻路”.
    static let projectNouns: [String] = [
        "项目", "工程", "园区", "载体", "住房", "小区", "公园", "梗阻路", "基地", "场馆",
    ]

    /// Names that are a kind of project, not one.
    static let genericNames: Set<String> = [
        "项目", "工程", "重点项目", "重大项目", "在建项目", "预备项目", "新开工项目", "续建项目", "招商项目",
        "产业项目", "民生项目", "基础设施项目", "一批项目", "签约项目", "试点项目",
    ]

    /// Institutions whose buildings are listed after them: 泉港医院传染病楼、医技楼.
    static let institutions: [String] = ["医院", "卫生院", "学校", "小学", "中学", "大学", "园区", "公司", "集团"]

    // MARK: Page furniture

    /// Lines of a web page that are not the report.
    static let furniture: [String] = [
        "分享到", "字号", "打印", "关闭窗口", "关闭", "收藏", "浏览次数", "访问量", "阅读次数", "扫一扫",
        "附件下载", "相关解读", "文字解读", "图片解读", "视频解读", "访谈解读", "媒体报道", "责任编辑", "来源:",
        "【大】", "【中】", "【小】", "上一篇", "下一篇", "返回顶部", "网站地图",
    ]

    /// Labels of the metadata lines at the head of a published report.
    static let metaLabels: [(label: String, key: String)] = [
        ("索引号", "index"), ("发布机构", "office"), ("公文生成日期", "generated"), ("生成日期", "generated"),
        ("成文日期", "generated"), ("发布时间", "published"), ("发布日期", "published"), ("时间", "published"),
    ]
}
