import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const backend = `http://localhost:${process.env.STOREOPS_PORT || 8080}`
// /demo-images: product pictures of the built-in demo store, served by the backend
const proxy = Object.fromEntries(
  ['/api', '/v3', '/swagger-ui', '/actuator', '/demo-images'].map((prefix) => [prefix, { target: backend, changeOrigin: false }])
)

function chunkFor(id) {
  if (!id.includes('node_modules')) return undefined
  if (id.includes('/echarts/') || id.includes('/zrender/')) return 'echarts'
  if (id.includes('/element-plus/') || id.includes('/@element-plus/')) return 'element-plus'
  if (id.includes('/@vue/') || id.includes('/vue/') || id.includes('/vue-router/') || id.includes('/vue-i18n/') || id.includes('/@intlify/')) return 'vue'
  return 'vendor'
}

export default defineConfig({
  base: '/',
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false
  },
  // the console translates the server's message files in ../src/main/resources/messages
  server: { proxy, fs: { allow: ['..'] } },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { manualChunks: chunkFor }
    }
  }
})
