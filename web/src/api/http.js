import axios from 'axios'
import { ElMessage } from 'element-plus'
import { i18n, messageText } from '../i18n'
import { localizeMessage } from '../utils/format'

export const API_BASE = '/api/v1'
const XSRF_COOKIE = 'XSRF-TOKEN'
const XSRF_HEADER = 'X-XSRF-TOKEN'
const UNSAFE = new Set(['post', 'put', 'patch', 'delete'])

/** Axios instance for the StoreOps REST API (session cookie + Spring Security SPA CSRF). */
export const http = axios.create({
  baseURL: API_BASE,
  withCredentials: true,
  xsrfCookieName: XSRF_COOKIE,
  xsrfHeaderName: XSRF_HEADER,
  timeout: 60000
})

let unauthorizedHandler = () => {}
let csrfFallbackToken = null
let csrfPromise = null

/** Registers what happens on a 401 (the router sends the user to /login). */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler
}

export function readCookie(name) {
  const prefix = `${name}=`
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(prefix))
  return found ? decodeURIComponent(found.slice(prefix.length)) : null
}

/** Makes sure the XSRF-TOKEN cookie exists; asks the server for one when it does not. */
export function ensureCsrf(force = false) {
  if (!force && (readCookie(XSRF_COOKIE) || csrfFallbackToken)) return Promise.resolve()
  if (!csrfPromise) {
    csrfPromise = http
      .get('/auth/csrf', { quiet: true, skipAuthRedirect: true })
      .then((res) => {
        csrfFallbackToken = res.data && res.data.token ? res.data.token : null
      })
      .catch(() => {})
      .finally(() => {
        csrfPromise = null
      })
  }
  return csrfPromise
}

/** Forgets the cached token (after login/logout the server rotates it). */
export function resetCsrf() {
  csrfFallbackToken = null
}

export function csrfHeaders() {
  const token = readCookie(XSRF_COOKIE) || csrfFallbackToken
  return token ? { [XSRF_HEADER]: token } : {}
}

http.interceptors.request.use(async (config) => {
  config.headers = config.headers || {}
  config.headers['Accept-Language'] = i18n.global.locale.value
  if (UNSAFE.has((config.method || 'get').toLowerCase())) {
    await ensureCsrf()
    const headers = csrfHeaders()
    if (headers[XSRF_HEADER]) config.headers[XSRF_HEADER] = headers[XSRF_HEADER]
  }
  return config
})

/** Normalises any axios failure into {status, problem, message}. */
export function toProblem(error) {
  const res = error && error.response
  let data = res ? res.data : null
  if (data && typeof data === 'string') {
    try {
      data = JSON.parse(data)
    } catch {
      data = { detail: data }
    }
  }
  const problem = data && typeof data === 'object' && !(data instanceof Blob) ? data : {}
  return { status: res ? res.status : 0, problem }
}

/** Shows a problem detail (title + detail) as a message. */
export function showProblem(error) {
  const t = i18n.global.t
  const { status, problem } = error.status !== undefined && error.problem ? error : toProblem(error)
  if (!status) {
    ElMessage.error({ message: t('error.network'), grouping: true })
    return
  }
  ElMessage.error({ message: problemText({ status, problem }), grouping: true, duration: 5000, showClose: true })
}

/** "title — detail" of a problem, with bilingual server texts reduced to the current language. */
export function problemText({ status, problem }) {
  const t = i18n.global.t
  const locale = i18n.global.locale.value
  const type = typeof problem.type === 'string' ? problem.type.split('/').pop() : ''
  const title = (type && i18n.global.te(`problem.${type}`) ? t(`problem.${type}`) : problem.title) || t('error.status', { status })
  const parts = [title]
  const detail = problem.code ? messageText({ code: problem.code, args: problem.args, message: problem.detail }) : localizeMessage(problem.detail, locale)
  if (detail && detail !== title) parts.push(detail)
  if (Array.isArray(problem.errors) && problem.errors.length > 1) {
    parts.push(problem.errors.map((e) => `${e.field}: ${errorText(e)}`).join('; '))
  }
  return parts.join(' — ')
}

http.interceptors.response.use(
  (res) => res,
  async (error) => {
    const config = error.config || {}
    const { status, problem } = toProblem(error)
    // The CSRF token may have been rotated (e.g. after login): fetch a fresh one and retry once.
    if (status === 403 && UNSAFE.has((config.method || '').toLowerCase()) && !config._csrfRetried &&
        /csrf/i.test(`${problem.title || ''} ${problem.detail || ''} ${problem.type || ''}`)) {
      config._csrfRetried = true
      resetCsrf()
      await ensureCsrf(true)
      return http(config)
    }
    if (status === 401 && !config.skipAuthRedirect) {
      unauthorizedHandler()
    } else if (!config.quiet) {
      showProblem({ status, problem })
    }
    const wrapped = new Error(problem.detail || problem.title || error.message)
    wrapped.status = status
    wrapped.problem = problem
    wrapped.cause = error
    return Promise.reject(wrapped)
  }
)

/** A failed call as one line for an inline alert: the problem's "title — detail", or the network error. */
export function problemMessage(error) {
  return error && error.status ? problemText({ status: error.status, problem: error.problem || {} }) : i18n.global.t('error.network')
}

/** True for a 409 caused by a stale `version` (optimistic locking), as opposed to other conflicts. */
export function isStaleVersion(error) {
  if (!error || error.status !== 409) return false
  const type = error.problem && typeof error.problem.type === 'string' ? error.problem.type : ''
  return !type || type.endsWith('/stale-version')
}

/** One entry of a problem's `errors` ({field, code, args, message}) in the user's language. */
export function errorText(e) {
  return e && e.code ? messageText(e) : localizeMessage(e && e.message, i18n.global.locale.value)
}

/** Maps problem `errors:[{field,message}]` to {field: message}. */
export function fieldErrors(error) {
  const out = {}
  const list = error && error.problem && Array.isArray(error.problem.errors) ? error.problem.errors : []
  for (const e of list) {
    if (!e || !e.field) continue
    const message = errorText(e)
    out[e.field] = out[e.field] ? `${out[e.field]}; ${message}` : message
  }
  return out
}

/** Starts a browser download of an API file endpoint (the session cookie authenticates it). */
export function download(path, params = {}) {
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.append(k, v)
  }
  const qs = query.toString()
  const a = document.createElement('a')
  a.href = `${API_BASE}${path}${qs ? `?${qs}` : ''}`
  a.setAttribute('download', '')
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}
