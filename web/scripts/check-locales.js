/**
 * The locale-key check of the build: every key of a zh-CN locale file exists in its English counterpart and vice
 * versa, and every literal key the console passes to t() / $t() exists in both languages. Exits 1 on any gap.
 */
import { readdir, readFile } from 'node:fs/promises'
import { register } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// The locale files import each other without the `.js` extension, as Vite allows; let Node do the same.
const hooks = `export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context)
  } catch (error) {
    if (!/^\\.{1,2}\\//.test(specifier) || /\\.[cm]?js$/.test(specifier)) throw error
    return next(specifier + '.js', context)
  }
}`
register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url)

const root = fileURLToPath(new URL('..', import.meta.url))
const src = join(root, 'src')
const localeDir = join(src, 'i18n', 'locales')

/** The paths of the leaves of a message tree (`orders.rules.title`). */
function leaves(tree, prefix = '', out = new Set()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object' && !Array.isArray(value)) leaves(value, path, out)
    else out.add(path)
  }
  return out
}

const load = async (file) => (await import(pathToFileURL(join(localeDir, file)).href)).default

async function pairProblems() {
  const problems = []
  for (const zhFile of (await readdir(localeDir)).filter((f) => /(^|\.)zh-CN\.js$/.test(f))) {
    const enFile = zhFile.replace(/zh-CN\.js$/, 'en.js')
    const zh = leaves(await load(zhFile))
    let en
    try {
      en = leaves(await load(enFile))
    } catch {
      problems.push(`${enFile}: missing (the English counterpart of ${zhFile})`)
      continue
    }
    for (const key of zh) if (!en.has(key)) problems.push(`${enFile}: no "${key}" (${zhFile} has it)`)
    for (const key of en) if (!zh.has(key)) problems.push(`${zhFile}: no "${key}" (${enFile} has it)`)
  }
  return problems
}

async function sourceFiles(dir) {
  const out = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (path !== localeDir) out.push(...(await sourceFiles(path)))
    } else if (/\.(js|vue)$/.test(entry.name)) out.push(path)
  }
  return out
}

/** `t('a.b')`, `$t("a.b")`, `i18n.global.t('a.b', …)`: literal keys only (template literals are computed). */
const CALL = /(?:^|[^\w$])\$?t\(\s*(['"])([\w.-]+)\1\s*[,)]/g

function isLeaf(messages, key) {
  let node = messages
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || !(part in node)) return false
    node = node[part]
  }
  return node !== null && (typeof node !== 'object' || Array.isArray(node))
}

async function usageProblems() {
  const { messages } = await import(pathToFileURL(join(src, 'i18n', 'messages.js')).href)
  const problems = []
  for (const file of await sourceFiles(src)) {
    const text = await readFile(file, 'utf8')
    for (const match of text.matchAll(CALL)) {
      const key = match[2]
      const line = text.slice(0, match.index).split('\n').length
      for (const [locale, tree] of Object.entries(messages)) {
        if (!isLeaf(tree, key)) problems.push(`${relative(root, file)}:${line}: "${key}" has no ${locale} message`)
      }
    }
  }
  return problems
}

const problems = [...(await pairProblems()), ...(await usageProblems())]
if (problems.length) {
  console.error(`Locale check failed (${problems.length}):\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log('Locale check passed: zh-CN and en have the same keys, and every key used in src exists in both.')
