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

/** Adds a module's messages (e.g. `inventory`) to a locale; its `problem` titles extend the shared ones. */
function withModule(base, module) {
  const out = { ...base, ...module }
  for (const part of Object.values(module)) {
    if (part && part.problem) out.problem = { ...(base.problem || {}), ...part.problem }
  }
  return out
}

function merged(base, modules) {
  return modules.reduce(withModule, base)
}

/** Every message of the console per locale: the shared ones plus each module's (no DOM needed, so Node can check them). */
export const messages = {
  'zh-CN': merged(zhCN, [inventoryZhCN, kpiZhCN, syncZhCN, settingsZhCN, ordersZhCN, afterSalesZhCN]),
  en: merged(en, [inventoryEn, kpiEn, syncEn, settingsEn, ordersEn, afterSalesEn])
}
