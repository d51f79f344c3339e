/**
 * Every layer that takes a partial ISO date accepts and refuses the same ones: the API's window
 * parameters, their OpenAPI pattern, the graph's date window and the page's day axis.
 */
import { isoToInterval } from '../../../domain/dates/partial-iso';
import { dateWindowParams } from '../../../graph/queries/date-window';
import { describedOperations } from '../../../server/openapi';
import { parseGraphFilter } from '../../../server/validation/graph-filter';

const graphFromPattern = (): RegExp => {
  const from = describedOperations()
    .find((operation) => operation.path === '/api/graph')
    ?.parameters.find((parameter) => parameter.name === 'from');
  return new RegExp((from?.schema as { pattern: string }).pattern);
};

const accepted = (text: string): Record<string, boolean> => ({
  api: (() => {
    try {
      return parseGraphFilter({ from: text }).from === text;
    } catch {
      return false;
    }
  })(),
  graph: (() => {
    try {
      return dateWindowParams({ from: text }).from === text;
    } catch {
      return false;
    }
  })(),
  page: isoToInterval(text, 'julian') !== null,
});

test.each(['1917', '1917-10', '1917-10-25', '1900-02-29'])('%s is accepted everywhere', (text) => {
  expect(accepted(text)).toEqual({ api: true, graph: true, page: true });
  expect(graphFromPattern().test(text)).toBe(true);
});

test.each(['1917-13', '1917-02-30', '1917-00', '17-10-25', '1917-10-25T00:00', 'oktober 1917'])('%s is refused everywhere', (text) => {
  expect(accepted(text)).toEqual({ api: false, graph: false, page: false });
});
