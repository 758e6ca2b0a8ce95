import type { InputProblem } from '../content/input-problem.js';
import { checkReference, uniqueIds } from '../content/unique-ids.js';
import type { Directory } from './directory.schema.js';

/** Unique partner and seller ids, and each seller's partner known (vendor staff may have none). */
export function crossCheckDirectory(directory: Directory): InputProblem[] {
  const problems: InputProblem[] = [];
  const partnerIds = uniqueIds(
    directory.partners.map((partner, index) => ({ id: partner.id, path: ['partners', index, 'id'] })),
    'partner',
    problems,
  );
  uniqueIds(
    directory.sellers.map((seller, index) => ({ id: seller.id, path: ['sellers', index, 'id'] })),
    'seller',
    problems,
  );
  directory.sellers.forEach((seller, index) => {
    if (seller.partnerId !== undefined) {
      checkReference(seller.partnerId, partnerIds, 'partner', ['sellers', index, 'partnerId'], problems);
    } else if (seller.role === 'seller') {
      problems.push({
        path: ['sellers', index, 'partnerId'],
        message: 'a seller needs a partnerId (only vendor-side coaches and managers may have none)',
      });
    }
  });
  return problems;
}
