/** The follow-up store: what the background and the extension pages import (never content scripts). */
export * from './checklist';
export * from './db';
export * from './due';
export * from './errors';
export * from './open';
export * from './records';
export * from './redact';
export * from './repository';
export * from './retention';
export * from './transfer';
export * from './diagnostics';
export * from './training';
