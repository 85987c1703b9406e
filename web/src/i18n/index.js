import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN'
import en from './locales/en'
import inventoryZhCN from './locales/inventory.zh-CN'
import inventoryEn from './locales/inventory.en'
import kpiZhCN from './locales/kpi.zh-CN'
import kpiEn from './locales/kpi.en'
import syncZhCN from './locales/sync.zh-CN'
import syncEn from './locales/sync.en'
import settingsZhCN from './locales/settings.zh-CN'
import settingsEn from './locales/settings.en'
import ordersZhCN from './locales/orders.zh-CN'
import ordersEn from './locales/orders.en'
import afterSalesZhCN from './locales/aftersales.zh-CN'
import afterSalesEn from './locales/aftersales.en'
import { serverMessages } from './serverMessages'

export const LOCALE_KEY = 'storeops.locale'
export const LOCALES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' }
]

function initialLocale() {
  try {
    const saved = localStorage.getItem(LOCALE_KEY)
    if (LOCALES.some((l) => l.code === saved)) return saved
  } catch {
    // storage unavailable: fall back to the default
  }
  return 'zh-CN'
}

/** Adds a module's messages (e.g. `inventory`) to a locale; its `problem` titles extend the shared ones. */
function withModule(base, module) {
  const out = { ...base, ...module }
  for (const part of Object.values(module)) {
    if (part && part.problem) out.problem = { ...(base.problem || {}), ...part.problem }
  }
  return out
}

export const i18n = createI18n({
  legacy: false,
  globalInjection: true,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  missingWarn: false,
  fallbackWarn: false,
  warnHtmlMessage: false,
  messages: {
    'zh-CN': {
      ...withModule(withModule(withModule(withModule(withModule(withModule(zhCN, inventoryZhCN), kpiZhCN), syncZhCN), settingsZhCN), ordersZhCN), afterSalesZhCN),
      msg: serverMessages('zh-CN')
    },
    en: {
      ...withModule(withModule(withModule(withModule(withModule(withModule(en, inventoryEn), kpiEn), syncEn), settingsEn), ordersEn), afterSalesEn),
      msg: serverMessages('en')
    }
  }
})

export function setLocale(code) {
  i18n.global.locale.value = code
  try {
    localStorage.setItem(LOCALE_KEY, code)
  } catch {
    // ignore
  }
  document.documentElement.setAttribute('lang', code)
}

document.documentElement.setAttribute('lang', i18n.global.locale.value)

/**
 * A message from the server in the user's language: `{code, args, message}` is translated from its code (nested
 * messages in its arguments too), falling back to the server's default text; a plain string is shown as it is.
 */
export function messageText(value) {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return String(value)
  if (Array.isArray(value)) return value.map(messageText).join(i18n.global.locale.value === 'en' ? ', ' : '、')
  if (!value.code) return value.message || ''
  const key = `msg.${value.code}`
  if (!i18n.global.te(key)) return value.message || value.code
  const args = {}
  for (const [name, arg] of Object.entries(value.args || {})) args[name] = messageText(arg)
  return i18n.global.t(key, args)
}
