/**
 * The background's side of the storage messages: content scripts never open the database, they
 * send what they found and the background writes it. One bad comment in a batch does not lose the
 * others.
 */
import type { Handlers } from '../utils/messages';
import type { SekretessvaktDB } from './db';
import { addReply, getSettings, recentReplies, recordComment } from './repository';

type StorageHandlers = Pick<Handlers, 'comments/flagged' | 'replies/recent' | 'replies/posted'>;

const MAX_BATCH = 500;
const MAX_REPLY_LENGTH = 5000;

export function storageHandlers(database: () => Promise<SekretessvaktDB>, clock: () => number = Date.now): StorageHandlers {
  return {
    'comments/flagged': async ({ comments }) => {
      const db = await database();
      const actor = (await getSettings(db)).moderator || 'okänd';
      let stored = 0;
      let failed = 0;
      for (const comment of Array.isArray(comments) ? comments.slice(0, MAX_BATCH) : []) {
        try {
          if (!comment || typeof comment.text !== 'string' || !comment.assessment || comment.assessment.labels.length === 0) throw new TypeError('not a flagged comment');
          await recordComment(db, comment, actor, clock());
          stored++;
        } catch {
          failed++;
        }
      }
      return { stored, failed: failed + Math.max(0, (Array.isArray(comments) ? comments.length : 0) - MAX_BATCH) };
    },
    'replies/recent': async ({ limit }) => {
      const db = await database();
      const wanted = Number.isInteger(limit) && limit! > 0 ? Math.min(limit!, 200) : 50;
      return { texts: await recentReplies(db, wanted) };
    },
    'replies/posted': async ({ text }) => {
      if (typeof text !== 'string' || text.trim() === '') throw new TypeError('replies/posted needs the reply text');
      await addReply(await database(), text.slice(0, MAX_REPLY_LENGTH), clock());
      return { stored: true };
    },
  };
}
