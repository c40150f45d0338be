import { expect } from '@open-wc/testing';
import { formatFiledDate, formatIsoDate, isLater, parseIsoDate, supportedTimeZone } from '../../src/data/index.js';

/** Zones from UTC+14 to UTC−11: a date that moved would land on a different day in one of them. */
const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'Asia/Kuala_Lumpur'];

describe('parseIsoDate', () => {
  it('reads a date-only value as a calendar date at midnight UTC', () => {
    const parsed = parseIsoDate('2025-10-23');
    expect(parsed!.calendarDate).to.equal(true);
    expect(parsed!.date.toISOString()).to.equal('2025-10-23T00:00:00.000Z');
  });

  it('reads 29 February only in a leap year', () => {
    expect(parseIsoDate('2024-02-29')!.date.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2025-02-29')).to.equal(undefined);
  });

  it('reads years before 100 as written, not as 19xx', () => {
    expect(parseIsoDate('0099-03-01')!.date.getUTCFullYear()).to.equal(99);
    expect(parseIsoDate('0050-01-01T12:00:00Z')!.date.getUTCFullYear()).to.equal(50);
  });

  for (const [value, iso] of [
    ['2025-10-23T10:00:00+08:00', '2025-10-23T02:00:00.000Z'],
    ['2025-10-23T10:00+0800', '2025-10-23T02:00:00.000Z'],
    ['2025-10-23T10:00:00Z', '2025-10-23T10:00:00.000Z'],
    ['2025-10-23t10:00:00z', '2025-10-23T10:00:00.000Z'],
    ['2025-10-23T10:00:00.250-05:00', '2025-10-23T15:00:00.250Z'],
    ['2025-10-23T10:00:00.123456+0530', '2025-10-23T04:30:00.123Z'],
  ] as const) {
    it(`reads ${value} as an instant`, () => {
      const parsed = parseIsoDate(value);
      expect(parsed!.calendarDate).to.equal(false);
      expect(parsed!.date.toISOString()).to.equal(iso);
    });
  }

  it('reads a date and time without an offset as an instant in the reader’s zone', () => {
    const parsed = parseIsoDate('2025-10-23T10:00');
    expect(parsed!.calendarDate).to.equal(false);
    expect(parsed!.date.getTime()).to.equal(new Date(2025, 9, 23, 10, 0).getTime());
  });

  for (const value of [
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-10-00',
    '2025-02-30T10:00:00Z',
    '2025-04-31T00:00Z',
    '2025-10-23T25:00Z',
    '2025-10-23T10:60Z',
    '2025-10-23T10:00+99:99',
    'yesterday',
    '23/10/2025',
    '2025-10-23 10:00',
    '2025-1-5',
    ' 2025-10-23',
    '20251023',
    '',
  ]) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(parseIsoDate(value)).to.equal(undefined);
    });
  }
});

