import { ElMessage } from 'element-plus'
import { http } from './http'
import { i18n, messageText } from '../i18n'
import { formatDateTime } from '../utils/format'
import { saveCsv } from '../utils/csv'

/** Promotions, coupons, pricing and campaigns (issue 5): constants and helpers shared by the promotion pages. */

export const PROMO_TYPES = [
  'FULL_REDUCTION',
  'EVERY_REDUCTION',
  'QUANTITY_DISCOUNT',
  'GIFT',
  'FLASH_DISCOUNT',
  'N_FOR_M',
  'NTH_UNIT',
  'BUNDLE',
  'MEMBER_PRICE'
]
export const PROMO_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED', 'ENDED']
export const PROMO_PHASES = ['DRAFT', 'UPCOMING', 'RUNNING', 'PAUSED', 'ENDED']
export const PHASE_TAG = { DRAFT: 'info', UPCOMING: 'warning', RUNNING: 'success', PAUSED: 'danger', ENDED: 'info' }
export const CHANNELS = ['TMALL', 'JD', 'DOUYIN', 'WEBSHOP']
export const MEMBER_TIERS = ['NORMAL', 'SILVER', 'GOLD', 'PLATINUM']
export const CHANNEL_COLORS = { TMALL: '#ff5000', JD: '#e1251b', DOUYIN: '#161823', WEBSHOP: '#409eff', ALL: '#67c23a', MULTI: '#5b6b82' }
export const COUPON_KINDS = ['SHOP', 'PRODUCT']
export const TEMPLATE_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED']
export const CLAIM_STATUSES = ['USABLE', 'REDEEMED', 'EXPIRED']
export const CAMPAIGN_STATUSES = ['PLANNING', 'PENDING_APPROVAL', 'APPROVED', 'LIVE', 'ENDED']
export const CAMPAIGN_TAG = { PLANNING: 'info', PENDING_APPROVAL: 'warning', APPROVED: '', LIVE: 'success', ENDED: 'info' }
export const TASK_KINDS = ['PRODUCT_SELECTION', 'STOCK_CHECK', 'PAGE_SETUP', 'CS_SCRIPT', 'MULTI_TERMINAL_TEST', 'OTHER']

/** Shanghai wall time `2026-01-05 14:03:00` (what the date pickers hold) → ISO instant; '' / null → null. */
export function toInstant(wall) {
  if (!wall) return null
  const s = String(wall).trim().replace(' ', 'T')
  const withSeconds = /T\d{2}:\d{2}$/.test(s) ? `${s}:00` : s
  const d = new Date(/T/.test(withSeconds) ? `${withSeconds}+08:00` : `${withSeconds}T00:00:00+08:00`)
  return Number.isNaN(d.getTime()) ? null : d.toISOString()
}

/** ISO instant → Shanghai wall time for the pickers. */
export function toWall(instant) {
  return instant ? formatDateTime(instant) : ''
}

/** Shanghai calendar day `2026-01-05` of an instant or Date. */
export function shanghaiDay(value) {
  return formatDateTime(value).slice(0, 10)
}

/** A number from a form string ('' → null); NaN stays NaN so validation can flag it. */
export function num(value) {
  if (value === null || value === undefined) return null
  const s = String(value).trim()
  if (s === '') return null
  return Number(s)
}

/** Form string for a number (null → ''). */
export function str(value) {
  return value === null || value === undefined ? '' : String(value)
}

export const money = (v) => (v === null || v === undefined || v === '' ? '' : Number(v).toFixed(2))

/** `8.5折` / `8.5 off-rate` */
export function rateText(rate) {
  if (rate === null || rate === undefined || rate === '') return ''
  return i18n.global.t('promo.common.rateFmt', { r: Number(rate) })
}

/** Localised promotion type. */
export function typeName(type) {
  const key = `promo.type.${type}`
  return i18n.global.te(key) ? i18n.global.t(key) : type
}

export function tierName(tier) {
  const key = `promo.tier.${tier}`
  return i18n.global.te(key) ? i18n.global.t(key) : tier
}

/** Fetches every page of a paged list (for exports), up to `limit` rows. */
async function fetchAll(path, params, limit = 5000) {
  const size = 200
  const out = []
  for (let page = 0; out.length < limit; page++) {
    const res = await http.get(path, { params: { ...params, page, size } })
    const items = res.data.items || []
    out.push(...items)
    if (items.length < size || out.length >= (res.data.total ?? 0)) break
  }
  return out
}

