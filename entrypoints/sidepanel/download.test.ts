import { describe, expect, it } from 'vitest';
import { exportName } from './download';

describe('exportName', () => {
  it.each([
    ['Petro dares Trump to come and watch', 'csv', 'crosscheck-petro-dares-trump-to-come-and-watch.csv'],
    ['Petro reta a Trump: «venga a ver»', 'json', 'crosscheck-petro-reta-a-trump-venga-a-ver.json'],
    [null, 'csv', 'crosscheck-page.csv'],
    ['¿?', 'csv', 'crosscheck-page.csv'],
  ])('names the export of "%s" as %s', (title, extension, expected) => {
    expect(exportName(title, extension)).toBe(expected);
  });
});
