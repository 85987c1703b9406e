import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { compact } from '../utils/format'

/** A positive number from a URL value, or the fallback. */
export function positive(value, fallback) {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/**
 * A list page's state kept in the URL, so filters, page and page size survive a reload and can be shared.
 * `parse(routeQuery)` reads the filters; `toUrl(filters)` writes them (return null for a default to leave it out).
 * `page` is 1-based and `size` defaults to 20; both are added here. `update(patch)` goes back to page 1 unless
 * `resetPage` is false.
 */
export function useListQuery(parse, toUrl = (filters) => filters) {
  const route = useRoute()
  const router = useRouter()
  const query = computed(() => ({
    ...parse(route.query),
    page: positive(route.query.page, 1),
    size: positive(route.query.size, 20)
  }))
  function update(patch, resetPage = true) {
    const next = { ...query.value, ...patch }
    if (resetPage) next.page = 1
    const { page, size, ...filters } = next
    router.replace({
      query: compact({ ...toUrl(filters), page: page > 1 ? page : null, size: size !== 20 ? size : null })
    })
  }
  return { query, update }
}
