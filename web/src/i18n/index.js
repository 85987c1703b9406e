import { createI18n } from 'vue-i18n'
import { messages } from './messages'

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

export const i18n = createI18n({
  legacy: false,
  globalInjection: true,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  missingWarn: false,
  fallbackWarn: false,
  warnHtmlMessage: false,
  messages
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
