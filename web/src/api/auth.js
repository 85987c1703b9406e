import { reactive } from 'vue'
import { http, ensureCsrf, resetCsrf } from './http'

/** The signed-in user, shared by the whole console. */
export const auth = reactive({
  user: null,
  loaded: false
})

let mePromise = null

/** Loads `GET /auth/me` once (or again with force); resolves to the user or null. */
export function loadMe(force = false) {
  if (auth.loaded && !force) return Promise.resolve(auth.user)
  if (!mePromise || force) {
    mePromise = http
      .get('/auth/me', { quiet: true, skipAuthRedirect: true })
      .then((res) => {
        auth.user = res.data
        return auth.user
      })
      .catch(() => {
        auth.user = null
        return null
      })
      .finally(() => {
        auth.loaded = true
        mePromise = null
      })
  }
  return mePromise
}

export async function login(username, password) {
  await ensureCsrf()
  await http.post('/auth/login', { username, password }, { quiet: true, skipAuthRedirect: true })
  resetCsrf()
  await ensureCsrf(true)
  return loadMe(true)
}

export async function logout() {
  try {
    await http.post('/auth/logout', null, { quiet: true, skipAuthRedirect: true })
  } finally {
    auth.user = null
    auth.loaded = true
    resetCsrf()
  }
}

/** True when the signed-in user holds the permission (the server enforces it too). */
export function can(permission) {
  if (!permission) return true
  const perms = (auth.user && auth.user.permissions) || []
  return perms.includes(permission)
}
