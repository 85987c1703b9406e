import { createRouter, createWebHistory } from 'vue-router'
import { auth, loadMe, can } from '../api/auth'
import AppLayout from '../layouts/AppLayout.vue'
import LoginView from '../views/LoginView.vue'
import { afterSalesRoutes } from './afterSalesRoutes'
import { promotionRoutes } from './promotionRoutes'

const routes = [
  { path: '/login', name: 'login', component: LoginView, meta: { public: true, title: 'login.title' } },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', redirect: '/products' },
      { path: 'products', name: 'products', component: () => import('../views/ProductsView.vue'), meta: { permission: 'catalog:read', title: 'menu.products' } },
      { path: 'products/new', name: 'product-new', component: () => import('../views/ProductEditView.vue'), meta: { permission: 'catalog:write', title: 'product.newTitle', menu: 'products' } },
      { path: 'products/:id', name: 'product-edit', component: () => import('../views/ProductEditView.vue'), meta: { permission: 'catalog:read', title: 'product.editTitle', menu: 'products' } },
      { path: 'listings', name: 'listings', component: () => import('../views/ListingsView.vue'), meta: { permission: 'catalog:read', title: 'menu.listings' } },
      { path: 'listings/:id', name: 'listing', component: () => import('../views/ListingDetailView.vue'), meta: { permission: 'catalog:read', title: 'listing.title', menu: 'listings' } },
      { path: 'orders', name: 'orders', component: () => import('../views/OrdersView.vue'), meta: { permission: 'order:read', title: 'orders.menu.list' } },
      ...afterSalesRoutes,
      { path: 'orders/rules', name: 'order-rules', component: () => import('../views/OrderRulesView.vue'), meta: { permission: 'order:read', title: 'orders.menu.rules' } },
      { path: 'orders/:id(\\d+)', name: 'order', component: () => import('../views/OrderDetailView.vue'), meta: { permission: 'order:read', title: 'orders.detail.title', menu: 'orders' } },
      ...promotionRoutes,
      { path: 'stock', name: 'stock', component: () => import('../views/StockView.vue'), meta: { permission: 'stock:read', title: 'inventory.menu.stock' } },
      { path: 'stock/alerts', name: 'stock-alerts', component: () => import('../views/StockAlertsView.vue'), meta: { permission: 'stock:read', title: 'inventory.menu.stockAlerts' } },
      { path: 'stock/import', name: 'stock-import', component: () => import('../views/StockImportView.vue'), meta: { permission: 'stock:write', title: 'stockImport.menu' } },
      { path: 'stock/kpis', name: 'stock-kpis', component: () => import('../views/InventoryKpisView.vue'), meta: { permission: 'stock:read', title: 'kpi.menu' } },
      { path: 'warehouses', name: 'warehouses', component: () => import('../views/WarehousesView.vue'), meta: { permission: 'stock:read', title: 'inventory.menu.warehouses' } },
      { path: 'channels', name: 'channels', component: () => import('../views/ChannelsView.vue'), meta: { permission: 'catalog:read', title: 'menu.channels' } },
      { path: 'channels/sync', name: 'channel-sync', component: () => import('../views/ChannelSyncView.vue'), meta: { permission: 'stock:read', title: 'sync.menu' } },
      { path: 'channels/settings', name: 'channel-settings', component: () => import('../views/ChannelSettingsView.vue'), meta: { permission: 'channel:admin', title: 'channelSettings.menu' } },
      { path: 'import', name: 'import', component: () => import('../views/ImportView.vue'), meta: { permission: 'catalog:write', title: 'menu.import' } },
      { path: 'users', name: 'users', component: () => import('../views/UsersView.vue'), meta: { permission: 'user:admin', title: 'menu.users' } },
      { path: 'audit', name: 'audit', component: () => import('../views/AuditView.vue'), meta: { permission: 'audit:read', title: 'menu.audit' } },
      { path: 'forbidden', name: 'forbidden', component: () => import('../views/NotFoundView.vue'), props: { forbidden: true }, meta: { title: 'notFound.forbiddenTitle' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('../views/NotFoundView.vue'), meta: { title: 'notFound.title' } }
    ]
  }
]

export const router = createRouter({
  history: createWebHistory('/'),
  routes
})

router.beforeEach(async (to) => {
  await loadMe()
  if (to.meta.public) {
    if (to.name === 'login' && auth.user) {
      const redirect = typeof to.query.redirect === 'string' && to.query.redirect.startsWith('/') ? to.query.redirect : '/products'
      return redirect
    }
    return true
  }
  if (!auth.user) {
    return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  }
  const permission = to.matched.map((r) => r.meta.permission).find(Boolean)
  if (permission && !can(permission)) return { name: 'forbidden' }
  return true
})
