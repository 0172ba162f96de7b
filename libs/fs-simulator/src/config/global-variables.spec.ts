import { GlobalVariables } from './global-variables';

describe('GlobalVariables', () => {
  it('moves a name to the end when it is set again and matches names case-insensitively', () => {
    const variables = new GlobalVariables();
    variables.set('a', '1');
    variables.set('b', '2');
    variables.set('A', '3');
    expect(variables.dump()).toBe('b=2\nA=3\n');
    expect(variables.get('a')).toBe('3');
  });

  it('removes a name set to an empty value', () => {
    const variables = new GlobalVariables();
    variables.set('a', '1');
    variables.set('a', '');
    expect(variables.get('a')).toBeUndefined();
    expect(variables.dump()).toBe('');
  });

  it('disables ${...} references in values like switch_core_set_variable', () => {
    const variables = new GlobalVariables();
    variables.set('a', 'x${y} $\\{z} $5');
    expect(variables.get('a')).toBe('x%{y} %\\{z} $5');
  });
});
