/** The after-sales pages, children of the console layout route (spread into its `children` in router/index.js). */
export const afterSalesRoutes = [
  { path: 'orders/warnings', name: 'order-warnings', component: () => import('../views/OrderWarningsView.vue'), meta: { permission: 'order:read', title: 'afterSales.menu.warnings' } },
  { path: 'orders/returns', name: 'order-returns', component: () => import('../views/ReturnsView.vue'), meta: { permission: 'order:read', title: 'afterSales.menu.returns' } },
  { path: 'orders/metrics', name: 'order-metrics', component: () => import('../views/AfterSalesMetricsView.vue'), meta: { permission: 'order:read', title: 'afterSales.menu.metrics' } }
]

export default afterSalesRoutes
