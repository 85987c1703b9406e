import { ref } from 'vue'

/**
 * One page of a paged API (`{ items, total }`) for a list page. `load()` asks `fetchPage()` again; an answer that
 * arrives after a newer request was made is dropped, so a slow answer for an old filter never replaces the rows of
 * a newer one. A failed load empties the table (the http interceptor has already shown the problem).
 * `onLoaded(rows)` runs after every load that counts.
 */
export function usePagedRows(fetchPage, onLoaded = () => {}) {
  const rows = ref([])
  const total = ref(0)
  const loading = ref(false)
  let seq = 0
  async function load() {
    const mine = ++seq
    loading.value = true
    try {
      const page = await fetchPage()
      if (mine !== seq) return
      rows.value = page.items || []
      total.value = page.total || 0
      onLoaded(rows.value)
    } catch {
      if (mine === seq) {
        rows.value = []
        total.value = 0
      }
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  return { rows, total, loading, load }
}
