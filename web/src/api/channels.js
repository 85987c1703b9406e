import { http } from './http'

/** The channels module's API: marketplace connections and the stock sync with them. */

const enc = encodeURIComponent

export const connectionsApi = {
  list: (config) => http.get('/channels/connections', config).then((r) => r.data),
  save: (channel, body, config) => http.put(`/channels/connections/${enc(channel)}`, body, config).then((r) => r.data),
  test: (channel, config) => http.post(`/channels/connections/${enc(channel)}/test`, null, config).then((r) => r.data),
  remove: (channel) => http.delete(`/channels/connections/${enc(channel)}`)
}

export const stockSyncApi = {
  status: (config) => http.get('/channels/sync-status', config).then((r) => r.data),
  reconcile: (channel, config) => http.post(`/channels/${enc(channel)}/reconciliation`, null, config).then((r) => r.data)
}
