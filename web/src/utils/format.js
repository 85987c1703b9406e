import { messageText } from '../i18n'
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

/** Mirrors the server's TitleCounting.isWide: CJK, Hangul, full-width forms and emoji are "wide". */
function isWide(cp) {
  return cp >= 0x1100 && (cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x1f300)
}

/** Title length in the channel's units: CJK_DOUBLE counts wide characters twice, CHARACTERS counts code points. */
export function titleUnits(text, counting) {
  if (!text) return 0
  let units = 0
  for (const ch of text) {
    units += counting === 'CJK_DOUBLE' && isWide(ch.codePointAt(0)) ? 2 : 1
  }
  return units
}

const CJK = /[\u3400-\u9fff\uff00-\uffef]/

/**
 * Server messages are often bilingual, "中文 / English": keep the half for the current language.
 * Anything else is returned as it is.
 */
export function localizeMessage(message, locale) {
  if (message && typeof message === 'object') return messageText(message)
  if (typeof message !== 'string') return message
  const parts = message.split(' / ')
  if (parts.length !== 2) return message
  const [zh, en] = parts
  if (!CJK.test(zh) || CJK.test(en)) return message
  return locale === 'en' ? en : zh
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
