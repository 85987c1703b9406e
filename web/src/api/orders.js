import { http, download } from './http'

/** The orders module's API: orders, their rules, fulfilment warnings and after-sales (returns, refunds, metrics). */

const enc = encodeURIComponent

export const ordersApi = {
  list: (params) => http.get('/orders', { params }).then((r) => r.data),
  statusCounts: (config) => http.get('/orders/status-counts', config).then((r) => r.data),
  get: (id, config) => http.get(`/orders/${enc(id)}`, config).then((r) => r.data),
  timeline: (id, config) => http.get(`/orders/${enc(id)}/timeline`, config).then((r) => r.data),
  approve: (id, note, config) => http.post(`/orders/${id}/approval`, { note }, config).then((r) => r.data),
  cancel: (id, note, config) => http.post(`/orders/${id}/cancellation`, { note }, config).then((r) => r.data),
  exportFile: (params) => download('/orders/export', params)
}

export const orderRulesApi = {
  reviewSettings: () => http.get('/orders/review-settings').then((r) => r.data),
  saveReviewSettings: (body, config) => http.put('/orders/review-settings', body, config).then((r) => r.data),
  blacklist: () => http.get('/orders/blacklist').then((r) => r.data),
  addToBlacklist: (body, config) => http.post('/orders/blacklist', body, config).then((r) => r.data),
  removeFromBlacklist: (id) => http.delete(`/orders/blacklist/${id}`),
  routingRules: () => http.get('/orders/routing-rules').then((r) => r.data),
  /** Replaces the whole routing table; an empty table is only accepted with `confirmEmpty`. */
  saveRoutingRules: (rules, config) =>
    http.put('/orders/routing-rules', rules, { ...config, params: rules.length ? {} : { confirmEmpty: true } }).then((r) => r.data),
  /** What the router would do with a draft table: `{ ranking, outcome, chosen, allocations }` for a sample order. */
  previewRouting: (rules, order, config) => http.post('/orders/routing-rules/preview', { rules, order }, config).then((r) => r.data)
}

export const warningsApi = {
  list: (params) => http.get('/order-warnings', { params }).then((r) => r.data),
  board: () => http.get('/order-warnings/board').then((r) => r.data),
  assign: (id, body) => http.post(`/order-warnings/${id}/assignment`, body).then((r) => r.data),
  resolve: (id, resolution) => http.post(`/order-warnings/${id}/resolution`, { resolution }).then((r) => r.data),
  reship: (orderId, shipmentId, body) => http.post(`/orders/${orderId}/shipments/${shipmentId}/reship`, body).then((r) => r.data)
}

export const afterSalesApi = {
  returns: (params) => http.get('/returns', { params }).then((r) => r.data),
  refunds: (params) => http.get('/refunds', { params }).then((r) => r.data),
  decideReturn: (id, approve) => http.post(`/returns/${id}/approval`, { approve }).then((r) => r.data),
  receiveReturn: (id, body) => http.post(`/returns/${id}/receipt`, body).then((r) => r.data),
  decideRefund: (id, body) => http.post(`/refunds/${id}/decision`, body).then((r) => r.data),
  fastRefundPolicy: () => http.get('/orders/fast-refund-policy').then((r) => r.data),
  saveFastRefundPolicy: (body) => http.put('/orders/fast-refund-policy', body).then((r) => r.data),
  metrics: (params, config) => http.get('/orders/metrics', { params, ...config }).then((r) => r.data)
}
