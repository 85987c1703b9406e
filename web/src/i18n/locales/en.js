import promoEn from './promo.en'

export default {
  promo: promoEn,
  app: { name: 'StoreOps', tagline: 'E-commerce operations hub' },
  menu: { products: 'Products', listings: 'Listings', channels: 'Channel rules', import: 'Import', users: 'Users & tokens', audit: 'Audit log' },
  layout: { language: 'Language', languageShort: 'EN', logout: 'Log out', toggleMenu: 'Collapse/expand menu' },
  login: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    badCredentials: 'Wrong username or password'
  },
  common: {
    search: 'Search', reset: 'Reset', save: 'Save', cancel: 'Cancel', delete: 'Delete', edit: 'Edit', create: 'Create', add: 'Add',
    back: 'Back', refresh: 'Refresh', reload: 'Reload', revert: 'Discard changes', done: 'Done', all: 'All', yes: 'Yes', no: 'No',
    actions: 'Actions', createdAt: 'Created', updatedAt: 'Updated', noData: 'No data', totalRows: '{n} rows',
    saved: 'Saved', deleted: 'Deleted', unsaved: 'Unsaved changes', confirmTitle: 'Please confirm', conflictTitle: 'Changed by someone else',
    keepEditing: 'Keep editing'
  },
  error: { network: 'Network error: the server cannot be reached', status: 'Request failed ({status})' },
  problem: {
    'below-floor': 'Below floor price',
    'stale-version': 'Changed by someone else', 'illegal-transition': 'Status change not allowed', 'listing-exists': 'Already listed on this channel',
    'last-admin': 'The last administrator must stay', 'listing-blocked': 'Blocking issues remain',
    validation: 'Validation failed', 'not-found': 'Not found', conflict: 'Conflict', duplicate: 'Already exists', constraint: 'Data constraint violated',
    forbidden: 'No permission', unauthenticated: 'Please log in', csrf: 'Security token expired — try again', internal: 'Internal server error',
    'login-failed': 'Login failed', 'login-locked': 'Too many failed logins — try again later', 'payload-too-large': 'Too large',
    'malformed-json': 'Malformed request', 'unreadable-body': 'Unreadable request'
  },
  status: { DRAFT: 'Draft', READY: 'Ready', LISTED: 'Listed', DELISTED: 'Delisted' },
  severity: { BLOCKING: 'Blocking', WARNING: 'Warning' },
  roles: { ADMIN: 'Admin', OPERATIONS: 'Operations', ANALYST: 'Analyst', SERVICE_AGENT: 'Service agent', WAREHOUSE: 'Warehouse' },
  channelNames: { TMALL: 'Tmall', JD: 'JD.com', DOUYIN: 'Douyin', WEBSHOP: 'Web shop', WEB: 'Web shop' },
  product: {
    new: 'New product', newTitle: 'New product', editTitle: 'Edit product',
    searchPlaceholder: 'Title / SPU / SKU / barcode', allCategories: 'All categories', allChannels: 'All channels', allStatuses: 'Any listing status',
    exportXlsx: 'Export xlsx', exportCsv: 'Export CSV',
    image: 'Image', spuCode: 'SPU code', titleField: 'Title', category: 'Category', brand: 'Brand', brandPlaceholder: 'Pick or type a brand',
    priceRange: 'Price range', skuCount: 'SKUs', channelListings: 'Channel listings', noListings: 'Not listed',
    basic: 'Basics', images: 'Images', mainImage: 'Main', makeMain: 'Make main', imageUrlPlaceholder: 'Image URL https://…', addImage: 'Add image',
    attributes: 'Attributes', addAttribute: 'Add attribute', attrName: 'Name', attrValue: 'Value', required: 'Required', noAttributes: 'No attributes',
    requiredAttributes: 'Required for this category: {list}',
    skus: 'SKUs', addSku: 'Add SKU', addSpec: 'Add option', specPlaceholder: 'Option name, e.g. colour', removeSpec: 'Remove this option column',
    skuCode: 'SKU code', barcode: 'Barcode', cost: 'Cost', listPrice: 'List price', margin: 'Margin', noSkus: 'No SKUs yet — add one',
    description: 'Description (HTML)', descriptionPlaceholder: '<p>Product details…</p>',
    previewSaved: 'Preview (as saved and sanitised by the server)', previewStale: 'Unsaved changes — save to update the preview', previewEmpty: 'Save to preview the description here',
    versionInfo: 'Version {version} · updated {at}', fixErrors: 'Please fix these errors',
    conflict: 'Someone else changed this product, so your save was not applied. Reload the latest data? (Your unsaved changes will be lost.)',
    deleteConfirm: 'Delete the product “{title}”? This cannot be undone.'
  },
  listing: {
    exportXlsx: 'Export xlsx', exportCsv: 'Export CSV',
    title: 'Listing', channel: 'Channel', status: 'Status', score: 'Score', product: 'Product', listingTitle: 'Listing title', price: 'Price',
    images: 'Images ({n}, at least {min})', content: 'Listing content', transitions: 'Move to',
    to: { READY: 'Mark ready', LISTED: 'Publish', DELISTED: 'Delist', DRAFT: 'Back to draft' },
    titleCount: 'Length {n} / {max}', countingHint: { CJK_DOUBLE: 'CJK and full-width characters count 2, others 1', CHARACTERS: 'Every character counts 1' },
    minMarginHint: 'Minimum margin {n}%',
    violationsTitle: 'Rule check', violationCount: 'no issues | {n} issue | {n} issues', blockingCount: '{n} blocking', warningCount: '{n} warnings | {n} warning | {n} warnings', hasBlocking: 'has blocking issues',
    noViolations: 'All rules pass', channelRules: 'Channel rules',
    fields: { title: 'Title', price: 'Price', images: 'Images', detail: 'Detail page', attributes: 'Attributes', skus: 'SKUs' },
    productContent: 'Issues in the product data', editProduct: 'Edit product',
    open: 'Open', create: 'Create listing', created: 'Draft listing created on {channel}', notOnChannels: 'Not on these channels yet',
    savedWithScore: 'Saved — score {score}', transitioned: 'Status changed to {status}',
    blockedTransition: 'Blocking issues prevent this change | 1 blocking issue prevents this change | {n} blocking issues prevent this change', transitionUsesSaved: 'Status changes use the saved content',
    conflict: 'Someone else changed this listing, so your save was not applied. Reload the latest data?',
    blockingOnly: 'Blocking only', searchPlaceholder: 'Title / product'
  },
  validation: {
    button: 'Validate whole channel', title: 'Channel validation', run: 'Validate', ranFor: 'Results for {channel}', pick: 'Pick a channel to validate',
    listings: 'Listings', blocked: 'Blocked', averageScore: 'Average score', violations: 'Issues', passing: 'Passing',
    byCode: 'Issues by rule', share: 'Blocked share', worst: 'Lowest-scoring listings'
  },
  categoryRules: {
    title: 'Required attributes by category',
    hint: 'A product (or every one of its SKUs) must fill these in to be listed; sub-categories inherit their parents\' requirements.',
    category: 'Category',
    inherited: 'Inherited',
    own: 'Required here',
    addPlaceholder: 'Type a name, press Enter',
    saved: 'Required attributes saved; affected listings were re-checked'
  },
  channel: {
    add: 'Add channel', code: 'Code', codePlaceholder: 'e.g. KUAISHOU', name: 'Name', rules: 'Listing rules',
    enabled: 'Enabled', disabled: 'Disabled', none: 'No channels', saved: 'Channel rules saved', created: 'Channel created',
    titleCounting: 'Title counting', counting: { CJK_DOUBLE: 'CJK counts 2 (CJK_DOUBLE)', CHARACTERS: 'Characters (CHARACTERS)' },
    titleUnits: 'Title length', min: 'min', max: 'max', maxTitleUnits: 'Max title length', minImages: 'Min images', minMarginPercent: 'Min margin %',
    requireDetail: 'Detail page required', forbiddenWords: 'Forbidden words', noWords: 'No forbidden words', wordPlaceholder: 'Type a word; separate several with commas'
  },
  import: {
    history: 'Recent imports', historyEmpty: 'No imports yet', fileName: 'File', uploader: 'Uploaded by', time: 'Time', products: 'Products', skus: 'SKUs', totalRows: 'Rows', errorCount: 'Errors', show: 'Show', refresh: 'Refresh',
    exportTitle: 'Export all products', exportHint: 'Exports every product with its SKUs. To export a filtered list, use the buttons on the product list.',
    step1: '1. Download the template', step2: '2. Upload the file', step3: '3. Import progress',
    templateHint: 'One SKU per row; rows with the same SPU code become one product. Excel (xlsx) and CSV (UTF-8) are accepted.',
    templateXlsx: 'xlsx template', templateCsv: 'CSV template',
    drop: 'Drop the file here, or click to choose', atomicHint: 'All rows are checked first: if any row has an error, nothing is imported.',
    noJob: 'No file uploaded yet', rows: '{processed} / {total} rows processed', startedAt: 'started', finishedAt: 'finished',
    status: { VALIDATING: 'Validating', IMPORTING: 'Importing', COMPLETED: 'Completed', FAILED: 'Failed' },
    completed: 'Import completed', counts: '{rows} rows: {products} products and {skus} SKUs imported',
    failed: 'Errors found — nothing was imported | 1 error found — nothing was imported | {n} errors found — nothing was imported', downloadErrors: 'Download error report (CSV)',
    row: 'Row', column: 'Column', message: 'Message', viewProducts: 'View products'
  },
  users: {
    title: 'Users', new: 'New user', edit: 'Edit user', username: 'Username', displayName: 'Display name', password: 'Initial password', roles: 'Roles',
    enabled: 'Enabled', resetPassword: 'Reset password', resetPasswordFor: 'Reset the password of {name}', newPassword: 'New password',
    passwordReset: 'Password reset', deleteConfirm: 'Delete the user {name}?'
  },
  tokens: {
    title: 'API tokens', new: 'New token', name: 'Name', role: 'Role', prefix: 'Prefix', createdBy: 'Created by', lastUsed: 'Last used',
    status: 'Status', active: 'Active', revoked: 'Revoked', revoke: 'Revoke', revokedMsg: 'Token revoked', revokeConfirm: 'Revoke the token {name}? Integrations using it stop working at once.',
    createdTitle: 'Token created', onceWarning: 'This token is shown only once. Copy it now and keep it safe.', copy: 'Copy', copied: 'Copied', copyFailed: 'Copy failed — select the token and copy it by hand'
  },
  audit: {
    export: 'Export CSV',
    at: 'Time', actor: 'Actor', action: 'Action', entityType: 'Entity type', entityId: 'Entity id', summary: 'Summary',
    actions: { CREATE: 'Create', UPDATE: 'Update', DELETE: 'Delete', TRANSITION: 'Transition', IMPORT: 'Import', REVOKE: 'Revoke' },
    types: { product: 'Product', listing: 'Listing', channel: 'Channel', category: 'Category', user: 'User', 'api-token': 'API token' },
    from: 'From', to: 'To', today: 'Today', last7: 'Last 7 days', last30: 'Last 30 days', tz: 'Beijing time (UTC+8)',
    before: 'Before', after: 'After', none: '(none)'
  },
  notFound: {
    title: 'Page not found', text: 'Nothing at {path}', home: 'Back to products',
    forbiddenTitle: 'No permission', forbiddenText: 'Your role may not open this page. Ask an administrator.'
  }
}
