/**
 * A right-to-left test catalogue: a few UI strings in Arabic, merged over the
 * English catalogue with `locale: "ar"` (tests only; not a translation to ship).
 * The counted strings give all six of Arabic's plural categories.
 */
export const arabic = {
  locale: 'ar',
  ui: {
    redFlagChecker: { yes: 'نعم', no: 'لا', submit: 'اعرض أين تحصل على المساعدة', reset: 'ابدأ من جديد' },
    formCues: {
      heading: 'نصائح لأسلوب الجري',
      progress: {
        zero: 'لم تحدَّد أي نصيحة من {total}',
        one: 'نصيحة واحدة محددة من {total}',
        two: 'نصيحتان محددتان من {total}',
        few: '{checked} نصائح محددة من {total}',
        many: '{checked} نصيحة محددة من {total}',
        other: '{checked} نصيحة محددة من {total}',
      },
    },
    exerciseCard: {
      sets: { zero: '{sets} مجموعة', one: 'مجموعة واحدة', two: 'مجموعتان', few: '{sets} مجموعات', many: '{sets} مجموعة', other: '{sets} مجموعة' },
    },
    recoveryTimer: { start: 'ابدأ', pause: 'إيقاف مؤقت', phaseRound: '{phase} — الجولة {round} من {rounds}' },
  },
};