describe('formatIsoDate', () => {
  it('keeps each locale, zone and style apart when it reuses formatters', () => {
    const instant = '2025-10-23T16:40:00+08:00';
    const inKualaLumpur = {
      locale: 'en-GB',
      timeZone: 'Asia/Kuala_Lumpur',
      withTime: true,
      dateStyle: 'medium',
    } as const;
    const results = [
      formatIsoDate(instant, inKualaLumpur),
      formatIsoDate(instant, { ...inKualaLumpur, timeZone: 'America/New_York' }),
      formatIsoDate(instant, { ...inKualaLumpur, locale: 'ms-MY' }),
      formatIsoDate(instant, { ...inKualaLumpur, withTime: false }),
      formatIsoDate(instant, { ...inKualaLumpur, dateStyle: 'long' }),
      formatIsoDate(instant, inKualaLumpur),
    ];
    expect(results).to.deep.equal([
      '23 Oct 2025, 16:40 GMT+8',
      '23 Oct 2025, 04:40 GMT-4',
      '23 Okt 2025, 4:40 PTG MYT',
      '23 Oct 2025',
      '23 October 2025 at 16:40 GMT+8',
      '23 Oct 2025, 16:40 GMT+8',
    ]);
  });

  for (const zone of [...zones, undefined]) {
    it(`shows a calendar date as the same day in ${zone ?? 'the reader’s zone'}`, () => {
      expect(formatIsoDate('2025-10-23', { locale: 'en-GB', timeZone: zone })).to.equal('23 October 2025');
    });
  }

  it('shifts an instant to the day it is in each zone', () => {
    const days = zones.map((timeZone) => formatIsoDate('2025-10-23T23:30:00Z', { locale: 'en-GB', timeZone }));
    expect(days).to.deep.equal(['24 October 2025', '23 October 2025', '23 October 2025', '24 October 2025']);
  });

  it('shifts an instant at local midnight back a day west of it', () => {
    const days = zones.map((timeZone) => formatIsoDate('2025-10-23T08:00:00+08:00', { locale: 'en-GB', timeZone }));
    expect(days).to.deep.equal(['23 October 2025', '22 October 2025', '23 October 2025', '23 October 2025']);
  });

  it('formats in the locale’s own way', () => {
    expect(formatIsoDate('2025-10-23', { locale: 'en-GB' })).to.equal('23 October 2025');
    expect(formatIsoDate('2025-10-23', { locale: 'en-US' })).to.equal('October 23, 2025');
    expect(formatIsoDate('2025-10-23', { locale: 'ms' })).to.equal('23 Oktober 2025');
  });

  it('uses the medium style when asked', () => {
    expect(formatIsoDate('2025-10-23', { locale: 'en-US', dateStyle: 'medium' })).to.equal('Oct 23, 2025');
  });

  it('adds the time of day with its zone to an instant with withTime', () => {
    const options = { locale: 'en-GB', timeZone: 'Asia/Kuala_Lumpur', withTime: true };
    expect(formatIsoDate('2025-10-23T02:00:00Z', options)).to.equal('23 October 2025 at 10:00 GMT+8');
    expect(formatIsoDate('2025-07-02T06:30:00+02:00', { ...options, timeZone: 'Europe/Paris' })).to.equal(
      '2 July 2025 at 06:30 CEST',
    );
    expect(
      formatIsoDate('2025-07-02T06:30:00+02:00', { ...options, locale: 'en-US', timeZone: 'America/Los_Angeles' }),
    ).to.equal('July 1, 2025 at 9:30 PM PDT');
    expect(formatIsoDate('2025-10-23T02:00:00Z', { ...options, withTime: false })).to.equal('23 October 2025');
  });

  it('shows the time of day alone, with its zone, with timeOnly', () => {
    const options = { locale: 'en-GB', timeZone: 'Europe/Paris', timeOnly: true };
    expect(formatIsoDate('2025-07-02T12:05:00+02:00', options)).to.equal('12:05 CEST');
    expect(formatIsoDate('2025-07-02', options)).to.equal('2 July 2025');
  });

  it('never adds a time to a calendar date, which has none', () => {
    expect(formatIsoDate('2025-10-23', { locale: 'en-GB', timeZone: 'Pacific/Pago_Pago', withTime: true })).to.equal(
      '23 October 2025',
    );
  });

  it('returns undefined for a value it cannot read', () => {
    expect(formatIsoDate('2025-02-30', { locale: 'en-GB' })).to.equal(undefined);
    expect(formatIsoDate('yesterday', { locale: 'en-GB', withTime: true })).to.equal(undefined);
    expect(formatIsoDate('', { locale: 'en-GB' })).to.equal(undefined);
  });
});

describe('isLater', () => {
  it('compares calendar dates by day', () => {
    expect(isLater('2025-10-24', '2025-10-23')).to.equal(true);
    expect(isLater('2025-10-23', '2025-10-23')).to.equal(false);
    expect(isLater('2025-10-22', '2025-10-23')).to.equal(false);
  });

  it('compares instants across offsets by the moment they name', () => {
    expect(isLater('2025-10-23T10:01:00+08:00', '2025-10-23T02:00:00Z')).to.equal(true);
    expect(isLater('2025-10-23T10:00:00+08:00', '2025-10-23T02:00:00Z')).to.equal(false);
    expect(isLater('2025-10-23T09:00:00+08:00', '2025-10-23T02:00:00Z')).to.equal(false);
  });

  it('is false when either value is missing or unreadable', () => {
    expect(isLater(undefined, '2025-10-23')).to.equal(false);
    expect(isLater('2025-10-24', undefined)).to.equal(false);
    expect(isLater('', '2025-10-23')).to.equal(false);
    expect(isLater('tomorrow', '2025-10-23')).to.equal(false);
    expect(isLater('2025-10-24', 'yesterday')).to.equal(false);
  });
});

describe('supportedTimeZone', () => {
  it('returns a zone Intl knows', () => {
    for (const zone of zones) expect(supportedTimeZone(zone)).to.equal(zone);
  });

  it('returns the zone in its canonical spelling', () => {
    expect(supportedTimeZone('asia/kuala_lumpur')).to.equal('Asia/Kuala_Lumpur');
  });

  it('returns undefined for a zone Intl rejects', () => {
    expect(supportedTimeZone('Mars/Olympus_Mons')).to.equal(undefined);
    expect(supportedTimeZone('not a zone')).to.equal(undefined);
  });
});

describe('formatFiledDate', () => {
  it('is the date at the offset written in the value, wherever it is read', () => {
    expect(formatFiledDate('2025-07-02T06:30:00+02:00', 'en-GB')).to.equal('2 July 2025');
    expect(formatFiledDate('2025-07-02T00:10:00+14:00', 'en-GB')).to.equal('2 July 2025');
    expect(formatFiledDate('2025-07-01T23:50:00-11:00', 'en-GB')).to.equal('1 July 2025');
    expect(formatFiledDate('2025-10-23T23:30:00Z', 'en-GB')).to.equal('23 October 2025');
    expect(formatFiledDate('2025-10-23', 'ms')).to.equal('23 Oktober 2025');
  });

  it('returns undefined for a value it cannot read', () => {
    expect(formatFiledDate('2025-02-30T10:00:00Z', 'en-GB')).to.equal(undefined);
    expect(formatFiledDate('yesterday', 'en-GB')).to.equal(undefined);
  });
});
