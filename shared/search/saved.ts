import { z } from 'zod';
import { SEARCH_ORDERS, SearchFiltersSchema } from './filters';
import { MAX_QUERY_CHARS } from './query';
import { ID_FORMATS } from '../model/ids';

/** Most saved searches a desk keeps in the sidebar. */
export const MAX_SAVED_SEARCHES = 50;

/** A saved search (保存检索): a name, the query and its filters; its date preset is worked out each time it runs. */
export const SavedSearchSchema = z.object({
  id: z.string().regex(ID_FORMATS.savedSearch, '检索编号无效'),
  name: z.string().trim().min(1, '请填写名称').max(20),
  query: z.string().max(MAX_QUERY_CHARS),
  filters: SearchFiltersSchema,
  order: z.enum(SEARCH_ORDERS).default('relevance'),
});

/** A saved search. */
export type SavedSearch = z.infer<typeof SavedSearchSchema>;
