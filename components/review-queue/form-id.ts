/**
 * The id of a draft's decision form. The suggestions' "accept" boxes sit outside it (in the
 * suggestion list) and join it through their form attribute; server and client both need the id.
 */
export function decisionFormId(articleId: number): string {
  return `decide-${articleId}`;
}
