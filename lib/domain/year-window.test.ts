import { describe, expect, it } from 'vitest';
import { yearWindow } from './year-window';

// Newest first, as the year switches list them.
const years = Array.from({ length: 20 }, (_, i) => 2025 - i);
const around = (current: number, size?: number) => yearWindow(years, (y) => y === current, size);

describe('yearWindow', () => {
  it('shows every year when there are no more than the window', () => {
    expect(yearWindow([2025, 2024], (y) => y === 2024)).toEqual({ shown: [2025, 2024], hidden: [] });
    expect(yearWindow([2025, 2024, 2023, 2022, 2021], (y) => y === 2021)).toEqual({ shown: [2025, 2024, 2023, 2022, 2021], hidden: [] });
  });

  it('centres the window on the current year, keeping the list order', () => {
    const { shown, hidden } = around(2015);
    expect(shown).toEqual([2017, 2016, 2015, 2014, 2013]);
    expect(hidden).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2012, 2011, 2010, 2009, 2008, 2007, 2006]);
  });

  it('slides the window inside the list at either end, so it is always full', () => {
    expect(around(2025).shown).toEqual([2025, 2024, 2023, 2022, 2021]);
    expect(around(2024).shown).toEqual([2025, 2024, 2023, 2022, 2021]);
    expect(around(2007).shown).toEqual([2010, 2009, 2008, 2007, 2006]);
    expect(around(2006).shown).toEqual([2010, 2009, 2008, 2007, 2006]);
  });

  it('loses and repeats no year', () => {
    for (const current of years) {
      const { shown, hidden } = around(current, 4);
      expect(shown).toHaveLength(4);
      expect(shown).toContain(current);
      expect([...shown, ...hidden].sort()).toEqual([...years].sort());
    }
  });

  it('shows the first years when the current one is not in the list', () => {
    expect(around(1999).shown).toEqual([2025, 2024, 2023, 2022, 2021]);
  });
});
