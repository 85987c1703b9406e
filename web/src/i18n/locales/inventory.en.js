/** Inventory pages (stock, warehouses, channel allocation): merged into the English messages under `inventory`. */
export default {
  inventory: {
    menu: { stock: 'Inventory', warehouses: 'Warehouses', stockAlerts: 'Stock alerts' },
    problem: { 'insufficient-stock': 'Insufficient stock' },
    movement: {
      INBOUND: 'Inbound', OUTBOUND: 'Outbound', SHIPMENT: 'Shipment', RESERVATION: 'Reservation', RELEASE: 'Release',
      ADJUSTMENT: 'Adjustment', RETURN: 'Return', TRANSFER_OUT: 'Transfer out', TRANSFER_IN: 'Transfer in', TRANSFER: 'Transfer'
    },
    movementHint: {
      INBOUND: 'Goods received: on hand +quantity',
      OUTBOUND: 'Goods leaving without a reservation (e.g. an offline sale): on hand −quantity; needs available stock',
      SHIPMENT: 'A reserved order ships: on hand and reserved both −quantity',
      RESERVATION: 'Hold units for an order: reserved +quantity; needs available stock',
      RELEASE: 'Give held units back: reserved −quantity',
      ADJUSTMENT: 'Stock-take correction: a signed quantity (not 0)',
      RETURN: 'A customer return back on the shelf: on hand +quantity',
      TRANSFER: 'Move stock between warehouses: one request with two movements (transfer out + transfer in)'
    },
    stock: {
      searchPlaceholder: 'SKU code', allWarehouses: 'All warehouses', outOnly: 'Out of stock only',
      skuCode: 'SKU code', warehouse: 'Warehouse', onHand: 'On hand', reserved: 'Reserved', available: 'Available',
      move: 'Stock movement', moveRow: 'Move', lowHint: 'Red: out of stock, orange: 5 or fewer'
    },
    drawer: {
      title: 'SKU stock · {sku}', levels: 'Stock per warehouse', total: 'Total', noLevels: 'No stock recorded for this SKU',
      totalAvailable: 'Total available', ats: 'Available to sell per channel', atsHint: 'Available to sell = total available after each channel\'s buffer or quota',
      channel: 'Channel', atsQty: 'Available to sell', ledger: 'Stock ledger', ledgerTotal: '{n} entries'
    },
    ledger: {
      movement: 'Type', onHandDelta: 'On hand ±', reservedDelta: 'Reserved ±', after: 'After (OH/Res.)',
      reason: 'Reason', actor: 'Actor', reference: 'Reference', at: 'Time'
    },
    moveDialog: {
      title: 'Stock movement', type: 'Type', sku: 'SKU code', skuPlaceholder: 'e.g. HOM-BED-001-11',
      warehouse: 'Warehouse', source: 'From warehouse', target: 'To warehouse', quantity: 'Quantity', reason: 'Reason',
      reasonPlaceholder: 'e.g. purchase received, stock-take difference', referenceType: 'Reference type', reference: 'Reference',
      referencePlaceholder: 'Optional, e.g. PO-2026-1001', referenceTypes: {
        'purchase-order': 'Purchase order', order: 'Order', 'stock-take': 'Stock-take', transfer: 'Transfer', return: 'Return', manual: 'Manual'
      },
      current: 'Now: on hand {onHand} · reserved {reserved} · available {available}', noCurrent: 'No stock of this SKU in this warehouse yet',
      submit: 'Submit', applied: '{n} stock movement(s) applied', refused: 'Not enough stock — none of the movements was applied',
      violationLine: '#{index}: {type} {sku} · {warehouse} × {quantity}',
      violationAvailable: ' (now on hand {onHand}, available {available})',
      required: 'Required', sameWarehouse: 'The target must differ from the source', notZero: 'The quantity cannot be 0', positive: 'The quantity must be positive',
      failed: 'Submission failed'
    },
    warehouse: {
      title: 'Warehouses', new: 'New warehouse', edit: 'Edit warehouse', code: 'Code', codePlaceholder: 'Upper-case letters, digits, _ and -, e.g. SH-02',
      name: 'Name', province: 'Province', priority: 'Priority', priorityHint: 'Lower numbers are preferred when routing',
      active: 'Status', activeOn: 'Active', activeOff: 'Inactive', created: 'Warehouse created', saved: 'Warehouse saved', none: 'No warehouses'
    },
    allocation: {
      title: 'Channel allocation', hint: 'How much of the shared stock each channel may promise: hold back a buffer percentage or sell at most a fixed quota; no channel is ever promised more than is available.',
      channel: 'Channel', mode: 'Mode', value: 'Value', example: 'Sellable when 100 are available', modes: { BUFFER_PERCENT: 'Buffer %', FIXED_QUOTA: 'Fixed quota (units)' },
      saved: 'Allocation of {channel} saved', bufferRange: 'A buffer must be between 0 and 100', readOnly: 'Only users with channel:admin may change this'
    },
    safety: {
      title: 'Safety stock', none: 'No safety stock set', mode: 'Mode', modes: { FIXED: 'Fixed quantity', COMPUTED: 'Computed from demand' },
      threshold: 'Safety threshold', fixedQuantity: 'Fixed quantity', leadTimeDays: 'Lead time (days)', safetyFactor: 'Safety factor z',
      computedAt: 'computed {at}', policyFixed: 'Fixed {n} units', policyComputed: 'Lead time {l} days · safety factor {z}',
      availableVsThreshold: 'Available {available} / threshold {threshold}', below: 'Below safety stock', ok: 'Sufficient stock',
      formula: 'threshold = ⌈ d̄ × L + z × σ × √L ⌉ where d̄ and σ are the mean and standard deviation of units sold per day over the last 28 days, L the lead time in days and z the safety factor (1.65 ≈ 95 % service level). Recomputed nightly.',
      fixedHint: 'An alert is raised when the available stock falls below this', edit: 'Change safety stock', saved: 'Safety stock of {sku} saved: threshold {threshold}',
      readOnly: 'Only users with channel:admin or stock:admin may change this', openAlerts: 'Open alerts', noOpenAlerts: 'No open alerts',
      allAlerts: 'All alerts', raisedLine: 'raised {at} · threshold {threshold} · available {available}', failed: 'Saving failed'
    },
    alerts: {
      title: 'Stock alerts', openOnly: 'Open only', skuPlaceholder: 'SKU code (exact)', sku: 'SKU code',
      threshold: 'Threshold', availableAtRaise: 'Available at raise', raisedAt: 'Raised', resolvedAt: 'Resolved', availableAtResolve: 'Available at resolve',
      status: 'Status', open: 'Open', resolved: 'Resolved', acknowledged: 'Acknowledged by / at', acknowledge: 'Acknowledge',
      acknowledgedOk: 'Alert acknowledged', hint: 'An alert is raised when a SKU\'s total available falls below its safety stock and closes by itself when stock recovers; acknowledging only marks it as seen.',
      none: 'No alerts', count: '{n} open alert(s)'
    },
    check: {
      title: 'Ledger check', run: 'Ledger check', hint: 'Checks that on hand/reserved of every stock row equal the sums of its ledger (admins only)',
      consistent: 'Consistent: all {n} stock rows match their ledger', inconsistent: '{m} mismatching rows (of {n} checked)',
      ledgerOnHand: 'Ledger on hand', ledgerReserved: 'Ledger reserved'
    }
  }
}
