import js from '@eslint/js'
import vue from 'eslint-plugin-vue'
import globals from 'globals'

/**
 * ESLint's and the Vue plugin's recommended rules. Layout is not linted (the plugin's `no-layout-rules`): the
 * console keeps its compact one-line templates, and formatting is not what this gate is for.
 */
export default [
  { ignores: ['dist/**', 'node_modules/**'] },
  js.configs.recommended,
  ...vue.configs['flat/recommended'],
  vue.configs['no-layout-rules'],
  {
    files: ['**/*.{js,vue}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser }
    },
    rules: {
      // Form sections (channel rules, promotion rule and scope editors) edit the reactive object their page hands
      // them; replacing a prop itself stays an error.
      'vue/no-mutating-props': ['error', { shallowOnly: true }]
    }
  },
  {
    files: ['scripts/**/*.js', 'eslint.config.js', 'vite.config.js'],
    languageOptions: { globals: { ...globals.node } }
  }
]
