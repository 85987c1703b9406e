/** The inventory KPI page (/stock/kpis): merged into the English messages under `kpi`. Definitions: docs/INVENTORY-KPIS.md. */
export default {
  kpi: {
    menu: 'Inventory KPIs',
    title: 'Inventory KPIs',
    period: 'Period {from} to {to} ({days} days, Asia/Shanghai)',
    nowHint: 'Capital tied up and stock age describe the stock now',
    group: { sku: 'SKU', category: 'Category', warehouse: 'Warehouse' },
    range: { from: 'From', to: 'To', last7: 'Last 7 days', last30: 'Last 30 days', last90: 'Last 90 days' },
    searchPlaceholder: { sku: 'SKU code or product title', category: 'Category code or name', warehouse: 'Warehouse code or name' },
    export: 'Export CSV',
    exported: '{n} rows exported',
    nothingToExport: 'The table is empty',
    chartTitle: 'Capital tied up and turnover days on this page',
    chartHint: 'Bars: capital tied up (¥, left axis); line: turnover days (right axis, no point when nothing sold)',
    key: { sku: 'SKU code', category: 'Category code', warehouse: 'Warehouse code' },
    label: { sku: 'Product', category: 'Category', warehouse: 'Warehouse' },
    uncategorised: 'Uncategorised',
    infinite: '∞ (nothing sold)',
    measure: {
      unitsSold: 'Units sold',
      averageOnHand: 'Average on hand',
      turnoverDays: 'Turnover days',
      sellThrough: 'Sell-through',
      stockAgeDays: 'Stock age (days)',
      capitalTiedUp: 'Capital tied up',
      stockOutRate: 'Stock-out rate'
    },
    unit: { days: 'days', units: 'units' },
    definition: {
      unitsSold: 'Shipment + outbound quantities in the period, minus returns.',
      averageOnHand: '(On hand at the start of the period + on hand at the end) ÷ 2.',
      turnoverDays: 'Average on hand ÷ (units sold ÷ days in period); ∞ when nothing was sold. Lower means faster turnover.',
      sellThrough: 'Units sold ÷ (on hand at start + units received in the period), received = inbound + transfer in; — when the denominator is 0.',
      stockAgeDays: 'On-hand-weighted age in days of the current stock, FIFO over receipts (inbound, return, transfer in); independent of the period, — without stock.',
      capitalTiedUp: 'On hand now × SKU cost (catalog), in CNY; independent of the period.',
      stockOutRate: 'Share of SKU × days in the period that ended with 0 available (on hand − reserved, active warehouses); counted from the day the SKU first had stock.'
    }
  }
}
