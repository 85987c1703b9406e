import { reactive } from 'vue'
import { http } from './http'
import { i18n } from '../i18n'

/** Reference data shared by several pages: channels, category tree, brands. */
export const refs = reactive({
  channels: [],
  categories: [],
  brands: [],
  loaded: { channels: false, categories: false, brands: false }
})

const pending = {}

function load(key, path, force) {
  if (refs.loaded[key] && !force) return Promise.resolve(refs[key])
  if (!pending[key] || force) {
    pending[key] = http
      .get(path)
      .then((res) => {
        refs[key] = Array.isArray(res.data) ? res.data : res.data.items || []
        refs.loaded[key] = true
        return refs[key]
      })
      .catch(() => refs[key])
      .finally(() => {
        pending[key] = null
      })
  }
  return pending[key]
}

export const loadChannels = (force = false) => load('channels', '/channels', force)
export const loadCategories = (force = false) => load('categories', '/categories', force)
export const loadBrands = (force = false) => load('brands', '/brands', force)

export function categoryLabel(node) {
  if (!node) return ''
  const en = i18n.global.locale.value === 'en'
  return (en ? node.nameEn || node.nameZh : node.nameZh || node.nameEn) || node.code || ''
}

export function findCategory(id, nodes = refs.categories) {
  for (const node of nodes || []) {
    if (node.id === id) return node
    const hit = findCategory(id, node.children)
    if (hit) return hit
  }
  return null
}

/** The nodes from the root down to the category with this id (empty when unknown). */
export function categoryPath(id, nodes = refs.categories, trail = []) {
  for (const node of nodes || []) {
    const here = [...trail, node]
    if (node.id === id) return here
    const hit = categoryPath(id, node.children, here)
    if (hit.length) return hit
  }
  return []
}

/** Attributes the category requires, its ancestors' included (as the server's rule checks them). */
export function requiredAttributesOf(id) {
  const out = []
  for (const node of categoryPath(id)) for (const a of node.requiredAttributes || []) if (!out.includes(a)) out.push(a)
  return out
}

/** Localised category name by id, falling back to what the server sent. */
export function categoryName(id, fallback = '') {
  const node = id !== null && id !== undefined ? findCategory(id) : null
  return node ? categoryLabel(node) : fallback
}

/** Channel display name: English names from i18n when known, else the server's name. */
export function channelName(code) {
  const t = i18n.global
  const key = `channelNames.${code}`
  if (t.locale.value === 'en' && t.te(key)) return t.t(key)
  const ch = refs.channels.find((c) => c.code === code)
  if (ch && ch.name) return ch.name
  return t.te(key) ? t.t(key) : code
}

export function channelRules(code) {
  const ch = refs.channels.find((c) => c.code === code)
  return ch ? ch.rules || {} : {}
}
