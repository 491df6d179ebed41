import { describe, expect, it } from 'vitest';
import { pageLanguage } from './page-language';

const times = (text: string, n: number) => Array.from({ length: n }, () => text).join(' ');

describe('pageLanguage', () => {
  it.each([
    [
      'an English article',
      times(
        'The minister said on Tuesday that the talks with the union were over and the strike would go on.',
        5,
      ),
      'read',
    ],
    [
      'a Spanish article',
      times(
        'El ministro dijo el martes que las negociaciones con el sindicato habían terminado y la huelga seguirá.',
        5,
      ),
      'read',
    ],
    [
      'a French article',
      times(
        'Le ministre a déclaré mardi que les négociations avec le syndicat sont terminées et que la grève continue dans les usines.',
        5,
      ),
      'other',
    ],
    [
      'a German article',
      times(
        'Der Minister sagte am Dienstag, dass die Gespräche mit der Gewerkschaft beendet sind und der Streik nicht endet.',
        5,
      ),
      'other',
    ],
    [
      'an Arabic article',
      times('قال الوزير يوم الثلاثاء إن المحادثات مع النقابة انتهت وإن الإضراب سيستمر في المصانع.', 8),
      'other',
    ],
    ['a Chinese article', times('部长周二表示，与工会的谈判已经结束，罢工将在工厂继续进行。', 12), 'other'],
    [
      'an English article quoting French',
      times('The minister said the strike was over. ', 6) + times('Il a dit « la grève est finie ».', 2),
      'read',
    ],
    ['a short caption', 'Photo: Reuters', 'unknown'],
  ])('reads %s as %s', (_name, text, expected) => {
    expect(pageLanguage(text)).toBe(expected);
  });
});
