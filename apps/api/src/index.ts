export { type App, type AppOptions, buildApp } from './build-app.ts';
