/**
 * The invitations feature (Uitnodigingen versturen…, Jaarplanning vergaderingen…): not in dist/Code.js but in
 * the project file `InvitesCode.html`, loaded by gas/features.ts in the executions that plan or send meetings.
 * Its Dutch texts come with it.
 */
import { addDutch } from "../core/i18n";
import { invitesNl } from "../core/messages/invites";

addDutch(invitesNl);

export { confirmInvitations, previewAction } from "../gas/invites";
export { addPlannedMeetings, planMeetingsAction, previewMeetingPlan } from "../gas/plan-meetings";
