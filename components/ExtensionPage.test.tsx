import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExtensionPage } from './ExtensionPage';
import { PopupPage } from './PopupPage';

describe('ExtensionPage', () => {
  it('shows the Swedish title as the page heading and says what will be there', () => {
    render(<ExtensionPage page="dashboard" lang="sv" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Uppföljning' })).toBeInTheDocument();
    expect(screen.getByText(/godkänna avslutade ärenden/)).toBeInTheDocument();
    expect(screen.getByRole('main').closest('[lang]')).toHaveAttribute('lang', 'sv');
  });

  it('shows English when the UI language is English', () => {
    render(<ExtensionPage page="training" lang="en" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Practice' })).toBeInTheDocument();
  });
});

describe('PopupPage', () => {
  it('links to the dashboard and the training page', () => {
    render(<PopupPage lang="sv" />);
    expect(screen.getByRole('link', { name: 'Öppna uppföljningen' })).toHaveAttribute('href', '/dashboard.html');
    expect(screen.getByRole('link', { name: 'Öppna övningen' })).toHaveAttribute('href', '/training.html');
  });
});
