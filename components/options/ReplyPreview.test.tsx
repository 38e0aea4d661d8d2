import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { classify } from '../../classifiers';
import { VARBERG_DIRECTORY, type Directory } from '../../responses/directory';
import { TUE_1000 } from '../../storage/test-helpers';
import { ReplyPreview } from './ReplyPreview';
import { SAMPLE_COMMENTS } from './sample-comments';

/** The built-in directory with another number for the reception team. */
function withReceptionPhone(phone: string): Directory {
  return { ...VARBERG_DIRECTORY, channels: VARBERG_DIRECTORY.channels.map((c) => (c.id === 'mottagningsgruppen' ? { ...c, phone } : c)) };
}

const referral = () => within(screen.getByRole('heading', { name: 'Hänvisar till' }).nextElementSibling as HTMLElement);
const reply = () => screen.getByRole('heading', { name: 'Förslag till svar' }).nextElementSibling as HTMLElement;

describe('sample comments', () => {
  it.each(SAMPLE_COMMENTS.map((s) => [s.id, s] as const))('%s is classified as the kind it shows', (_id, sample) => {
    expect(classify(sample.text).labels).toContain(sample.kind);
  });

  it('cover all six kinds, one of them in English', () => {
    expect(new Set(SAMPLE_COMMENTS.map((s) => s.kind)).size).toBe(6);
    expect(SAMPLE_COMMENTS.filter((s) => classify(s.text).lang === 'en')).toHaveLength(1);
  });
});

describe('ReplyPreview', () => {
  it('refers a child at risk to the reception team in office hours and to socialjouren through 112 in the evening', () => {
    render(<ReplyPreview lang="sv" directory={VARBERG_DIRECTORY} draftInvalid={false} initialNow={new Date(TUE_1000)} />);
    expect(screen.getByLabelText('Datum')).toHaveValue('2026-11-24');
    expect(screen.getByLabelText('Klockslag')).toHaveValue('10');
    expect(screen.getByText('Tisdag, vardag.')).toBeInTheDocument();
    expect(referral().getByText('Barn- och familjeenhetens mottagningsgrupp: 0340-88500 (öppet då)')).toBeInTheDocument();
    expect(reply()).toHaveTextContent('0340-88500');

    fireEvent.change(screen.getByLabelText('Klockslag'), { target: { value: '20' } });
    expect(referral().getByText('Socialjouren: 112 (öppet då)')).toBeInTheDocument();
    expect(referral().queryByText(/mottagningsgrupp/)).toBeNull();
    expect(reply()).toHaveTextContent('112');
    expect(reply()).not.toHaveTextContent('0340-88500');
  });

  it('follows the calendar: on Christmas Eve the office is closed in the morning too', () => {
    render(<ReplyPreview lang="sv" directory={VARBERG_DIRECTORY} draftInvalid={false} initialNow={new Date(TUE_1000)} />);
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-24' } });
    expect(screen.getByText(/Torsdag, röd dag: julafton/)).toBeInTheDocument();
    expect(referral().getByText(/^Socialjouren: 112/)).toBeInTheDocument();
  });

  it('shows the number from the directory it is given, so an edited number shows at once', () => {
    const { rerender } = render(<ReplyPreview lang="sv" directory={VARBERG_DIRECTORY} draftInvalid={false} initialNow={new Date(TUE_1000)} />);
    rerender(<ReplyPreview lang="sv" directory={withReceptionPhone('0340-12 34 56')} draftInvalid={false} initialNow={new Date(TUE_1000)} />);
    expect(referral().getByText('Barn- och familjeenhetens mottagningsgrupp: 0340-12 34 56 (öppet då)')).toBeInTheDocument();
    expect(reply()).toHaveTextContent('0340-12 34 56');
    expect(reply()).not.toHaveTextContent('0340-88500');
  });

  it('says the preview uses the last valid version while the draft has errors', () => {
    render(<ReplyPreview lang="sv" directory={VARBERG_DIRECTORY} draftInvalid initialNow={new Date(TUE_1000)} />);
    expect(screen.getByText(/Förhandsvisningen använder den senaste versionen utan fel/)).toBeInTheDocument();
  });

  it('names the manager to inform for serious criticism, apart from the reply', () => {
    render(<ReplyPreview lang="sv" directory={VARBERG_DIRECTORY} draftInvalid={false} initialNow={new Date(TUE_1000)} />);
    fireEvent.change(screen.getByLabelText('Exempelkommentar'), { target: { value: 'kritik' } });
    const internal = screen.getByRole('heading', { name: 'Informera internt (står inte i svaret)' }).nextElementSibling as HTMLElement;
    expect(internal).toHaveTextContent('Ansvarig chef, vård och omsorg');
    expect(reply()).not.toHaveTextContent('chef');
  });

  it('replies in English to the English sample, and shows the same reply for the same choice', () => {
    render(<ReplyPreview lang="sv" directory={VARBERG_DIRECTORY} draftInvalid={false} initialNow={new Date(TUE_1000)} />);
    fireEvent.change(screen.getByLabelText('Exempelkommentar'), { target: { value: 'personuppgifter' } });
    expect(reply()).toHaveAttribute('lang', 'en');
    const first = reply().textContent;
    fireEvent.change(screen.getByLabelText('Klockslag'), { target: { value: '11' } });
    fireEvent.change(screen.getByLabelText('Klockslag'), { target: { value: '10' } });
    expect(reply().textContent).toBe(first);
  });

  it('speaks English when the page does', () => {
    render(<ReplyPreview lang="en" directory={VARBERG_DIRECTORY} draftInvalid={false} initialNow={new Date(TUE_1000)} />);
    expect(screen.getByLabelText('Sample comment')).toBeInTheDocument();
    expect(screen.getByText('Tuesday, weekday.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Refers to' }).nextElementSibling).toHaveTextContent("Social services' reception team for children and families: 0340-88500 (open then)");
  });
});
