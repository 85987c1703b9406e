/** The promotion pages (issue 5), children of the console layout route (spread into its `children` in router/index.js). */
export const promotionRoutes = [
  { path: 'promotions', name: 'promotions', component: () => import('../views/PromotionsView.vue'), meta: { permission: 'promotion:read', title: 'promo.menu.promotions' } },
  { path: 'promotions/new', name: 'promotion-new', component: () => import('../views/PromotionEditView.vue'), meta: { permission: 'promotion:write', title: 'promo.editor.newTitle', menu: 'promotions' } },
  { path: 'promotions/:id(\\d+)', name: 'promotion-edit', component: () => import('../views/PromotionEditView.vue'), meta: { permission: 'promotion:read', title: 'promo.editor.editTitle', menu: 'promotions' } },
  { path: 'coupons', name: 'coupons', component: () => import('../views/CouponsView.vue'), meta: { permission: 'promotion:read', title: 'promo.menu.coupons' } },
  { path: 'campaigns', name: 'campaigns', component: () => import('../views/CampaignsView.vue'), meta: { permission: 'promotion:read', title: 'promo.menu.campaigns' } },
  { path: 'campaigns/:id(\\d+)', name: 'campaign', component: () => import('../views/CampaignDetailView.vue'), meta: { permission: 'promotion:read', title: 'promo.campaign.detailTitle', menu: 'campaigns' } },
  { path: 'pricing/preview', name: 'price-preview', component: () => import('../views/PricePreviewView.vue'), meta: { permission: 'promotion:read', title: 'promo.menu.preview' } },
  { path: 'pricing/try', name: 'try-cart', component: () => import('../views/TryCartView.vue'), meta: { permission: 'promotion:read', title: 'promo.menu.tryCart' } }
]

export default promotionRoutes
