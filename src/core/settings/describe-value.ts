import { msg, type Message, type MessageArg } from '../message';

/** A short description of an unexpected value for problem messages. */
export function describeValue(value: unknown): MessageArg {
  if (value === null) return 'null';
  if (value === undefined) return msg('value_nothing');
  if (Array.isArray(value)) return msg('value_list');
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return msg('value_object');
}

/** "expected true or false, got "yes"": `expected` is a message (`expect_…`) or a literal value. */
export function expectedGot(expected: MessageArg, value: unknown): Message {
  return msg('problem_expectedGot', expected, describeValue(value));
}
