// The texts of the codes the server sends ({code, args, message}), read from the server's own message files
// (src/main/resources/messages/<module>.json: {"orders.X": {"zh-CN": "…", "en": "…"}}), so both sides share one source.
const files = import.meta.glob('../../../src/main/resources/messages/*.json', { eager: true, import: 'default' })

/** vue-i18n messages of one language, nested as `msg.<module>.<NAME>`. */
export function serverMessages(language) {
  const out = {}
  for (const file of Object.values(files)) {
    for (const [code, texts] of Object.entries(file)) {
      const dot = code.indexOf('.')
      const module = code.slice(0, dot)
      out[module] = out[module] || {}
      out[module][code.slice(dot + 1)] = texts[language]
    }
  }
  return out
}
