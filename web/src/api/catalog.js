import { http, download } from './http'

/** The catalog module's API: products, listings, categories, channel rules and product imports. */

const enc = encodeURIComponent

export const productsApi = {
  list: (params) => http.get('/products', { params }).then((r) => r.data),
  get: (id, config) => http.get(`/products/${id}`, config).then((r) => r.data),
  create: (body, config) => http.post('/products', body, config).then((r) => r.data),
  update: (id, body, config) => http.put(`/products/${id}`, body, config).then((r) => r.data),
  remove: (id) => http.delete(`/products/${id}`),
  listings: (id) => http.get(`/products/${id}/listings`).then((r) => r.data),
  addListing: (id, channel) => http.post(`/products/${id}/listings`, { channel }).then((r) => r.data),
  /** Starts a browser download of the products matching the filters (`format`: csv | xlsx). */
  exportFile: (params) => download('/products/export', params)
}

export const listingsApi = {
  list: (params) => http.get('/listings', { params }).then((r) => r.data),
  get: (id, config) => http.get(`/listings/${id}`, config).then((r) => r.data),
  update: (id, body, config) => http.put(`/listings/${id}`, body, config).then((r) => r.data),
  transition: (id, target, config) => http.post(`/listings/${id}/transitions`, { target }, config).then((r) => r.data),
  exportFile: (params) => download('/listings/export', params)
}

export const categoriesApi = {
  update: (id, body) => http.put(`/categories/${id}`, body).then((r) => r.data)
}

/** Channels as the catalog knows them: their listing rules and the validation of every listing against them. */
export const channelRulesApi = {
  create: (body) => http.post('/channels', body).then((r) => r.data),
  saveRules: (code, body) => http.put(`/channels/${enc(code)}/rules`, body).then((r) => r.data),
  validate: (code) => http.post(`/channels/${enc(code)}/validation`).then((r) => r.data)
}

export const catalogImportsApi = {
  list: (params) => http.get('/catalog/imports', { params }).then((r) => r.data),
  get: (id) => http.get(`/catalog/imports/${id}`).then((r) => r.data),
  /** Uploads a product file (multipart `file`); answers the import job. */
  start: (formData) => http.post('/catalog/imports', formData).then((r) => r.data),
  template: (format) => download('/catalog/import-template', { format }),
  errorsFile: (id) => download(`/catalog/imports/${id}/errors.csv`)
}