/** Downloads rows as CSV, UTF-8 with a BOM so that Excel reads the Chinese text. */
export function downloadCsv(fileName, header, rows) {
  const t = i18n.global.t
  if (!rows.length) {
    ElMessage.info(t('promo.common.nothingToExport'))
    return
  }
  saveCsv(fileName, header, rows)
  ElMessage.success(t('promo.common.exported', { n: rows.length }))
}

/** True when a problem's `type` ends with the given slug (e.g. `below-floor`). */
export function problemIs(error, slug) {
  const type = error && error.problem && typeof error.problem.type === 'string' ? error.problem.type : ''
  return type.endsWith(`/${slug}`) || type === slug
}

/** A server-sent explanation (a message {code, args}, or a list of them) as one line in the user's language. */
export function explain(value) {
  if (value === null || value === undefined) return ''
  return (Array.isArray(value) ? value : [value]).map(messageText).join('；')
}

// --- API ----------------------------------------------------------------------------------------------------------

export const promotionsApi = {
  list: (params) => http.get('/promotions', { params }).then((r) => r.data),
  /** Every page of the list (for exports). */
  listAll: (params) => fetchAll('/promotions', params),
  get: (id, config) => http.get(`/promotions/${id}`, config).then((r) => r.data),
  create: (body) => http.post('/promotions', body).then((r) => r.data),
  update: (id, body) => http.put(`/promotions/${id}`, body).then((r) => r.data),
  check: (body, id) => http.post('/promotions/check', body, { quiet: true, params: id ? { id } : {} }).then((r) => r.data),
  activate: (id, config) => http.post(`/promotions/${id}/activate`, null, config).then((r) => r.data),
  approve: (id, note) => http.post(`/promotions/${id}/approve`, { note }).then((r) => r.data),
  pause: (id) => http.post(`/promotions/${id}/pause`).then((r) => r.data),
  end: (id) => http.post(`/promotions/${id}/end`).then((r) => r.data)
}

export const couponsApi = {
  templates: (params) => http.get('/coupons/templates', { params }).then((r) => r.data),
  allTemplates: (params) => fetchAll('/coupons/templates', params),
  create: (body) => http.post('/coupons/templates', body).then((r) => r.data),
  update: (id, body) => http.put(`/coupons/templates/${id}`, body).then((r) => r.data),
  activate: (id) => http.post(`/coupons/templates/${id}/activate`).then((r) => r.data),
  pause: (id) => http.post(`/coupons/templates/${id}/pause`).then((r) => r.data),
  claim: (id, customerId) => http.post(`/coupons/templates/${id}/claim`, { customerId }).then((r) => r.data),
  issue: (id, customerIds) => http.post(`/coupons/templates/${id}/issue`, { customerIds }).then((r) => r.data),
  claims: (params) => http.get('/coupons/claims', { params }).then((r) => r.data),
  allClaims: (params) => fetchAll('/coupons/claims', params),
  redeem: (id, orderRef) => http.post(`/coupons/claims/${id}/redeem`, { orderRef }).then((r) => r.data)
}

export const pricingApi = {
  quote: (body) => http.post('/pricing/quote', body).then((r) => r.data),
  preview: (params) => http.get('/pricing/preview', { params }).then((r) => r.data),
  previewAll: (params) => fetchAll('/pricing/preview', params),
  margins: () => http.get('/pricing/margins').then((r) => r.data),
  saveMargins: (body) => http.put('/pricing/margins', body).then((r) => r.data)
}

export const campaignsApi = {
  list: (params) => http.get('/campaigns', { params }).then((r) => r.data),
  listAll: (params) => fetchAll('/campaigns', params),
  get: (id) => http.get(`/campaigns/${id}`).then((r) => r.data),
  create: (body) => http.post('/campaigns', body).then((r) => r.data),
  update: (id, body) => http.put(`/campaigns/${id}`, body).then((r) => r.data),
  addTask: (id, body) => http.post(`/campaigns/${id}/tasks`, body).then((r) => r.data),
  updateTask: (id, taskId, body) => http.put(`/campaigns/${id}/tasks/${taskId}`, body).then((r) => r.data),
  saveExpected: (id, rows) => http.put(`/campaigns/${id}/expected`, rows).then((r) => r.data),
  stockCheck: (id) => http.get(`/campaigns/${id}/stock-check`).then((r) => r.data),
  action: (id, action, config) => http.post(`/campaigns/${id}/${action}`, null, config).then((r) => r.data),
  calendar: (params) => http.get('/campaigns/calendar', { params }).then((r) => r.data)
}
