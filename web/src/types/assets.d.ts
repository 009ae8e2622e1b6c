// Vite bundles imported CSS; TypeScript only needs to know such an import is valid.
declare module '*.css';
