/** Promotion pages (issue 5: promotions, coupons, campaigns, price preview, try a cart), in English; merged under `promo`. */
export default {
  menu: { group: 'Promotions', promotions: 'Promotions', coupons: 'Coupons', campaigns: 'Campaign calendar', preview: 'Price preview', tryCart: 'Try a cart' },
  common: { tz: 'Times are Beijing time', exportCsv: 'Export CSV', exported: '{n} rows exported', nothingToExport: 'Nothing to export', rateFmt: '{r}/10 price' },
  type: {
    FULL_REDUCTION: 'Spend & save', EVERY_REDUCTION: 'Every-spend off', QUANTITY_DISCOUNT: 'Multi-unit discount', GIFT: 'Gift with purchase',
    FLASH_DISCOUNT: 'Flash discount', N_FOR_M: 'N units at rate', NTH_UNIT: 'Nth unit at rate', BUNDLE: 'Bundle price', MEMBER_PRICE: 'Member price'
  },
  typeHint: {
    FULL_REDUCTION: 'Order reaches an amount, take money off; several tiers, e.g. 20 off 200, 40 off 300',
    EVERY_REDUCTION: 'Money off for every full amount, with an optional cap, e.g. 10 off every 100, at most 50',
    QUANTITY_DISCOUNT: 'Enough units, a rate; several tiers, e.g. 2 units at 9, 3 units at 8.5',
    GIFT: 'A gift SKU above an amount or unit count (only while in stock)',
    FLASH_DISCOUNT: 'A rate or a fixed price during the window',
    N_FOR_M: 'Buy N units, all N at rate M',
    NTH_UNIT: 'The Nth unit at rate M, e.g. second unit half price (N=2, M=5)',
    BUNDLE: 'A set of SKUs sold at a bundle price',
    MEMBER_PRICE: 'Given member tiers buy given SKUs at a member price'
  },
  status: { DRAFT: 'Draft', ACTIVE: 'Active', PAUSED: 'Paused', ENDED: 'Ended' },
  phase: { DRAFT: 'Draft', UPCOMING: 'Upcoming', RUNNING: 'Running', PAUSED: 'Paused', ENDED: 'Ended' },
  tier: { NORMAL: 'Normal', SILVER: 'Silver', GOLD: 'Gold', PLATINUM: 'Platinum' },
  field: {
    name: 'Name', type: 'Type', window: 'Window', startsAt: 'Starts', endsAt: 'Ends', priority: 'Priority',
    priorityHint: '0–999, higher is computed first', exclusionGroup: 'Exclusion group', exclusionPlaceholder: 'e.g. ORDER-A',
    exclusionHint: 'Only one promotion of a group applies (the best one)', campaign: 'Campaign', noCampaign: 'No campaign'
  },
  scope: {
    items: 'Applies to', all: 'All goods', categories: 'Categories', skus: 'SKUs', pickCategories: 'Pick categories',
    skusPlaceholder: 'One SKU code per line; paste from Excel', channels: 'Channels', channelsHint: 'None = all channels',
    allChannels: 'All channels', memberTiers: 'Member tiers', anyTier: 'Any member tier'
  },
  rule: {
    threshold: 'Threshold', off: 'Off', full: 'Spend', minus: 'Off', units: 'units', minUnits: 'Min. units', rate: 'Rate', zhe: '/10',
    addTier: 'Add tier', fullReductionHint: 'Each tier: order reaches the threshold, take the amount off; thresholds ascending, off below threshold',
    quantityHint: 'Each tier: at least N units, pay the rate (8.5 = pay 85%); units ascending, rates descending',
    every: 'Every', cap: 'Cap', noCap: 'No cap', giftBasis: 'Gift when', byAmount: 'Amount reached', byUnits: 'Units reached',
    giftSku: 'Gift SKU', giftQuantity: 'Gift quantity', flashMode: 'Discount as', byRate: 'Rate', byFixed: 'Fixed price', fixedPrice: 'Fixed price',
    nForMHint: 'Buy N units, all N at rate M', nthHint: 'Of every N units, the Nth at rate M', nUnits: 'N (units)', nth: 'Nth unit',
    halfPrice: 'i.e. "second unit half price"', skuCode: 'SKU code', quantity: 'Quantity', addItem: 'Add item', bundlePrice: 'Bundle price', tier: 'Member tier',
    memberPrice: 'Member price', addPrice: 'Add row', n: 'N', price: 'Price', every_: 'Every', items: 'Bundle items', prices: 'Member prices', tiers: 'Tiers'
  },
  v: {
    required: 'Required', money: 'An amount above 0 with at most 2 decimals', count: 'A positive whole number', rate: 'Rate must be above 0 and at most 10',
    rateBelow10: 'Rate must be above 0 and below 10', offBelowThreshold: 'Must be below the threshold', offBelowEvery: 'Must be below the "every" amount',
    tiersAscending: 'Thresholds must go up, no repeats', offAscending: 'A higher tier must take more off', rateDescending: 'More units must mean a lower rate',
    tiersRequired: 'At least one tier', capAtLeastOff: 'The cap cannot be below the amount off', nAtLeast2: 'N must be a whole number of at least 2',
    bundleItems: 'A bundle needs at least two units', duplicateSku: 'Duplicate SKU', pricesRequired: 'At least one member price',
    endAfterStart: 'Must be after the start', priority: 'A whole number 0–999', scopeEmpty: 'Pick categories or enter SKUs',
    perUser: 'A whole number 1–100',
    days: 'A number of days, 1–3650'
  },
  list: {
    title: 'Promotions', new: 'New promotion', searchPlaceholder: 'Name', allStatuses: 'All statuses', allTypes: 'All types',
    allChannels: 'All channels', from: 'From', to: 'To', summary: 'Summary', scope: 'Scope', until: 'to', phase: 'Phase',
    status: 'Status', approved: 'Below-floor approved', none: 'No promotions match', inCampaign: 'Campaign #{id}',
    nCategories: '{n} categories', nSkus: '{n} SKUs'
  },
  action: {
    activate: 'Activate', pause: 'Pause', end: 'End', activated: '"{name}" is active',
    activateConfirm: 'Activate "{name}"?', pauseConfirm: 'Pause "{name}"? No discount is computed while paused.',
    endConfirm: 'End "{name}"? It cannot be activated again.'
  },
  editor: {
    newTitle: 'New promotion', editTitle: 'Edit promotion', basics: 'Basics', rule: 'Rule ({type})', saved: 'Saved',
    fixErrors: 'Fix the fields in red first', versionInfo: 'Version {version} · updated {at}',
    conflict: 'Someone else changed this promotion; your save did not go through. Reload the latest version? (unsaved changes are lost)',
    approvedBy: 'Below-floor approved by {who} at {at}'
  },
  check: {
    title: 'Live check', intro: 'Checked as you type: is the rule valid, would any SKU sell below its floor, which promotions overlap.',
    fixFields: '{n} fields to fix', allGood: 'Valid, nothing below floor, no conflicts', belowFloor: '{n} SKUs would sell below floor',
    belowFloorHint: 'Activation needs someone who can approve', conflicts: 'Overlaps {n} promotions', rowField: 'row {row} {field}',
    serverRejected: 'The server rejected it; see the fields in red'
  },
  floor: {
    sku: 'SKU', title: 'Product', listPrice: 'List price', cost: 'Cost', floor: 'Floor', lowest: 'Lowest price', how: 'How',
    dialogTitle: 'Below floor', dialogIntro: '{n} SKUs would sell below their floor (cost × (1 + category minimum margin))',
    notePlaceholder: 'Approval note (e.g. clearance, traffic driver, agreed with finance)', needApprover: 'Someone with promotion approval rights has to approve it first.',
    approveAndActivate: 'Approve below floor and activate', approveAndLaunch: 'Approve below floor and launch'
  },
  coupon: {
    title: 'Coupons', new: 'New coupon', editTitle: 'Edit coupon', tabTemplates: 'Templates', tabClaims: 'Claims',
    searchPlaceholder: 'Coupon name', allKinds: 'All kinds', allTemplates: 'All templates', name: 'Name', kindLabel: 'Kind',
    kind: { SHOP: 'Shop coupon', PRODUCT: 'Product coupon' },
    kindHint: { SHOP: 'Whole shop (channels, member tiers may limit it)', PRODUCT: 'Only the listed categories or SKUs' },
    status: { DRAFT: 'Draft', ACTIVE: 'Issuing', PAUSED: 'Paused' },
    claimStatus: { USABLE: 'Usable', REDEEMED: 'Redeemed', EXPIRED: 'Expired' },
    threshold: 'Minimum spend', noThreshold: 'None', value: 'Value', byAmount: 'Amount off', byRate: 'Rate', cap: 'at most',
    validity: 'Valid', fixedWindow: 'Fixed window', daysAfterClaim: 'N days after claim', days: 'days', daysAfterClaimN: '{n} days after claim',
    autoIssue: 'Issue on order', autoIssueOn: 'Auto', autoIssueHint: 'Issued to the buyer of every new order (buyers by phone, within the per-customer limit)',
    totalQuantity: 'Total quantity', perUserLimit: 'Per customer', issued: 'Issued', issuedOfTotal: 'Issued / total', redeemed: 'Redeemed',
    issue: 'Issue', issueTitle: 'Issue "{name}"', issueHint: 'Paste customer ids, one per line (commas or spaces work too); repeats get one coupon.',
    issuePlaceholder: 'C10001\nC10002\nC10003', issueCount: '{n} customers', issuedN: '{n} issued, {skipped} skipped',
    skipReason: 'Reason', customerId: 'Customer id', claimedAt: 'Claimed', validFrom: 'Valid from', validUntil: 'Valid until',
    redeemedAt: 'Redeemed', orderRef: 'Order', redeem: 'Redeem', redeemPrompt: 'Redeem coupon #{id}: order number',
    none: 'No coupons yet', productNeedsScope: 'A product coupon needs categories or SKUs'
  },
  preview: {
    title: 'Price preview', intro: 'The lowest price each SKU can reach with every promotion of the window, against its floor',
    searchPlaceholder: 'SKU / title', belowOnly: 'Below floor only', category: 'Category', flag: 'Floor check', belowFloor: 'Below floor', ok: 'OK'
  },
  margins: {
    title: 'Category minimum margins', intro: 'Floor = cost × (1 + minimum margin); categories without one use the default.', default: 'Default',
    addCategory: 'Add a category', minMargin: 'Min. margin', inherit: 'Default', saved: 'Margins saved; the preview is refreshed'
  },
  cart: {
    title: 'Try a cart', intro: 'Price one order: how each line is computed, what applied and why not', example: 'Load example', clear: 'Clear',
    channel: 'Channel', memberTier: 'Member tier', noTier: 'Not a member', customerId: 'Customer id', optional: 'optional', at: 'Time', now: 'Now',
    sku: 'SKU', qty: 'Qty', unitPrice: 'Unit price', listPrice: 'List price', skuPlaceholder: 'SKU code', addLine: 'Add line',
    coupons: 'Coupons', couponsPlaceholder: 'Claim ids (none: the customer\'s usable coupons)', quote: 'Price it',
    subtotal: 'Subtotal', discount: 'Discount', total: 'Total', listUnit: 'List', itemUnit: 'Item price', afterItem: 'After item',
    afterMultiBuy: 'After multi-buy', orderDiscount: 'Order discount', couponDiscount: 'Coupon', final: 'Final', explanation: 'Explanation',
    applied: 'Applied ({n})', noneApplied: 'Nothing applied', notInScope: '{n} other active promotions do not concern this cart (channel, member tier or items)', notApplied: 'Not applied ({n})', allocation: 'Allocation', gifts: 'Gifts',
    source: { LIST: 'List price', MEMBER: 'Member price', FLASH: 'Flash discount' },
    stage: { 1: 'Item', 2: 'Multi-buy', 3: 'Order', 4: 'Coupon' }
  },
  campaign: {
    title: 'Campaign calendar', detailTitle: 'Campaign', new: 'New campaign', tabCalendar: 'Calendar', tabList: 'List', today: 'Today',
    multiChannel: 'Several channels (dots)', month: 'Month', week: 'Week', kindCampaign: 'Campaign (outlined)', name: 'Name', description: 'Description',
    dow: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
    status: { PLANNING: 'Planning', PENDING_APPROVAL: 'Pending approval', APPROVED: 'Approved', LIVE: 'Live', ENDED: 'Ended' },
    checklist: 'Launch checklist', checklistHint: 'The standard checklist is created with it: product selection, stock check, page setup, CS script, multi-terminal test.',
    none: 'No campaigns', approvedBy: 'Approved by', approvedInfo: 'Approved by {who} at {at}', fields: 'Details',
    doneOf: '{done}/{total} done', addTask: 'Add task', task: 'Task', kind: 'Kind', owner: 'Owner', dueAt: 'Due',
    overdue: 'Overdue', overdueN: '{n} overdue', doneBy: 'Done by {who} at {at}',
    taskKind: { PRODUCT_SELECTION: 'Product selection', STOCK_CHECK: 'Stock check', PAGE_SETUP: 'Page setup', CS_SCRIPT: 'CS script', MULTI_TERMINAL_TEST: 'Multi-terminal test', OTHER: 'Other' },
    promotions: 'Promotions ({n})', noPromotions: 'No promotions yet; add one with "New promotion"', expected: 'Expected demand',
    expectedHint: 'Expected units per SKU; saved, they are checked against available stock', expectedUnits: 'Expected', addSku: 'Add SKU',
    stockCheck: 'Stock check', available: 'Available', shortfall: 'Shortfall', noExpected: 'Enter the expected demand first',
    submit: 'Submit for approval', submitBlocked: '{n} checklist items open', approve: 'Approve', waitingApproval: 'Waiting for approval',
    launch: 'Launch', end: 'End', launchConfirm: 'Launch "{name}"? All its promotions are activated.', endConfirm: 'End "{name}"?',
    did: { submit: 'Submitted for approval', approve: 'Approved', launch: 'Launched', end: 'Ended' }
  },
  problem: { 'below-floor': 'Below floor price' }
}
