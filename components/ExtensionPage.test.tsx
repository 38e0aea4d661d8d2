import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExtensionPage } from './ExtensionPage';

describe('ExtensionPage', () => {
  it('shows the Swedish title as the page heading and says what will be there', () => {
    render(<ExtensionPage page="sidepanel" lang="sv" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Att hantera på sidan' })).toBeInTheDocument();
    expect(screen.getByText(/de mest brådskande först/)).toBeInTheDocument();
    expect(screen.getByRole('main').closest('[lang]')).toHaveAttribute('lang', 'sv');
  });

  it('shows English when the UI language is English', () => {
    render(<ExtensionPage page="sidepanel" lang="en" />);
    expect(screen.getByRole('heading', { level: 1, name: 'To handle on this page' })).toBeInTheDocument();
  });
});
