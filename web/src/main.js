import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { onUnauthorized } from './api/http'
import { auth } from './api/auth'
import './styles.css'

onUnauthorized(() => {
  auth.user = null
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    router.push({ name: 'login', query: { redirect: current.fullPath } })
  }
})

createApp(App).use(i18n).use(ElementPlus).use(router).mount('#app')
