import { http, download } from './http'

/** The platform module's API: users, API tokens and the audit log (sign-in is in auth.js). */

export const usersApi = {
  list: () => http.get('/users').then((r) => r.data),
  create: (body) => http.post('/users', body).then((r) => r.data),
  update: (id, body) => http.put(`/users/${id}`, body).then((r) => r.data),
  setPassword: (id, password) => http.put(`/users/${id}/password`, { password }).then((r) => r.data),
  remove: (id) => http.delete(`/users/${id}`)
}

export const tokensApi = {
  list: () => http.get('/api-tokens').then((r) => r.data),
  /** Answers the token once, with its secret `token`. */
  create: (body) => http.post('/api-tokens', body).then((r) => r.data),
  revoke: (id) => http.delete(`/api-tokens/${id}`)
}

export const auditApi = {
  list: (params) => http.get('/audit', { params }).then((r) => r.data),
  exportCsv: (params) => download('/audit/export', { format: 'csv', ...params })
}
