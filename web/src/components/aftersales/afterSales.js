import { i18n } from '../../i18n'

/** Statuses, reasons and texts shared by the returns page and its tables and dialogs. */

export const RETURN_STATUSES = ['REQUESTED', 'APPROVED', 'RECEIVED', 'CLOSED', 'REJECTED']
export const REFUND_STATUSES = ['PENDING', 'REFUNDED', 'REJECTED']
export const REASONS = ['NOT_AS_DESCRIBED', 'DAMAGED', 'WRONG_ITEM', 'SIZE_FIT', 'QUALITY', 'NO_LONGER_NEEDED', 'LOST_IN_TRANSIT', 'OTHER']
export const RETURN_TAG = { REQUESTED: 'warning', APPROVED: 'primary', RECEIVED: 'primary', CLOSED: 'success', REJECTED: 'info' }
export const REFUND_TAG = { PENDING: 'warning', REFUNDED: 'success', REJECTED: 'info' }

/** The props of a table showing one page of rows. */
export const PAGE_PROPS = {
  rows: { type: Array, required: true },
  loading: { type: Boolean, default: false }
}

/** A refund's reason is `CODE` or `CODE: note`: the code in words, the note as it is. */
export function refundReason(reason) {
  if (!reason) return ''
  const { t, te, locale } = i18n.global
  const [code, ...rest] = String(reason).split(': ')
  const label = te(`afterSales.reason.${code}`) ? t(`afterSales.reason.${code}`) : code
  return rest.length ? `${label}${locale.value === 'en' ? ': ' : '：'}${rest.join(': ')}` : label
}

/** Hours from `from` to `to` (or now), one decimal; '' when a time is missing. */
export function hoursBetween(from, to) {
  const a = new Date(from).getTime()
  const b = to ? new Date(to).getTime() : Date.now()
  if (!Number.isFinite(a) || !Number.isFinite(b)) return ''
  return Math.max(0, (b - a) / 3600000).toFixed(1)
}

/** The order number of a refund, or its order id while the server does not send the number. */
export function refundOrderNo(row) {
  return row.orderNo || `#${row.orderId}`
}
