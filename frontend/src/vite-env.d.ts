/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the backend API, without a trailing slash. Empty (the default) means same origin. */
  readonly VITE_APP_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
