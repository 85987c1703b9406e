import promoZhCN from './promo.zh-CN'

export default {
  promo: promoZhCN,
  app: { name: 'StoreOps', tagline: '电商运营中台' },
  menu: { products: '商品', listings: '渠道上架', channels: '渠道规则', import: '导入导出', users: '用户与令牌', audit: '审计日志' },
  layout: { language: '语言', languageShort: '中', logout: '退出登录', toggleMenu: '折叠/展开菜单' },
  login: {
    title: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    badCredentials: '用户名或密码错误'
  },
  common: {
    search: '搜索', reset: '重置', save: '保存', cancel: '取消', delete: '删除', edit: '编辑', create: '创建', add: '添加',
    back: '返回', refresh: '刷新', reload: '重新加载', revert: '撤销修改', done: '完成', all: '全部', yes: '是', no: '否',
    actions: '操作', createdAt: '创建时间', updatedAt: '更新时间', noData: '暂无数据', totalRows: '共 {n} 条',
    saved: '已保存', deleted: '已删除', unsaved: '有未保存的修改', confirmTitle: '请确认', conflictTitle: '数据已被修改',
    keepEditing: '继续编辑'
  },
  error: { network: '网络错误，无法连接服务器', status: '请求失败（{status}）' },
  problem: {
    'below-floor': '低于底价',
    'stale-version': '数据已被他人修改', 'illegal-transition': '不允许的状态变更', 'listing-exists': '该渠道已有上架',
    'last-admin': '不能移除最后一位管理员', 'listing-blocked': '存在阻断问题',
    validation: '数据校验未通过', 'not-found': '记录不存在', conflict: '操作冲突', duplicate: '记录已存在', constraint: '违反数据约束',
    forbidden: '没有权限', unauthenticated: '请先登录', csrf: '安全令牌失效，请重试', internal: '服务器内部错误',
    'login-failed': '登录失败', 'login-locked': '登录失败次数过多，请稍后再试', 'payload-too-large': '内容过大',
    'malformed-json': '请求格式错误', 'unreadable-body': '请求内容无法读取'
  },
  status: { DRAFT: '草稿', READY: '待上架', LISTED: '已上架', DELISTED: '已下架' },
  severity: { BLOCKING: '阻断', WARNING: '警告' },
  roles: { ADMIN: '管理员', OPERATIONS: '运营', ANALYST: '分析师', SERVICE_AGENT: '客服', WAREHOUSE: '仓储' },
  channelNames: { TMALL: '天猫', JD: '京东', DOUYIN: '抖音', WEBSHOP: '官网商城', WEB: '官网商城' },
  product: {
    new: '新建商品', newTitle: '新建商品', editTitle: '编辑商品',
    searchPlaceholder: '标题 / SPU / SKU / 条码', allCategories: '全部类目', allChannels: '全部渠道', allStatuses: '全部上架状态',
    exportXlsx: '导出 Excel', exportCsv: '导出 CSV',
    image: '主图', spuCode: 'SPU 编码', titleField: '商品标题', category: '类目', brand: '品牌', brandPlaceholder: '选择或输入品牌',
    priceRange: '价格区间', skuCount: 'SKU 数', channelListings: '渠道上架', noListings: '未上架',
    basic: '基本信息', images: '商品图片', mainImage: '主图', makeMain: '设为主图', imageUrlPlaceholder: '图片地址 https://…', addImage: '添加图片',
    attributes: '商品属性', addAttribute: '添加属性', attrName: '属性名', attrValue: '属性值', required: '必填', noAttributes: '暂无属性',
    requiredAttributes: '该类目必填属性：{list}',
    skus: 'SKU', addSku: '添加 SKU', addSpec: '添加规格', specPlaceholder: '规格名，如 颜色', removeSpec: '删除该规格列',
    skuCode: 'SKU 编码', barcode: '条码', cost: '成本价', listPrice: '标价', margin: '毛利率', noSkus: '暂无 SKU，请添加',
    description: '详情描述（HTML）', descriptionPlaceholder: '<p>商品详情…</p>',
    previewSaved: '预览（服务器保存并清洗后的内容）', previewStale: '有未保存的修改，保存后更新预览', previewEmpty: '保存后在此预览详情',
    versionInfo: '版本 {version} · 更新于 {at}', fixErrors: '请修正以下错误',
    conflict: '该商品已被其他人修改，您的保存未生效。重新加载最新数据？（未保存的修改将丢失）',
    deleteConfirm: '确定删除商品「{title}」吗？此操作不可恢复。'
  },
  listing: {
    exportXlsx: '导出 Excel', exportCsv: '导出 CSV',
    title: '渠道上架详情', channel: '渠道', status: '状态', score: '完整度', product: '商品', listingTitle: '渠道标题', price: '售价',
    images: '图片（{n} 张，至少 {min} 张）', content: '上架内容', transitions: '状态流转',
    to: { READY: '提交待上架', LISTED: '上架', DELISTED: '下架', DRAFT: '退回草稿' },
    titleCount: '长度 {n} / {max}', countingHint: { CJK_DOUBLE: '中文及全角字符计 2，其他计 1', CHARACTERS: '每个字符计 1' },
    minMarginHint: '最低毛利率 {n}%',
    violationsTitle: '规则检查', violationCount: '{n} 项问题', blockingCount: '阻断 {n}', warningCount: '警告 {n}', hasBlocking: '有阻断项',
    noViolations: '全部规则通过', channelRules: '渠道规则',
    fields: { title: '标题', price: '价格', images: '图片', detail: '详情', attributes: '属性', skus: 'SKU' },
    productContent: '来自商品资料的问题', editProduct: '编辑商品',
    open: '打开', create: '创建上架', created: '已在 {channel} 创建草稿', notOnChannels: '尚未上架的渠道',
    savedWithScore: '已保存，完整度 {score}', transitioned: '状态已变更为 {status}',
    blockedTransition: '存在 {n} 项阻断问题，无法流转', transitionUsesSaved: '状态流转基于已保存的内容',
    conflict: '该上架信息已被其他人修改，您的保存未生效。重新加载最新数据？',
    blockingOnly: '仅看有阻断项', searchPlaceholder: '标题 / 商品'
  },
  validation: {
    button: '校验整个渠道', title: '渠道校验', run: '开始校验', ranFor: '{channel} 的校验结果', pick: '选择渠道后开始校验',
    listings: '上架数', blocked: '被阻断', averageScore: '平均完整度', violations: '问题总数', passing: '可上架',
    byCode: '按规则统计问题', share: '阻断占比', worst: '完整度最低的上架'
  },
  categoryRules: {
    title: '类目必填属性',
    hint: '上架时商品（或其全部 SKU）须填写这些属性；子类目继承上级类目的要求。',
    category: '类目',
    inherited: '继承自上级',
    own: '本类目要求',
    addPlaceholder: '输入属性名后回车',
    saved: '类目必填属性已保存，相关铺货已重新校验'
  },
  channel: {
    add: '新增渠道', code: '渠道编码', codePlaceholder: '如 KUAISHOU', name: '渠道名称', rules: '上架规则',
    enabled: '已启用', disabled: '已停用', none: '暂无渠道', saved: '渠道规则已保存', created: '渠道已创建',
    titleCounting: '标题计数方式', counting: { CJK_DOUBLE: '中文计 2（CJK_DOUBLE）', CHARACTERS: '按字符（CHARACTERS）' },
    titleUnits: '标题长度', min: '最短', max: '最长', maxTitleUnits: '标题最长', minImages: '最少主图数', minMarginPercent: '最低毛利率 %',
    requireDetail: '必须有详情页', forbiddenWords: '违禁词', noWords: '暂无违禁词', wordPlaceholder: '输入违禁词，可用逗号分隔多个'
  },
  import: {
    history: '最近导入', historyEmpty: '暂无导入记录', fileName: '文件名', uploader: '上传人', time: '时间', products: '商品', skus: 'SKU', totalRows: '行数', errorCount: '错误数', show: '查看', refresh: '刷新',
    exportTitle: '导出全部商品', exportHint: '导出全部商品及其 SKU。按条件导出请在商品列表中操作。',
    step1: '1. 下载模板', step2: '2. 上传文件', step3: '3. 导入进度',
    templateHint: '每行一个 SKU，同一 SPU 编码的行合并为一个商品。支持 Excel (xlsx) 与 CSV (UTF-8)。',
    templateXlsx: 'Excel 模板', templateCsv: 'CSV 模板',
    drop: '将文件拖到此处，或点击选择文件', atomicHint: '先校验全部行：任何一行有错误则整个文件不导入。',
    noJob: '尚未上传文件', rows: '已处理 {processed} / {total} 行', startedAt: '开始于', finishedAt: '完成于',
    status: { VALIDATING: '校验中', IMPORTING: '导入中', COMPLETED: '已完成', FAILED: '失败' },
    completed: '导入完成', counts: '共 {rows} 行，导入 {products} 个商品、{skus} 个 SKU',
    failed: '发现 {n} 处错误，未导入任何数据', downloadErrors: '下载错误报告 (CSV)',
    row: '行号', column: '列', message: '错误信息', viewProducts: '查看商品'
  },
  users: {
    title: '用户', new: '新建用户', edit: '编辑用户', username: '用户名', displayName: '显示名称', password: '初始密码', roles: '角色',
    enabled: '启用', resetPassword: '重置密码', resetPasswordFor: '重置 {name} 的密码', newPassword: '新密码',
    passwordReset: '密码已重置', deleteConfirm: '确定删除用户 {name} 吗？'
  },
  tokens: {
    title: 'API 令牌', new: '创建令牌', name: '名称', role: '角色', prefix: '令牌前缀', createdBy: '创建人', lastUsed: '最近使用',
    status: '状态', active: '有效', revoked: '已吊销', revoke: '吊销', revokedMsg: '令牌已吊销', revokeConfirm: '确定吊销令牌 {name} 吗？使用它的集成将立即失效。',
    createdTitle: '令牌已创建', onceWarning: '令牌只显示这一次，请立即复制并妥善保存。', copy: '复制', copied: '已复制', copyFailed: '复制失败，请手动选择复制'
  },
  audit: {
    export: '导出 CSV',
    at: '时间', actor: '操作人', action: '动作', entityType: '对象类型', entityId: '对象 ID', summary: '摘要',
    actions: { CREATE: '创建', UPDATE: '修改', DELETE: '删除', TRANSITION: '状态流转', IMPORT: '导入', REVOKE: '吊销' },
    types: { product: '商品', listing: '渠道上架', channel: '渠道', category: '类目', user: '用户', 'api-token': 'API 令牌' },
    from: '开始日期', to: '结束日期', today: '今天', last7: '最近 7 天', last30: '最近 30 天', tz: '北京时间 (UTC+8)',
    before: '修改前', after: '修改后', none: '（无）'
  },
  notFound: {
    title: '页面不存在', text: '找不到 {path}', home: '返回商品列表',
    forbiddenTitle: '没有权限', forbiddenText: '您的角色无权访问此页面，请联系管理员。'
  }
}
