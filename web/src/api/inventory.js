import { reactive } from 'vue'
import { http, download } from './http'

/** Warehouses, cached for filters and the movement dialog (reload after a create/edit). */
export const inventoryRefs = reactive({ warehouses: [], loaded: false })

let pending = null

export function loadWarehouses(force = false) {
  if (inventoryRefs.loaded && !force) return Promise.resolve(inventoryRefs.warehouses)
  if (!pending || force) {
    pending = http
      .get('/warehouses')
      .then((res) => {
        inventoryRefs.warehouses = Array.isArray(res.data) ? res.data : []
        inventoryRefs.loaded = true
        return inventoryRefs.warehouses
      })
      .catch(() => inventoryRefs.warehouses)
      .finally(() => {
        pending = null
      })
  }
  return pending
}

export function warehouseName(code) {
  const w = inventoryRefs.warehouses.find((x) => x.code === code)
  return w ? w.name : code
}

/** Movement types as the API knows them, plus the console's TRANSFER (sent as TRANSFER_OUT + TRANSFER_IN). */
export const MOVEMENT_TYPES = ['INBOUND', 'OUTBOUND', 'SHIPMENT', 'RESERVATION', 'RELEASE', 'ADJUSTMENT', 'RETURN', 'TRANSFER']

export const MOVEMENT_TAG = {
  INBOUND: 'success',
  RETURN: 'success',
  TRANSFER_IN: 'success',
  OUTBOUND: 'danger',
  SHIPMENT: 'warning',
  TRANSFER_OUT: 'warning',
  RESERVATION: 'primary',
  RELEASE: 'info',
  ADJUSTMENT: 'info'
}

/** Default reference type per movement type (the API wants lower-case kebab). */
export const DEFAULT_REFERENCE_TYPE = {
  INBOUND: 'purchase-order',
  OUTBOUND: 'manual',
  SHIPMENT: 'order',
  RESERVATION: 'order',
  RELEASE: 'order',
  ADJUSTMENT: 'stock-take',
  RETURN: 'return',
  TRANSFER: 'transfer'
}

export const REFERENCE_TYPES = ['purchase-order', 'order', 'stock-take', 'transfer', 'return', 'manual']

/** `+7`, `−3`, `0` */
export function signed(n) {
  if (!n) return '0'
  return n > 0 ? `+${n}` : `−${Math.abs(n)}`
}

/** Colour class of an available quantity: 0 red, ≤ 5 orange. */
export function availableClass(n) {
  if (n <= 0) return 'qty-out'
  if (n <= 5) return 'qty-low'
  return ''
}

/** Open low-stock alerts, counted for the menu badge (refresh after an acknowledgement or a safety-stock change). */
export const alertState = reactive({ open: 0 })

let alertsPending = null

export function refreshOpenAlerts() {
  if (!alertsPending) {
    alertsPending = http
      .get('/stock/alerts', { params: { open: true, page: 0, size: 1 }, quiet: true })
      .then((res) => {
        alertState.open = (res.data && res.data.total) || 0
        return alertState.open
      })
      .catch(() => alertState.open)
      .finally(() => {
        alertsPending = null
      })
  }
  return alertsPending
}

/** Who may change a SKU's safety stock (the server checks the same). */
export const SAFETY_ADMIN_PERMISSIONS = ['channel:admin', 'stock:admin']

// --- API ----------------------------------------------------------------------------------------------------------

const enc = encodeURIComponent

export const stockApi = {
  search: (params) => http.get('/stock', { params }).then((r) => r.data),
  /** One SKU: its level per warehouse and what each channel may sell. */
  get: (sku, config) => http.get(`/stock/${enc(sku)}`, config).then((r) => r.data),
  ledger: (sku, params) => http.get(`/stock/${enc(sku)}/ledger`, { params }).then((r) => r.data),
  move: (movements, config) => http.post('/stock/movements', { movements }, config).then((r) => r.data),
  ledgerCheck: () => http.get('/stock/ledger-check').then((r) => r.data),
  safetyStock: (sku, config) => http.get(`/stock/${enc(sku)}/safety-stock`, config).then((r) => r.data),
  saveSafetyStock: (sku, body, config) => http.put(`/stock/${enc(sku)}/safety-stock`, body, config).then((r) => r.data),
  kpis: (params, config) => http.get('/stock/kpis', { params, ...config }).then((r) => r.data),
  /** Uploads a stock file (multipart `file`) in `mode`; `config` may carry a timeout and an upload-progress callback. */
  importFile: (formData, mode, config) => http.post('/stock/imports', formData, { params: { mode }, ...config }).then((r) => r.data),
  importTemplate: () => download('/stock/import-template')
}

export const alertsApi = {
  list: (params, config) => http.get('/stock/alerts', { params, ...config }).then((r) => r.data),
  acknowledge: (id) => http.post(`/stock/alerts/${id}/acknowledgement`).then((r) => r.data)
}

export const allocationsApi = {
  list: () => http.get('/stock/allocations').then((r) => r.data),
  save: (channel, body, config) => http.put(`/stock/allocations/${enc(channel)}`, body, config).then((r) => r.data)
}

export const warehousesApi = {
  create: (body, config) => http.post('/warehouses', body, config).then((r) => r.data),
  update: (code, body, config) => http.put(`/warehouses/${enc(code)}`, body, config).then((r) => r.data)
}
