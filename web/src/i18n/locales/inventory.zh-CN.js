/** Inventory pages (库存、仓库、渠道分配): merged into the zh-CN messages under `inventory`. */
export default {
  inventory: {
    menu: { stock: '库存', warehouses: '仓库与分配', stockAlerts: '库存预警' },
    problem: { 'insufficient-stock': '库存不足' },
    movement: {
      INBOUND: '入库', OUTBOUND: '出库', SHIPMENT: '发货', RESERVATION: '预占', RELEASE: '释放预占',
      ADJUSTMENT: '盘点调整', RETURN: '退货入库', TRANSFER_OUT: '调拨出库', TRANSFER_IN: '调拨入库', TRANSFER: '调拨'
    },
    movementHint: {
      INBOUND: '采购或补货到仓：在库 +数量',
      OUTBOUND: '无预占直接出库（如线下销售）：在库 −数量，需有可用库存',
      SHIPMENT: '已预占订单发货：在库与预占同时 −数量',
      RESERVATION: '为订单锁定库存：预占 +数量，需有可用库存',
      RELEASE: '取消订单归还预占：预占 −数量',
      ADJUSTMENT: '盘点纠正：数量可正可负（不能为 0）',
      RETURN: '客户退货重新上架：在库 +数量',
      TRANSFER: '从源仓调拨到目标仓：一次提交两条变动（调拨出库 + 调拨入库）'
    },
    stock: {
      searchPlaceholder: 'SKU 编码', allWarehouses: '全部仓库', outOnly: '只看缺货',
      skuCode: 'SKU 编码', warehouse: '仓库', onHand: '在库', reserved: '预占', available: '可用',
      move: '库存变动', moveRow: '变动', lowHint: '红色为缺货，橙色为 ≤5 件'
    },
    drawer: {
      title: 'SKU 库存 · {sku}', levels: '各仓库存', total: '合计', noLevels: '该 SKU 暂无库存记录',
      totalAvailable: '总可用', ats: '各渠道可售', atsHint: '可售 = 总可用按渠道的缓冲比例或固定配额计算',
      channel: '渠道', atsQty: '可售数量', ledger: '库存流水', ledgerTotal: '共 {n} 条'
    },
    ledger: {
      movement: '类型', onHandDelta: '在库变动', reservedDelta: '预占变动', after: '变动后 在库/预占',
      reason: '原因', actor: '操作人', reference: '关联单据', at: '时间'
    },
    moveDialog: {
      title: '库存变动', type: '变动类型', sku: 'SKU 编码', skuPlaceholder: '如 HOM-BED-001-11',
      warehouse: '仓库', source: '源仓库', target: '目标仓库', quantity: '数量', reason: '原因',
      reasonPlaceholder: '如：采购到货、盘点差异、线下销售', referenceType: '单据类型', reference: '单据号',
      referencePlaceholder: '可选，如 PO-2026-1001', referenceTypes: {
        'purchase-order': '采购单', order: '订单', 'stock-take': '盘点单', transfer: '调拨单', return: '退货单', manual: '手工'
      },
      current: '当前：在库 {onHand} · 预占 {reserved} · 可用 {available}', noCurrent: '该仓库暂无此 SKU 的库存记录',
      submit: '提交', applied: '已执行 {n} 条库存变动', refused: '库存不足，全部变动均未执行',
      violationLine: '第 {index} 条：{type} {sku} · {warehouse} × {quantity}',
      violationAvailable: '（当前在库 {onHand}，可用 {available}）',
      required: '必填', sameWarehouse: '目标仓库须不同于源仓库', notZero: '数量不能为 0', positive: '数量须大于 0',
      failed: '提交失败'
    },
    warehouse: {
      title: '仓库', new: '新建仓库', edit: '编辑仓库', code: '编码', codePlaceholder: '大写字母、数字、_ 和 -，如 SH-02',
      name: '名称', province: '省份', priority: '优先级', priorityHint: '数字越小，路由越优先',
      active: '状态', activeOn: '启用', activeOff: '停用', created: '仓库已创建', saved: '仓库已保存', none: '暂无仓库'
    },
    allocation: {
      title: '渠道库存分配', hint: '各渠道可承诺的库存：按缓冲比例保留一部分，或最多销售固定配额；任何渠道都不会超过总可用。',
      channel: '渠道', mode: '方式', value: '数值', example: '示例：总可用 100 时可售', modes: { BUFFER_PERCENT: '缓冲比例 %', FIXED_QUOTA: '固定配额（件）' },
      saved: '{channel} 的分配已保存', bufferRange: '缓冲比例须在 0–100 之间', readOnly: '仅有 channel:admin 权限的用户可修改'
    },
    safety: {
      title: '安全库存', none: '尚未设置安全库存', mode: '方式', modes: { FIXED: '固定数量', COMPUTED: '按需求计算' },
      threshold: '安全库存阈值', fixedQuantity: '固定数量', leadTimeDays: '补货周期（天）', safetyFactor: '安全系数 z',
      computedAt: '计算于 {at}', policyFixed: '固定 {n} 件', policyComputed: '补货周期 {l} 天 · 安全系数 {z}',
      availableVsThreshold: '可用 {available} / 阈值 {threshold}', below: '低于安全库存', ok: '库存充足',
      formula: '阈值 = ⌈ d̄ × L + z × σ × √L ⌉：d̄、σ 为近 28 天每日销量的均值与标准差，L 为补货周期（天），z 为安全系数（1.65 ≈ 95 % 服务水平）。每晚按最新销量重新计算。',
      fixedHint: '可用库存低于该数量时触发预警', edit: '修改安全库存', saved: '{sku} 的安全库存已保存：阈值 {threshold}',
      readOnly: '仅有 channel:admin 或 stock:admin 权限的用户可修改', openAlerts: '未关闭的预警', noOpenAlerts: '暂无未关闭的预警',
      allAlerts: '查看全部预警', raisedLine: '{at} 触发 · 阈值 {threshold} · 当时可用 {available}', failed: '保存失败'
    },
    alerts: {
      title: '库存预警', openOnly: '只看未关闭', skuPlaceholder: 'SKU 编码（精确匹配）', sku: 'SKU 编码',
      threshold: '阈值', availableAtRaise: '触发时可用', raisedAt: '触发时间', resolvedAt: '恢复时间', availableAtResolve: '恢复时可用',
      status: '状态', open: '未关闭', resolved: '已恢复', acknowledged: '确认人 / 时间', acknowledge: '确认',
      acknowledgedOk: '预警已确认', hint: 'SKU 的总可用低于安全库存时触发一条预警，库存恢复后自动关闭；确认只表示已知悉，不会关闭预警。',
      none: '暂无预警', count: '{n} 条未关闭的预警'
    },
    check: {
      title: '账实核对', run: '账实核对', hint: '逐行核对库存记录的在库/预占是否等于流水累计（仅管理员）',
      consistent: '一致：已核对 {n} 行库存，全部与流水相符', inconsistent: '发现 {m} 行不一致（共核对 {n} 行）',
      ledgerOnHand: '流水在库', ledgerReserved: '流水预占'
    }
  }
}
