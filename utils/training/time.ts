/** Scenario times are Stockholm wall-clock strings ("2026-03-10T10:15"); the pure cores want an instant. */
import { stockholmInstant } from '../../responses/calendar';

export function whenToInstant(when: string): Date {
  const [date = '', clock = '00:00'] = when.split('T');
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return stockholmInstant(date, hours * 60 + minutes);
}
