const TZ = 'Asia/Shanghai'
const moneyFormat = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' })
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
})

/** `2026-01-05 14:03:22` in Asia/Shanghai, whatever the browser's zone. */
export function formatDateTime(value) {
  if (!value) return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  const p = Object.fromEntries(partsFormat.formatToParts(date).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`
}

/** `¥1,299.00` */
export function formatMoney(value) {
  if (value === null || value === undefined || value === '') return ''
  const n = Number(value)
  return Number.isFinite(n) ? moneyFormat.format(n) : String(value)
}

export function formatPriceRange(min, max) {
  if (min === null || min === undefined) return ''
  if (max === null || max === undefined || Number(min) === Number(max)) return formatMoney(min)
  return `${formatMoney(min)} – ${formatMoney(max)}`
}

const WIDE = /[\u1100-\u115F\u2E80-\u303F\u3040-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/

/** Title length in the channel's units: CJK_DOUBLE counts CJK/full-width characters twice. */
export function titleUnits(text, counting) {
  if (!text) return 0
  let units = 0
  for (const ch of text) {
    units += counting === 'CJK_DOUBLE' && WIDE.test(ch) ? 2 : 1
  }
  return units
}

export function scoreColor(score) {
  if (score === null || score === undefined) return '#909399'
  if (score >= 80) return '#67c23a'
  if (score >= 60) return '#e6a23c'
  return '#f56c6c'
}

export const STATUS_TAG = { DRAFT: 'info', READY: 'warning', LISTED: 'success', DELISTED: 'danger' }

export const LISTING_STATUSES = ['DRAFT', 'READY', 'LISTED', 'DELISTED']

/** Allowed listing transitions (docs/API.md). */
export const NEXT_STATES = {
  DRAFT: ['READY'],
  READY: ['LISTED', 'DRAFT'],
  LISTED: ['DELISTED'],
  DELISTED: ['LISTED', 'DRAFT']
}

export const ROLES = ['ADMIN', 'OPERATIONS', 'ANALYST', 'SERVICE_AGENT', 'WAREHOUSE']

/** Drops empty values so they do not end up in URLs. */
export function compact(obj) {
  const out = {}
  for (const [k, v] of Object.entries(obj)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) out[k] = v
  }
  return out
}
