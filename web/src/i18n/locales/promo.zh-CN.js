/** Promotion pages (issue 5: promotions, coupons, campaigns, price preview, try a cart), in Chinese; merged under `promo`. */
export default {
  menu: { group: '营销', promotions: '促销活动', coupons: '优惠券', campaigns: '大促日历', preview: '价格预演', tryCart: '试算购物车' },
  common: { tz: '时间为北京时间', exportCsv: '导出 CSV', exported: '已导出 {n} 行', nothingToExport: '没有可导出的数据', rateFmt: '{r}折' },
  type: {
    FULL_REDUCTION: '满减', EVERY_REDUCTION: '每满减', QUANTITY_DISCOUNT: '满件折', GIFT: '满赠', FLASH_DISCOUNT: '限时折扣',
    N_FOR_M: 'N件M折', NTH_UNIT: '第N件M折', BUNDLE: '套装价', MEMBER_PRICE: '会员价'
  },
  typeHint: {
    FULL_REDUCTION: '订单满额减，可设多档，如 满200减20、满300减40',
    EVERY_REDUCTION: '每满一定金额减一次，可设封顶，如 每满100减10，最多减50',
    QUANTITY_DISCOUNT: '件数达标打折，可设多档，如 满2件9折、满3件8.5折',
    GIFT: '满额或满件赠送商品（库存不足时不赠）',
    FLASH_DISCOUNT: '活动时段内直接打折或设一口价',
    N_FOR_M: '买 N 件整体按 M 折，如 2件8折',
    NTH_UNIT: '第 N 件按 M 折，如 第二件半价（N=2，M=5）',
    BUNDLE: '指定商品组合按套装价出售',
    MEMBER_PRICE: '指定会员等级购买指定 SKU 享受会员价'
  },
  status: { DRAFT: '草稿', ACTIVE: '已启用', PAUSED: '已暂停', ENDED: '已结束' },
  phase: { DRAFT: '草稿', UPCOMING: '未开始', RUNNING: '进行中', PAUSED: '已暂停', ENDED: '已结束' },
  tier: { NORMAL: '普通会员', SILVER: '银卡', GOLD: '金卡', PLATINUM: '铂金卡' },
  field: {
    name: '活动名称', type: '活动类型', window: '活动时间', startsAt: '开始时间', endsAt: '结束时间', priority: '优先级',
    priorityHint: '0–999，数字大的先计算', exclusionGroup: '互斥组', exclusionPlaceholder: '如 ORDER-A',
    exclusionHint: '同一互斥组内的活动只生效一个（优惠大的）', campaign: '所属大促', noCampaign: '不属于大促'
  },
  scope: {
    items: '适用商品', all: '全部商品', categories: '指定类目', skus: '指定 SKU', pickCategories: '选择类目（可多选）',
    skusPlaceholder: '每行一个 SKU 编码，可直接从 Excel 粘贴', channels: '适用渠道', channelsHint: '不选 = 全部渠道',
    allChannels: '全渠道', memberTiers: '会员等级', anyTier: '不限会员等级'
  },
  rule: {
    threshold: '门槛金额', off: '减', full: '满', minus: '减', units: '件', minUnits: '最少件数', rate: '折扣', zhe: '折',
    addTier: '添加一档', fullReductionHint: '每档：订单金额满「门槛」减「减额」；档位按门槛从低到高，减额须小于门槛',
    quantityHint: '每档：满「件数」打「折扣」（8.5 = 付 85%）；件数从少到多，折扣越来越低',
    every: '每满', cap: '封顶', noCap: '不封顶', giftBasis: '赠送条件', byAmount: '满金额', byUnits: '满件数',
    giftSku: '赠品 SKU', giftQuantity: '赠送数量', flashMode: '折扣方式', byRate: '按折扣', byFixed: '一口价', fixedPrice: '一口价',
    nForMHint: '买满 N 件，这 N 件整体打 M 折', nthHint: '每买 N 件，其中第 N 件打 M 折', nUnits: 'N（件数）', nth: '第 N 件',
    halfPrice: '即「第二件半价」', skuCode: 'SKU 编码', quantity: '数量', addItem: '添加商品', bundlePrice: '套装价', tier: '会员等级',
    memberPrice: '会员价', addPrice: '添加一行', n: 'N', price: '价格', every_: '每满', items: '套装商品', prices: '会员价', tiers: '档位'
  },
  v: {
    required: '必填', money: '请输入大于 0 的金额，最多两位小数', count: '请输入正整数', rate: '折扣须大于 0 且不超过 10',
    rateBelow10: '折扣须大于 0 且小于 10', offBelowThreshold: '减额须小于门槛', offBelowEvery: '减额须小于「每满」金额',
    tiersAscending: '门槛须从低到高、不能重复', offAscending: '高档位的减额须大于低档位', rateDescending: '件数越多折扣须越低',
    tiersRequired: '至少一档', capAtLeastOff: '封顶金额不能小于单次减额', nAtLeast2: 'N 须为不小于 2 的整数',
    bundleItems: '套装至少两件商品', duplicateSku: 'SKU 重复', pricesRequired: '至少一行会员价',
    endAfterStart: '结束时间须晚于开始时间', priority: '优先级须为 0–999 的整数', scopeEmpty: '请选择类目或填写 SKU',
    perUser: '须为 1–100 的整数',
    days: '请输入 1–3650 的天数'
  },
  list: {
    title: '促销活动', new: '新建活动', searchPlaceholder: '活动名称', allStatuses: '全部状态', allTypes: '全部类型',
    allChannels: '全部渠道', from: '开始日期', to: '结束日期', summary: '规则摘要', scope: '适用范围', until: '至', phase: '阶段',
    status: '状态', approved: '已审批破价', none: '没有符合条件的活动', inCampaign: '大促 #{id}',
    nCategories: '{n} 个类目', nSkus: '{n} 个 SKU'
  },
  action: {
    activate: '启用', pause: '暂停', end: '结束', activated: '「{name}」已启用',
    activateConfirm: '启用活动「{name}」？', pauseConfirm: '暂停活动「{name}」？暂停期间不再计算优惠。',
    endConfirm: '结束活动「{name}」？结束后不能再启用。'
  },
  editor: {
    newTitle: '新建促销活动', editTitle: '编辑促销活动', basics: '基本信息', rule: '优惠规则（{type}）', saved: '已保存',
    fixErrors: '请先修正标红的字段', versionInfo: '版本 {version} · 更新于 {at}',
    conflict: '该活动已被其他人修改，您的保存未生效。重新加载最新数据？（未保存的修改将丢失）',
    approvedBy: '{who} 于 {at} 审批允许破价'
  },
  check: {
    title: '实时检查', intro: '修改时自动检查：规则是否有效、会不会让商品卖到底价以下、与哪些活动同时生效。',
    fixFields: '{n} 处需要修正', allGood: '规则有效，没有破价，没有冲突', belowFloor: '{n} 个 SKU 会低于底价',
    belowFloorHint: '启用时需要有审批权限的人确认', conflicts: '与 {n} 个活动重叠', rowField: '第 {row} 行 {field}',
    serverRejected: '服务器校验未通过，请看标红的字段'
  },
  floor: {
    sku: 'SKU', title: '商品', listPrice: '标价', cost: '成本', floor: '底价', lowest: '最低成交价', how: '怎么算出来的',
    dialogTitle: '低于底价', dialogIntro: '有 {n} 个 SKU 的最低成交价会低于底价（成本 ×（1 + 类目最低毛利率））',
    notePlaceholder: '审批说明（如：清仓、引流款，已与财务确认）', needApprover: '需要有「促销审批」权限的人审批后才能启用。',
    approveAndActivate: '审批破价并启用', approveAndLaunch: '审批破价并上线'
  },
  coupon: {
    title: '优惠券', new: '新建优惠券', editTitle: '编辑优惠券', tabTemplates: '券模板', tabClaims: '领取记录',
    searchPlaceholder: '券名称', allKinds: '全部券种', allTemplates: '全部券模板', name: '券名称', kindLabel: '券种',
    kind: { SHOP: '店铺券', PRODUCT: '商品券' },
    kindHint: { SHOP: '全店通用（可限渠道、会员等级）', PRODUCT: '仅限指定类目或 SKU' },
    status: { DRAFT: '草稿', ACTIVE: '发放中', PAUSED: '已暂停' },
    claimStatus: { USABLE: '可使用', REDEEMED: '已核销', EXPIRED: '已过期' },
    threshold: '使用门槛', noThreshold: '无门槛', value: '面额', byAmount: '立减金额', byRate: '折扣', cap: '最多减',
    validity: '有效期', fixedWindow: '固定时间', daysAfterClaim: '领取后 N 天', days: '天', daysAfterClaimN: '领取后 {n} 天内有效',
    autoIssue: '下单返券', autoIssueOn: '自动', autoIssueHint: '每笔新订单自动发给买家（按手机号识别，受每人限领约束）',
    totalQuantity: '发行总量', perUserLimit: '每人限领', issued: '已发放', issuedOfTotal: '已发放/总量', redeemed: '已核销',
    issue: '定向发放', issueTitle: '定向发放「{name}」', issueHint: '粘贴顾客 ID，每行一个（也可用逗号、空格分隔），重复的只发一次。',
    issuePlaceholder: 'C10001\nC10002\nC10003', issueCount: '共 {n} 个顾客', issuedN: '已发放 {n} 张，跳过 {skipped} 个',
    skipReason: '跳过原因', customerId: '顾客 ID', claimedAt: '领取时间', validFrom: '生效时间', validUntil: '失效时间',
    redeemedAt: '核销时间', orderRef: '订单号', redeem: '核销', redeemPrompt: '核销券 #{id}，请输入订单号',
    none: '还没有优惠券', productNeedsScope: '商品券须指定类目或 SKU'
  },
  preview: {
    title: '价格预演', intro: '所选时段内各 SKU 叠加所有活动后可能的最低成交价，与底价比较',
    searchPlaceholder: 'SKU / 商品标题', belowOnly: '只看破价', category: '类目', flag: '底价检查', belowFloor: '破价', ok: '正常'
  },
  margins: {
    title: '类目最低毛利率', intro: '底价 = 成本 ×（1 + 最低毛利率）；类目未设置时用默认值。', default: '默认',
    addCategory: '添加类目', minMargin: '最低毛利率', inherit: '用默认', saved: '毛利率已保存，价格预演已刷新'
  },
  cart: {
    title: '试算购物车', intro: '模拟一单：看每行怎么算、哪些活动生效、为什么没生效', example: '填入示例', clear: '清空',
    channel: '渠道', memberTier: '会员等级', noTier: '非会员', customerId: '顾客 ID', optional: '可选', at: '下单时间', now: '现在',
    sku: 'SKU', qty: '数量', unitPrice: '单价', listPrice: '默认标价', skuPlaceholder: 'SKU 编码', addLine: '添加一行',
    coupons: '优惠券', couponsPlaceholder: '领取记录 ID（不选则自动用该顾客可用的券）', quote: '试算',
    subtotal: '商品总额', discount: '优惠合计', total: '应付', listUnit: '标价', itemUnit: '单品价', afterItem: '单品后',
    afterMultiBuy: '多件优惠后', orderDiscount: '订单优惠', couponDiscount: '券优惠', final: '实付', explanation: '说明',
    applied: '生效的优惠（{n}）', noneApplied: '没有优惠生效', notInScope: '另有 {n} 个进行中的活动与此购物车无关（渠道、会员等级或商品不适用）', notApplied: '未生效（{n}）', allocation: '分摊', gifts: '赠品',
    source: { LIST: '标价', MEMBER: '会员价', FLASH: '限时折扣' },
    stage: { 1: '单品', 2: '多件', 3: '订单', 4: '优惠券' }
  },
  campaign: {
    title: '大促日历', detailTitle: '大促详情', new: '新建大促', tabCalendar: '日历', tabList: '列表', today: '今天',
    multiChannel: '多渠道（圆点为渠道）', month: '月', week: '周', kindCampaign: '大促（黑框）', name: '大促名称', description: '说明',
    dow: { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' },
    status: { PLANNING: '筹备中', PENDING_APPROVAL: '待审批', APPROVED: '已审批', LIVE: '进行中', ENDED: '已结束' },
    checklist: '上线检查清单', checklistHint: '创建后自动生成标准清单：选品、库存检查、页面搭建、客服话术、多端测试。',
    none: '没有大促', approvedBy: '审批人', approvedInfo: '{who} 于 {at} 审批', fields: '基本信息',
    doneOf: '已完成 {done}/{total}', addTask: '添加任务', task: '任务', kind: '类型', owner: '负责人', dueAt: '截止时间',
    overdue: '已逾期', overdueN: '{n} 项逾期', doneBy: '{who} 完成于 {at}',
    taskKind: { PRODUCT_SELECTION: '选品', STOCK_CHECK: '库存检查', PAGE_SETUP: '页面搭建', CS_SCRIPT: '客服话术', MULTI_TERMINAL_TEST: '多端测试', OTHER: '其他' },
    promotions: '包含的活动（{n}）', noPromotions: '还没有活动，点「新建活动」添加', expected: '预计销量',
    expectedHint: '填写各 SKU 预计销量，保存后右侧比对可用库存', expectedUnits: '预计件数', addSku: '添加 SKU',
    stockCheck: '库存检查', available: '可用库存', shortfall: '缺口', noExpected: '先填写预计销量',
    submit: '提交审批', submitBlocked: '还有 {n} 项检查未完成', approve: '审批通过', waitingApproval: '等待审批',
    launch: '上线', end: '结束', launchConfirm: '上线「{name}」？将启用其中所有活动。', endConfirm: '结束「{name}」？',
    did: { submit: '已提交审批', approve: '已审批', launch: '已上线', end: '已结束' }
  },
  problem: { 'below-floor': '低于底价' }
}
