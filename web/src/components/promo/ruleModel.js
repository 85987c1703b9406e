import { num, str } from '../../api/promotions'

/** Form models (strings) for the per-type rules, their conversion to/from the API and the client-side checks. */

export function emptyRule(type) {
  switch (type) {
    case 'FULL_REDUCTION':
      return { tiers: [{ threshold: '', off: '' }] }
    case 'EVERY_REDUCTION':
      return { every: '', off: '', cap: '' }
    case 'QUANTITY_DISCOUNT':
      return { tiers: [{ minUnits: '', rate: '' }] }
    case 'GIFT':
      return { basis: 'threshold', threshold: '', minUnits: '', giftSku: '', giftQuantity: '1' }
    case 'FLASH_DISCOUNT':
      return { mode: 'rate', rate: '', fixedPrice: '' }
    case 'N_FOR_M':
      return { n: '', rate: '' }
    case 'NTH_UNIT':
      return { n: '2', rate: '5' }
    case 'BUNDLE':
      return { items: [{ skuCode: '', quantity: '1' }, { skuCode: '', quantity: '1' }], price: '' }
    case 'MEMBER_PRICE':
      return { prices: [{ tier: 'GOLD', skuCode: '', price: '' }] }
    default:
      return {}
  }
}

export function ruleFromServer(type, rule) {
  const r = rule || {}
  switch (type) {
    case 'FULL_REDUCTION':
      return { tiers: (r.tiers || []).map((x) => ({ threshold: str(x.threshold), off: str(x.off) })) }
    case 'EVERY_REDUCTION':
      return { every: str(r.every), off: str(r.off), cap: str(r.cap) }
    case 'QUANTITY_DISCOUNT':
      return { tiers: (r.tiers || []).map((x) => ({ minUnits: str(x.minUnits), rate: str(x.rate) })) }
    case 'GIFT':
      return { basis: r.minUnits !== null && r.minUnits !== undefined ? 'minUnits' : 'threshold', threshold: str(r.threshold), minUnits: str(r.minUnits), giftSku: str(r.giftSku), giftQuantity: str(r.giftQuantity) }
    case 'FLASH_DISCOUNT':
      return { mode: r.fixedPrice !== null && r.fixedPrice !== undefined ? 'fixed' : 'rate', rate: str(r.rate), fixedPrice: str(r.fixedPrice) }
    case 'N_FOR_M':
    case 'NTH_UNIT':
      return { n: str(r.n), rate: str(r.rate) }
    case 'BUNDLE':
      return { items: (r.items || []).map((x) => ({ skuCode: str(x.skuCode), quantity: str(x.quantity) })), price: str(r.price) }
    case 'MEMBER_PRICE':
      return { prices: (r.prices || []).map((x) => ({ tier: str(x.tier), skuCode: str(x.skuCode), price: str(x.price) })) }
    default:
      return { ...r }
  }
}

export function ruleToServer(type, d) {
  switch (type) {
    case 'FULL_REDUCTION':
      return { tiers: d.tiers.map((x) => ({ threshold: num(x.threshold), off: num(x.off) })) }
    case 'EVERY_REDUCTION':
      return { every: num(d.every), off: num(d.off), cap: num(d.cap) }
    case 'QUANTITY_DISCOUNT':
      return { tiers: d.tiers.map((x) => ({ minUnits: num(x.minUnits), rate: num(x.rate) })) }
    case 'GIFT':
      return {
        threshold: d.basis === 'threshold' ? num(d.threshold) : null,
        minUnits: d.basis === 'minUnits' ? num(d.minUnits) : null,
        giftSku: (d.giftSku || '').trim(),
        giftQuantity: num(d.giftQuantity)
      }
    case 'FLASH_DISCOUNT':
      return d.mode === 'fixed' ? { fixedPrice: num(d.fixedPrice) } : { rate: num(d.rate) }
    case 'N_FOR_M':
    case 'NTH_UNIT':
      return { n: num(d.n), rate: num(d.rate) }
    case 'BUNDLE':
      return { items: d.items.map((x) => ({ skuCode: (x.skuCode || '').trim(), quantity: num(x.quantity) })), price: num(d.price) }
    case 'MEMBER_PRICE':
      return { prices: d.prices.map((x) => ({ tier: (x.tier || '').trim(), skuCode: (x.skuCode || '').trim(), price: num(x.price) })) }
    default:
      return { ...d }
  }
}

const isMoney = (v) => Number.isFinite(v) && v > 0 && Math.round(v * 100) === Number((v * 100).toFixed(6))
const isCount = (v) => Number.isInteger(v) && v > 0
const isRate = (v) => Number.isFinite(v) && v > 0 && v <= 10

