// The resource layer is generated: the committed files match the specs, and names follow the rule.
import { readFileSync } from 'node:fs';
import { apis, bundlePath } from '@ats-sdk/spec/apis';
import { describe, expect, it } from 'vitest';
import { nameOf, renderResources } from '../scripts/render-resources.mjs';

describe('generated resources', () => {
  it.each(apis.map((api) => api.name))('src/resources/%s.ts matches its spec (else run `pnpm generate`)', (api) => {
    const committed = readFileSync(new URL(`../src/resources/${api}.ts`, import.meta.url), 'utf8');
    expect(committed === renderResources(api), `src/resources/${api}.ts is stale`).toBe(true);
  });

  it.each(apis.map((api) => api.name))('%s: every operation has a method whose JSDoc gives its summary, route and provenance', (api) => {
    const spec = JSON.parse(readFileSync(bundlePath(api), 'utf8'));
    const text = renderResources(api);
    for (const item of Object.values<Record<string, any>>(spec.paths)) {
      for (const op of Object.values<any>(item)) {
        if (!op?.operationId) continue;
        const doc = text.slice(0, text.indexOf(`(operationId \`${op.operationId}\`)`));
        expect(doc.length, op.operationId).toBeGreaterThan(0);
        const block = doc.slice(doc.lastIndexOf('/**'));
        if (op.summary) expect(block).toContain(op.summary);
        const after = text.slice(text.indexOf(`(operationId \`${op.operationId}\`)`)).split('*/')[0];
        expect(after).toContain(`Provenance: **${op['x-provenance'].status}**`);
      }
    }
  });

  it('names methods by one rule over operationId and tag', () => {
    const cases: Array<[string, string, string]> = [
      ['getCandidate', 'Candidates', 'candidates.retrieve'],
      ['createCandidate', 'Candidates', 'candidates.create'],
      ['searchCandidateByEmail', 'Candidates', 'candidates.searchByEmail'],
      ['addNoteToCandidate', 'Candidates', 'candidates.addNote'],
      ['listTalentPools', 'Talent pools', 'talentPools.list'],
      ['deleteTalentPool', 'Talent pools', 'talentPools.delete'],
      ['listTalentPoolCandidates', 'Talent pools', 'talentPools.listCandidates'],
      ['listJobPostQuestions', 'Job posts', 'jobPosts.listQuestions'],
      ['applyToJobPost', 'Job posts', 'jobPosts.apply'],
      ['listCompanyOffices', 'Companies', 'companies.listOffices'],
      ['uploadFile', 'Utilities', 'files.upload'],
      ['moveApplicationStage', 'Applications', 'applications.moveStage'],
      ['rejectApplication', 'Applications', 'applications.reject'],
      ['downloadAttachment', 'Attachments', 'attachments.download'],
      ['getEeoc', 'Eeocs', 'eeocs.retrieve'],
      ['listActivities', 'Activities', 'activities.list'],
      ['getJobInterviewStage', 'Job interview stages', 'jobInterviewStages.retrieve'],
    ];
    expect(cases.map(([id, tag]) => Object.values(nameOf(id, tag)).join('.'))).toEqual(cases.map(([, , name]) => name));
  });

  it('falls back to the operationId noun when the tag does not name the subject', () => {
    const known = new Set(['files', 'webhooks']);
    const cases: Array<[string, string, string]> = [
      ['subscribeWebhook', 'Integrations', 'webhooks.subscribe'],
      ['unsubscribeWebhook', 'Integrations', 'webhooks.unsubscribe'],
      ['validateApiKey', 'Integrations', 'apiKeys.validate'],
      ['uploadFileUnscoped', 'Utilities', 'files.uploadUnscoped'],
    ];
    expect(cases.map(([id, tag]) => Object.values(nameOf(id, tag, known)).join('.'))).toEqual(cases.map(([, , name]) => name));
  });
});
