// The e2e tests and the scripts (npm start, npm run bench) share one way of
// serving pages and launching Chromium with the built extension.
export * from '../../scripts/lib/browser';
