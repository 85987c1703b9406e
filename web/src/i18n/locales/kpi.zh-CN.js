/** The inventory KPI page (/stock/kpis): merged into the Chinese messages under `kpi`. Definitions: docs/INVENTORY-KPIS.md. */
export default {
  kpi: {
    menu: '库存指标',
    title: '库存指标',
    period: '统计周期 {from} 至 {to}（{days} 天，上海时间）',
    nowHint: '资金占用与库龄按当前库存计算',
    group: { sku: 'SKU', category: '类目', warehouse: '仓库' },
    range: { from: '开始日期', to: '结束日期', last7: '近 7 天', last30: '近 30 天', last90: '近 90 天' },
    searchPlaceholder: { sku: 'SKU 编码或商品标题', category: '类目编码或名称', warehouse: '仓库编码或名称' },
    export: '导出 CSV',
    exported: '已导出 {n} 行',
    nothingToExport: '当前表格没有数据',
    chartTitle: '本页资金占用与周转天数',
    chartHint: '柱：资金占用（¥，左轴）；线：周转天数（右轴，无销量时不画点）',
    key: { sku: 'SKU 编码', category: '类目编码', warehouse: '仓库编码' },
    label: { sku: '商品', category: '类目', warehouse: '仓库' },
    uncategorised: '未分类',
    infinite: '∞（无销量）',
    measure: {
      unitsSold: '销量',
      averageOnHand: '平均库存',
      turnoverDays: '周转天数',
      sellThrough: '售罄率',
      stockAgeDays: '库龄（天）',
      capitalTiedUp: '资金占用',
      stockOutRate: '缺货率'
    },
    unit: { days: '天', units: '件' },
    definition: {
      unitsSold: '周期内 发货 + 出库 数量，减去 退货 数量。',
      averageOnHand: '（期初在库 + 期末在库）÷ 2。',
      turnoverDays: '平均库存 ÷（销量 ÷ 周期天数）；周期内无销量时为 ∞。越小周转越快。',
      sellThrough: '销量 ÷（期初在库 + 周期内收货量），收货量 = 入库 + 调入；分母为 0 时为 —。',
      stockAgeDays: '当前库存按收货（入库、退货、调入）先进先出、按在库数量加权的平均库龄（天）；与所选周期无关，无库存时为 —。',
      capitalTiedUp: '当前在库 × SKU 成本价（商品目录），人民币；与所选周期无关。',
      stockOutRate: '周期内（SKU × 天）中，当天结束时可用库存（在库 − 占用，启用仓库合计）为 0 的占比；只从 SKU 首次有库存之日起计。'
    }
  }
}
