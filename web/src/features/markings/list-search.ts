import { pagingParams, type Paging } from '../../shared/lists/paging';

/** The campaigns list and a campaign's log: only the page is in the URL. */
export const parseCampaignPaging = (raw: Record<string, unknown>): Paging => pagingParams(raw);
