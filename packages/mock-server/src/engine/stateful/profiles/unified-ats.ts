// Truto Unified ATS: what its spec cannot say. Ids are strings; a created candidate's `name` is its
// first and last name; move-stage sets the application's `current_stage`, reject its `rejected_at`
// and `reject_reason`; an unknown application is 404.
import type { Context, Json, Profile } from '../types.js';
import { inShapeOf } from '../schema.js';

const APPLICATIONS = '/unified/ats/applications';

function changeApplication(context: Context, change: (application: Json) => void) {
  const id = context.sent.application_id;
  if (typeof id !== 'string') return context.response; // Lever moves by candidate: nothing to track
  const applications = context.store(APPLICATIONS);
  const stored = applications.get(id);
  if (!stored) return context.error(404, `No application with id ${id}.`);
  const application = { ...stored }; // stored objects are frozen: a change is a new object
  change(application);
  application.updated_at = context.now();
  applications.put(application);
  return context.json(context.response.status, inShapeOf(context.response.body, application));
}

export const unifiedAtsProfile: Profile = {
  aliases: {},
  newId: (collection, counter) => `mock-${collection.split('/').pop()}-${counter}`,
  pageStyle: 'cursor',
  defaultPageSize: 100,
  maxPageSize: Number.MAX_SAFE_INTEGER,

  handlers: {
    moveApplicationStage: (context) =>
      changeApplication(context, (application) => {
        application.current_stage = { id: String(context.sent.stage_id), updated_at: context.now() };
      }),
    rejectApplication: (context) =>
      changeApplication(context, (application) => {
        application.rejected_at = context.now();
        application.reject_reason = String(context.sent.reason_id);
      }),
  },

  assigned(context, collection) {
    if (collection !== '/unified/ats/candidates') return {};
    const name = [context.sent.first_name, context.sent.last_name].filter((part) => typeof part === 'string' && part).join(' ');
    return name ? { name } : {};
  },
};
