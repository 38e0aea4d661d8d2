// Every unit test gets an in-memory IndexedDB and the DOM matchers of @testing-library/jest-dom.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
