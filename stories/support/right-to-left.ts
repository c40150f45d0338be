import type { BlockData, ListItemData, NewsItemData, PersonData } from '../../src/index.js';

/**
 * Content written in Arabic and Hebrew for each element's right-to-left story. A story shows
 * right to left only with text of a right-to-left language (its `parameters.language`), never
 * as mirrored English.
 */

/** The seed article's implications, in Arabic: lead-in terms, one plain item. */
export const arabicImplications: ListItemData[] = [
  {
    term: 'آثار على سلاسل الإمداد:',
    text: 'تطال قيود الصين على المعادن النادرة الصناعات التي تعتمد على المعادن الحيوية، ولا سيما الإلكترونيات ومعدات الطاقة النظيفة.',
  },
  {
    term: 'إشارات السياسة التجارية:',
    text: 'قد يخفف أي اختراق حقيقي من حدة التوتر ويعزز ثقة الأسواق في المنطقة.',
  },
  {
    term: 'دفعة للدبلوماسية الإقليمية:',
    text: 'يبرز دور ماليزيا بصفتها البلد المضيف الأهميةَ الجيوسياسية المتزايدة لرابطة آسيان.',
  },
  'قد تبقى الأسواق متقلبة على المدى القصير.',
];

/** The agenda section, in Hebrew: paragraphs, a numbered list and a quote. */
export const hebrewAgenda: { heading: string; blocks: BlockData[] } = {
  heading: 'מה על סדר היום',
  blocks: [
    'השיחות צפויות להתמקד בהגבלות הייצוא שהטילה סין לאחרונה על מתכות נדירות, ובתגובת וושינגטון בדמות הגבלות על ייצוא טכנולוגיה.',
    {
      type: 'list',
      ordered: true,
      items: ['הודעה על תוצאות השיחות.', 'כל שינוי במדיניות הייצוא.', 'ההשפעה על שוקי הסחורות.'],
    },
    {
      type: 'quote',
      text: 'לשני הצדדים יש אינטרס לשמור על הערוץ פתוח, יהיו הכותרות אשר יהיו.',
      cite: 'בכיר בתחום הסחר של אסיאן',
    },
    'משקיפים באזור אומרים כי גם פריצת דרך צנועה תשפיע על שרשראות האספקה של אסיה כולה.',
  ],
};

/** The author, in Arabic, without a photo: the card shows her name's initial, س. */
export const arabicAuthor: PersonData = {
  name: 'سيتي',
  jobTitle: 'مراسلة الشؤون الاقتصادية في آسيا',
  description:
    'سيتي صحفية متخصصة في الاقتصاد الآسيوي والتمويل الإسلامي والعلاقات الدولية والسياسات العامة، وتقدّم تحليلات معمّقة لتحولات المنطقة.',
  url: '/authors/siti',
  sameAs: ['https://www.linkedin.com/in/siti-example', 'mailto:siti@example.com'],
};

/** Recent stories, in Hebrew. */
export const hebrewLatestStories: NewsItemData[] = [
  {
    headline: 'הרינגיט מתחזק לקראת שיחות הסחר',
    url: '/he/markets/ringgit',
    datePublished: '2025-10-23T16:40:00+08:00',
  },
  {
    headline: 'מחירי המתכות הנדירות עולים לאחר שבייג׳ינג הרחיבה את מגבלות הייצוא',
    url: '/he/commodities/rare-earths',
    datePublished: '2025-10-22T19:05:00+08:00',
  },
  {
    headline: 'שרי אסיאן נפגשים בקואלה לומפור',
    url: '/he/asia/asean-ministers',
    datePublished: '2025-10-22T09:30:00+08:00',
  },
];
