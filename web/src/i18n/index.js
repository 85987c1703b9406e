import { createI18n } from 'vue-i18n'
import { messages } from './messages'
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

export const i18n = createI18n({
  legacy: false,
  globalInjection: true,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  missingWarn: false,
  fallbackWarn: false,
  warnHtmlMessage: false,
  // the console's own texts, plus the texts of the codes the server sends (msg.<module>.<NAME>)
  messages: {
    'zh-CN': { ...messages['zh-CN'], msg: serverMessages('zh-CN') },
    en: { ...messages.en, msg: serverMessages('en') }
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
