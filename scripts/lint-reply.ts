/**
 * npm run lint-reply -- [--comment TEXT] [--lang sv|en] DRAFT: checks a reply a moderator wrote
 * against the guideline and prints the findings, errors first. Exit 1 when there is an error.
 */
import { classify } from '../classifiers';
import { lintReply, type Finding } from '../responses/lint';

const USAGE = `Usage: npm run lint-reply -- [--comment TEXT] [--lang sv|en] DRAFT

Checks DRAFT, a reply to a comment, against the guideline: stance, promises, personal data,
contact with social services, private messages, referral, acknowledgement, language, length.
With --comment the comment is classified, so a flagged comment demands a referral.
Exit    0 no errors · 1 errors found · 2 usage error
`;

export function runLintReply(argv: readonly string[]): { stdout: string; exitCode: 0 | 1 | 2 } {
  let comment: string | undefined;
  let lang: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { stdout: USAGE, exitCode: 0 };
    if (arg === '--comment') comment = argv[++i];
    else if (arg === '--lang') lang = argv[++i];
    else rest.push(arg);
  }
  const draft = rest.join(' ').trim();
  if (draft === '') return { stdout: USAGE, exitCode: 2 };
  const assessment = comment ? classify(comment) : undefined;
  const findings = lintReply(draft, { ...(comment ? { comment } : {}), ...(assessment ? { assessment } : {}), ...(lang ? { lang } : {}) });
  const ui = lang === 'en' || assessment?.lang === 'en' ? 'en' : 'sv';
  const lines = findings.map((f: Finding) => {
    const where = f.end > f.start && f.end - f.start < draft.length ? ` «${draft.slice(f.start, f.end)}»` : '';
    return `${f.severity === 'error' ? 'FEL    ' : 'VARNING'} ${f.id}${where}\n        ${f.message[ui]}\n        Riktlinjen: ${f.guideline}`;
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const summary = findings.length === 0 ? 'Inga anmärkningar.' : `${errors} fel, ${findings.length - errors} ${findings.length - errors === 1 ? "varning" : "varningar"}.`;
  return { stdout: [...lines, summary].join('\n') + '\n', exitCode: errors > 0 ? 1 : 0 };
}

const result = runLintReply(process.argv.slice(2));
process.stdout.write(result.stdout);
process.exitCode = result.exitCode;