/** Client-side checks of a rule draft: {'rule.tiers[1].off': message}. `t` is vue-i18n's translate. */
export function validateRule(type, d, t) {
  const e = {}
  const need = (path, v, ok, key) => {
    if (v === null) e[path] = t('promo.v.required')
    else if (!ok(v)) e[path] = t(key)
  }
  switch (type) {
    case 'FULL_REDUCTION': {
      if (!d.tiers.length) e['rule.tiers'] = t('promo.v.tiersRequired')
      let prev = null
      d.tiers.forEach((x, i) => {
        const th = num(x.threshold)
        const off = num(x.off)
        need(`rule.tiers[${i}].threshold`, th, isMoney, 'promo.v.money')
        need(`rule.tiers[${i}].off`, off, isMoney, 'promo.v.money')
        if (isMoney(th) && isMoney(off) && off >= th) e[`rule.tiers[${i}].off`] = t('promo.v.offBelowThreshold')
        if (isMoney(th) && prev !== null && th <= prev.th) e[`rule.tiers[${i}].threshold`] = t('promo.v.tiersAscending')
        else if (isMoney(off) && prev !== null && prev.off !== null && off <= prev.off && !e[`rule.tiers[${i}].off`]) e[`rule.tiers[${i}].off`] = t('promo.v.offAscending')
        if (isMoney(th)) prev = { th, off: isMoney(off) ? off : null }
      })
      break
    }
    case 'EVERY_REDUCTION': {
      const every = num(d.every)
      const off = num(d.off)
      const cap = num(d.cap)
      need('rule.every', every, isMoney, 'promo.v.money')
      need('rule.off', off, isMoney, 'promo.v.money')
      if (isMoney(every) && isMoney(off) && off >= every) e['rule.off'] = t('promo.v.offBelowEvery')
      if (cap !== null && !isMoney(cap)) e['rule.cap'] = t('promo.v.money')
      else if (cap !== null && isMoney(off) && cap < off) e['rule.cap'] = t('promo.v.capAtLeastOff')
      break
    }
    case 'QUANTITY_DISCOUNT': {
      if (!d.tiers.length) e['rule.tiers'] = t('promo.v.tiersRequired')
      let prev = null
      d.tiers.forEach((x, i) => {
        const units = num(x.minUnits)
        const rate = num(x.rate)
        need(`rule.tiers[${i}].minUnits`, units, isCount, 'promo.v.count')
        need(`rule.tiers[${i}].rate`, rate, isRate, 'promo.v.rate')
        if (isCount(units) && prev !== null && units <= prev.units) e[`rule.tiers[${i}].minUnits`] = t('promo.v.tiersAscending')
        else if (isRate(rate) && prev !== null && prev.rate !== null && rate >= prev.rate) e[`rule.tiers[${i}].rate`] = t('promo.v.rateDescending')
        if (isCount(units)) prev = { units, rate: isRate(rate) ? rate : null }
      })
      break
    }
    case 'GIFT': {
      if (d.basis === 'minUnits') need('rule.minUnits', num(d.minUnits), isCount, 'promo.v.count')
      else need('rule.threshold', num(d.threshold), isMoney, 'promo.v.money')
      if (!(d.giftSku || '').trim()) e['rule.giftSku'] = t('promo.v.required')
      need('rule.giftQuantity', num(d.giftQuantity), isCount, 'promo.v.count')
      break
    }
    case 'FLASH_DISCOUNT':
      if (d.mode === 'fixed') need('rule.fixedPrice', num(d.fixedPrice), isMoney, 'promo.v.money')
      else need('rule.rate', num(d.rate), isRate, 'promo.v.rate')
      break
    case 'N_FOR_M':
    case 'NTH_UNIT': {
      const n = num(d.n)
      need('rule.n', n, (v) => Number.isInteger(v) && v >= 2, 'promo.v.nAtLeast2')
      need('rule.rate', num(d.rate), (v) => isRate(v) && v < 10, 'promo.v.rateBelow10')
      break
    }
    case 'BUNDLE': {
      if (d.items.length < 2 && !(d.items.length === 1 && num(d.items[0].quantity) >= 2)) e['rule.items'] = t('promo.v.bundleItems')
      const seen = new Set()
      d.items.forEach((x, i) => {
        const code = (x.skuCode || '').trim()
        if (!code) e[`rule.items[${i}].skuCode`] = t('promo.v.required')
        else if (seen.has(code)) e[`rule.items[${i}].skuCode`] = t('promo.v.duplicateSku')
        seen.add(code)
        need(`rule.items[${i}].quantity`, num(x.quantity), isCount, 'promo.v.count')
      })
      need('rule.price', num(d.price), isMoney, 'promo.v.money')
      break
    }
    case 'MEMBER_PRICE': {
      if (!d.prices.length) e['rule.prices'] = t('promo.v.pricesRequired')
      const seen = new Set()
      d.prices.forEach((x, i) => {
        if (!(x.tier || '').trim()) e[`rule.prices[${i}].tier`] = t('promo.v.required')
        const code = (x.skuCode || '').trim()
        if (!code) e[`rule.prices[${i}].skuCode`] = t('promo.v.required')
        else if (seen.has(`${x.tier}|${code}`)) e[`rule.prices[${i}].skuCode`] = t('promo.v.duplicateSku')
        seen.add(`${x.tier}|${code}`)
        need(`rule.prices[${i}].price`, num(x.price), isMoney, 'promo.v.money')
      })
      break
    }
    default:
      break
  }
  return e
}
