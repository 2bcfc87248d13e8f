"""Arabic trigger lexicon for PLOVER event codes: verbs (with their present stems) and verbal nouns.

Provenance: hand-curated for Marsad (2026) from Modern Standard Arabic news usage, following the PLOVER
event ontology (Halterman et al., "PLOVER and POLECAT", 2023: the 16 event types and their glosses) and
the verb classes of the CAMEO Arabic verb dictionaries' English glosses; no external file was copied.

Each ``Trigger`` gives:
- ``code``: the PLOVER event type;
- ``past``: 3rd person masculine singular past stems (``رفض``); conjugations are generated
  (``رفضت رفضوا رفضا``...) by ``marsad.events.lexicon``;
- ``present``: present stems without the person prefix (``يرفض`` -> ``رفض``, ``يدين`` -> ``دين``);
- ``nouns``: verbal nouns and their plurals (``رفض``, ``معارضة``, ``هجمات``), matched with or without ``ال``
  and with a pronoun suffix;
- ``forms``: extra literal forms that the generator cannot build (weak verbs: ``دعا دعت دعوا يدعو``);
- ``target``: how the target is marked after the trigger: ``obj`` (direct object / idafa genitive) or the
  prepositions (``ل``, ``إلى``, ``على``, ``مع``, ``ب``, ``من``, ``عن``, ``ضد``);
- ``genitive``: the role of a bare genitive after the verbal noun when no marked target follows
  (``معارضة ماكرون`` -> actor; ``قصف المدينة`` -> target; ``افتتاح قناة السويس`` -> object, not a participant);
- ``actor_from``: the preposition that marks the actor when the grammatical subject is the target
  (``تلقى شكري اتصالا من لافروف``: Lavrov consults Shoukry);
- ``speaker_actor``: a modal of obligation (``يجب``, ``ينبغي``) is a REQUEST only inside reported speech, by the
  speaker, of the participant that must act (``قال الجبير إنه يجب على إيران تغيير سياستها``);
- ``unless``: words that, right after the trigger (or after its subject), make it no event
  (``تحتل إيران المرتبة الثانية``: ranks, does not occupy);
- ``needs``: for light-verb phrases, the stems one of which must follow the trigger within two words
  (``وقع اتفاقا``, ``فرض عقوبات``, ``نشر قوات``, ``حمل ... مسؤولية``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Trigger:
    code: str
    past: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    target: tuple[str, ...] = ("obj",)
    genitive: str = "actor"  # "actor" | "target" | "object"
    needs: tuple[str, ...] = ()
    actor_from: str | None = None  # the preposition marking the actor when the subject is the target (تلقى ... من)
    speaker_actor: bool = False  # only in reported speech; the actor is the quote's speaker (قال X إن Y يجب أن)
    unless: tuple[str, ...] = ()  # words right after the trigger that make it no event (تحتل المرتبة الثانية)
    participle: bool = False  # an active participle (مطالبا, مشيدا): its doer is the sentence's subject or speaker


def _t(code, past=(), present=(), nouns=(), forms=(), target=("obj",), genitive="actor", needs=(), actor_from=None,
       speaker_actor=False, unless=(), participle=False):
    tup = lambda v: (v,) if isinstance(v, str) else tuple(v)  # noqa: E731
    return Trigger(code, tup(past), tup(present), tup(nouns), tup(forms), tup(target), genitive, tup(needs),
                   actor_from, speaker_actor, tup(unless), participle)


# Places in a ranking: "occupying" one is no attack (تحتل إيران المرتبة الثانية).
RANKS: tuple[str, ...] = ("المرتبة", "مرتبة", "المركز", "مركزا", "المكانة", "مكانة", "الصدارة", "صدارة", "موقعا",
                          "المقعد", "مساحة", "نسبة")

# What is retaken (استعادت القوات السيطرة على المدينة, قاعدة العند التي استردها الثوار من الحوثيين).
RETAKEN: tuple[str, ...] = ("السيطرة", "سيطرتها", "سيطرته", "مدينة", "بلدة", "مناطق", "مواقع", "قرى", "منطقة",
                            "قاعدة", "مطار", "محافظة", "مديرية")

TRIGGERS: tuple[Trigger, ...] = (
    # REJECT: reject, refuse, oppose, veto, obstruct
    _t("REJECT", "رفض", "رفض", "رفض", target=("obj", "ل")),
    _t("REJECT", "عارض", "عارض", ("معارضة",), target=("obj", "ل")),
    _t("REJECT", "عرقل", "عرقل", "عرقلة", genitive="target"),
    _t("REJECT", "أحبط", "حبط", "إحباط", genitive="target"),
    _t("REJECT", "أجهض", "جهض", "إجهاض", genitive="target"),
    _t("REJECT", "اعترض", "عترض", ("اعتراض",), target=("على",)),  # objected to
    _t("REJECT", "نفى", (), (), forms=("نفت", "نفوا", "ينفي", "تنفي", "ينفون"), target=("obj",)),
    # ACCUSE: accuse, blame, condemn, denounce, criticise
    _t("ACCUSE", "اتهم", "تهم", ("اتهام", "اتهامات"), target=("obj", "ل")),
    _t("ACCUSE", "أدان", "دين", "إدانة", forms=("أدانت", "أدانوا", "أدانا"), target=("obj",), genitive="target"),
    _t("ACCUSE", "ندد", "ندد", "تنديد", target=("ب",)),
    _t("ACCUSE", "استنكر", "ستنكر", "استنكار", genitive="target"),
    _t("ACCUSE", "انتقد", "نتقد", ("انتقاد", "انتقادات"), target=("obj", "ل")),
    _t("ACCUSE", "شجب", "شجب", "شجب", genitive="target"),
    _t("ACCUSE", "حمل", (), (), target=("obj",), needs=("مسؤولية", "مسئولية", "المسؤولية", "المسئولية")),  # تحمل: bears
    _t("ACCUSE", "ألقى", (), (), forms=("ألقت", "ألقوا", "يلقي", "تلقي"), target=("على",),
       needs=("باللوم", "اللوم", "باللائمة")),
    # THREATEN: threaten, warn of force, give an ultimatum
    _t("THREATEN", "هدد", "هدد", ("تهديد", "تهديدات"), target=("obj", "ب"), genitive="actor"),
    _t("THREATEN", "توعد", "توعد", "توعد", target=("obj", "ب")),
    _t("THREATEN", "أنذر", "نذر", "إنذار"),
    # ASSAULT: attack, bomb, strike, kill, assassinate, poison
    _t("ASSAULT", "هاجم", "هاجم", ("هجوم", "هجمات", "هجوما"), target=("obj", "على", "ضد"), genitive="actor"),
    _t("ASSAULT", (), (), ("مهاجمة",), genitive="target"),  # قام مسلحون بمهاجمة ثكنة: the attacked
    _t("ASSAULT", "أطلق", "طلق", ("إطلاق",), target=("على", "ضد", "باتجاه"),
       needs=("النار", "الرصاص", "النيران", "قذائف", "قذيفة")),  # أطلق النار على; تبادل لإطلاق النار
    _t("ASSAULT", "قصف", "قصف", "قصف", target=("obj", "على"), genitive="target"),
    _t("ASSAULT", "اغتال", "غتال", "اغتيال", forms=("اغتالت", "اغتالوا"), genitive="target"),
    _t("ASSAULT", "ضرب", "ضرب", ("ضرب",), target=("obj", "على", "ضد"), genitive="target"),
    _t("ASSAULT", (), (), ("ضربات", "ضربة"), target=("على", "ضد"), genitive="actor"),  # ضربات التحالف: its strikes
    _t("ASSAULT", "استهدف", "ستهدف", "استهداف", genitive="target"),
    _t("ASSAULT", "شن", "شن", (), forms=("شنت", "شنوا", "شنا", "يشن", "تشن", "يشنون", "شنه", "شنها"),
       target=("على", "ضد")),
    _t("ASSAULT", (), (), ("غارة", "غارات"), target=("على", "ضد"), genitive="actor"),
    _t("ASSAULT", "اعتدى", (), ("اعتداء", "اعتداءات"), forms=("اعتدت", "اعتدوا", "يعتدي", "تعتدي"),
       target=("على",)),
    _t("ASSAULT", "اقتحم", "قتحم", "اقتحام", genitive="target"),
    _t("ASSAULT", "فجر", (), ("تفجير", "تفجيرات"), genitive="target"),
    _t("ASSAULT", "سمم", "سمم", "تسميم", genitive="target"),
    _t("ASSAULT", "أعدم", "عدم", ("إعدام",), genitive="target"),  # not عدم (the lack): no bare present stem forms
    _t("ASSAULT", "اختطف", "ختطف", ("اختطاف",), forms=("خطف", "خطفت", "خطفوا", "يخطف"), genitive="target"),
    _t("ASSAULT", "قتل", "قتل", ("قتل",), target=("obj",), genitive="target"),  # إقدام X على قتل شرطيين
    _t("ASSAULT", "نفذ", "نفذ", ("تنفيذ",), target=("على", "ضد", "في"),
       needs=("هجوم", "هجوما", "هجمات", "الهجوم", "الهجمات", "تفجير", "تفجيرات", "التفجيرات", "غارة", "غارات",
              "الغارات", "ضربات", "ضربة", "اعتداء", "عملية", "عمليات", "سلسلة")),
    _t("ASSAULT", "اجتاح", "جتاح", ("اجتياح",), genitive="target"),
    _t("ASSAULT", "غزا", (), ("غزو",), forms=("غزت", "غزوا", "يغزو", "تغزو"), genitive="target"),
    _t("ASSAULT", "احتل", "حتل", ("احتلال",), forms=("احتلت", "احتلوا"), genitive="target", unless=RANKS),
    _t("ASSAULT", (), (), ("عدوان",), target=("على", "ضد"), genitive="actor"),  # العدوان الإسرائيلي على غزة
    # fighting: قتال داعش (the fought), النزاع بين X وY (two sides); no bare قاتل (a killer)
    _t("ASSAULT", (), (), ("قتال", "اقتتال", "نزاع"), forms=("قاتلت", "قاتلوا", "يقاتل", "تقاتل", "يقاتلون"),
       target=("obj", "مع", "ضد"), genitive="target"),
    _t("ASSAULT", "اشتبك", "شتبك", ("اشتباك", "اشتباكات", "مواجهات", "معارك"), target=("مع", "ضد"),
       genitive="actor"),
    _t("ASSAULT", "سيطر", "سيطر", ("سيطرة",), target=("على",)),
    _t("ASSAULT", "حاصر", "حاصر", ("حصار", "محاصرة"), genitive="target"),
    _t("ASSAULT", "طوق", "طوق", ("تطويق",), genitive="target"),
    _t("ASSAULT", "استعاد", (), ("استعادة",), forms=("استعادت", "استعادوا", "يستعيد", "تستعيد"), target=("من",),
       needs=RETAKEN),
    _t("ASSAULT", "استرد", (), ("استرداد",), forms=("استردت", "استردوا", "يسترد", "تسترد", "استردها", "استرده",
                                                 "استردتها", "استردوها"), target=("من",), needs=RETAKEN),
    # light verbs of fighting: خاض معارك مع, وجه ضربات إلى
    _t("ASSAULT", "خاض", (), ("خوض",), forms=("خاضت", "خاضوا", "يخوض", "تخوض", "يخوضون"), target=("مع", "ضد"),
       needs=("معارك", "معركة", "اشتباكات", "حربا", "حرب", "مواجهات", "قتالا")),
    _t("ASSAULT", "وجه", (), ("توجيه",), forms=("وجهت", "وجهوا", "يوجه", "توجه", "يوجهون"),
       target=("إلى", "ل", "على", "ضد"), needs=("ضربات", "ضربة", "ضربة", "الضربات", "صفعة", "لكمة")),
    # COERCE: arrest, detain, seize, expel, ban, raid
    _t("COERCE", "اعتقل", "عتقل", ("اعتقال", "اعتقالات"), genitive="target"),
    # أوقف: arrested (never its present stem: يوقف/توقف is "stops"); a non-participant object (أوقف العمل) is no event
    _t("COERCE", (), (), ("توقيف",), forms=("أوقف", "أوقفت", "أوقفوا", "أوقفته", "أوقفتهم"), genitive="target"),
    _t("COERCE", (), (), (), forms=("أسرت", "أسروا"), genitive="target"),  # not أسر/أسرة (families), ياسر
    _t("COERCE", "احتجز", "حتجز", "احتجاز", genitive="target"),
    _t("COERCE", "طرد", "طرد", "طرد", genitive="target"),
    _t("COERCE", "داهم", "داهم", "مداهمة", genitive="target"),
    _t("COERCE", "صادر", "صادر", "مصادرة", genitive="target"),
    _t("COERCE", "حظر", "حظر", (), genitive="target"),
    _t("COERCE", "أجبر", "جبر", ("إجبار",), target=("obj",), genitive="target"),  # أجبروا مسلحي الحوثي على التراجع
    _t("COERCE", "ألقى", (), (), forms=("ألقت", "ألقوا", "يلقي", "تلقي"), target=("على",), needs=("القبض",)),
    # SANCTION: impose sanctions, freeze, cut ties, recall an ambassador
    _t("SANCTION", "فرض", "فرض", "فرض", target=("على",),
       needs=("عقوبات", "العقوبات", "عقوبة", "حظرا", "الحظر", "حصارا", "الحصار")),
    _t("SANCTION", (), (), ("عقوبات",), target=("على", "ضد")),
    _t("SANCTION", "قاطع", "قاطع", ("مقاطعة",), genitive="target"),
    _t("SANCTION", "جمد", "جمد", "تجميد", genitive="target"),
    _t("SANCTION", "قطع", "قطع", "قطع", target=("مع",), needs=("علاقات", "العلاقات", "علاقاتها", "علاقاته")),
    # MOBILIZE: mobilise, deploy, mass troops, put on alert
    _t("MOBILIZE", "حشد", "حشد", "حشد", target=("على", "في", "إلى"),
       needs=("قوات", "القوات", "قواته", "قواتها", "جنود", "الجنود", "جنودا", "مقاتلين", "المقاتلين", "آلاف",
              "الآلاف", "أنصار", "أنصاره", "أنصارها", "تعزيزات", "دبابات", "عسكرية", "عسكريا", "حشودا")),
    _t("MOBILIZE", "نشر", "نشر", "نشر", target=("في", "إلى"),
       needs=("قوات", "القوات", "قواته", "قواتها", "جنود", "الجنود", "جنودا", "صواريخ", "الصواريخ", "تعزيزات",
              "وحدات", "مقاتلين", "دبابات", "قطع")),
    _t("MOBILIZE", "أرسل", "رسل", "إرسال", target=("إلى",),
       needs=("قوات", "القوات", "جنودا", "الجنود", "تعزيزات", "قطعا", "سفنا", "طائرات", "مقاتلات")),
    _t("MOBILIZE", "استنفر", "ستنفر", "استنفار"),
    _t("MOBILIZE", (), "جند", (), forms=("جندت", "جندوا"), genitive="target"),  # جند: soldiers; تجنيد: recruiting
    _t("MOBILIZE", "دفع", "دفع", (), target=("إلى", "نحو"), needs=("تعزيزات", "بتعزيزات", "قوات", "بقوات")),
    # PROTEST: demonstrate, protest, strike, sit in
    _t("PROTEST", "تظاهر", "تظاهر", ("مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات"), target=("ضد", "على")),
    _t("PROTEST", "احتج", "حتج", ("احتجاج", "احتجاجات"), target=("على", "ضد")),
    _t("PROTEST", "اعتصم", "عتصم", "اعتصام", target=("أمام", "ضد")),
    _t("PROTEST", "أضرب", (), ("إضراب",), forms=("أضربت", "أضربوا"), target=("عن", "ضد")),
    # AGREE: agree, sign an agreement, reach a deal
    _t("AGREE", "اتفق", "تفق", (), target=("مع",)),
    _t("AGREE", "وقع", "وقع", "توقيع", target=("مع",),
       needs=("اتفاق", "اتفاقا", "الاتفاق", "اتفاقية", "الاتفاقية", "اتفاقيات", "مذكرة", "معاهدة", "المعاهدة")),
    _t("AGREE", "توصل", "توصل", "توصل", target=("مع",), needs=("اتفاق", "اتفاقا", "الاتفاق", "إلى", "الى")),
    _t("AGREE", "وافق", "وافق", (), target=("على",)),
    _t("AGREE", "أبرم", "برم", "إبرام", target=("مع",),
       needs=("اتفاق", "اتفاقا", "الاتفاق", "اتفاقية", "الاتفاقية", "صفقة", "معاهدة", "عقدا", "عقود")),
    # CONSULT: visit, meet, receive, discuss, talk, call
    _t("CONSULT", "زار", "زور", ("زيارة",), forms=("زارت", "زاروا", "زارا", "يزور", "تزور"),
       target=("obj", "إلى", "ل"), genitive="target"),
    _t("CONSULT", "التقى", "لتقي", ("لقاء",), forms=("التقت", "التقوا", "التقيا", "يلتقي", "تلتقي"),
       target=("ب", "مع", "obj")),
    _t("CONSULT", "استقبل", "ستقبل", "استقبال", genitive="target"),
    _t("CONSULT", "بحث", "بحث", (), target=("مع",)),
    _t("CONSULT", "ناقش", "ناقش", (), target=("مع",)),
    _t("CONSULT", "تباحث", "تباحث", ("مباحثات", "محادثات"), target=("مع",)),
    _t("CONSULT", "اجتمع", "جتمع", (), target=("ب", "مع")),
    _t("CONSULT", "تشاور", "تشاور", ("مشاورات",), target=("مع",)),
    _t("CONSULT", "اتصل", "تصل", (), target=("ب", "مع")),
    _t("CONSULT", (), (), ("اتصال", "اتصالا"), target=("ب", "مع"), needs=("هاتفي", "هاتفيا", "هاتفياً")),
    _t("CONSULT", "أجرى", (), (), forms=("أجرت", "أجروا", "أجريا", "يجري", "تجري"), target=("مع",),
       needs=("اتصالا", "اتصال", "محادثات", "مباحثات", "مشاورات", "لقاء")),
    _t("CONSULT", "حضر", "حضر", ("حضور",), target=("obj",),
       needs=("قمة", "القمة", "اجتماع", "اجتماعا", "الاجتماع", "مؤتمر", "مؤتمرا", "المؤتمر", "محادثات", "المحادثات")),
    _t("CONSULT", "شارك", "شارك", ("مشاركة",), target=("في",),
       needs=("قمة", "القمة", "اجتماع", "الاجتماع", "اجتماعات", "مؤتمر", "المؤتمر", "محادثات", "المحادثات")),
    _t("CONSULT", "عقد", "عقد", (), target=("مع",),
       needs=("اجتماعا", "اجتماع", "الاجتماع", "لقاء", "مؤتمرا", "مؤتمر", "المؤتمر", "محادثات", "مباحثات", "قمة",
              "جلسة", "جولة")),
    _t("CONSULT", "هاتف", "هاتف", (), target=("obj",)),
    _t("CONSULT", "قابل", "قابل", (), target=("obj",)),
    _t("CONSULT", "استضاف", "ستضيف", ("استضافة",), forms=("استضافت", "استضافوا"), genitive="target"),
    _t("CONSULT", "تلقى", "تلقى", (), forms=("تلقت", "تلقوا", "يتلقى", "تتلقى"), target=("obj",),
       needs=("اتصالا", "اتصال", "اتصالين", "اتصالات", "مكالمة", "رسالة", "دعوة"), actor_from="من"),
    # REQUEST: call on, demand, appeal, urge, ask
    _t("REQUEST", "دعا", (), ("دعوة",),
       forms=("دعت", "دعوا", "دعيا", "يدعو", "تدعو", "يدعون", "ندعو", "أدعو", "دعاه", "دعاها", "دعاهم"),
       target=("obj", "ل", "إلى")),
    _t("REQUEST", "طالب", "طالب", ("مطالبة", "مطالبات"), target=("obj", "ب")),
    _t("REQUEST", "ناشد", "ناشد", "مناشدة"),
    _t("REQUEST", "حث", "حث", (), forms=("حثت", "حثوا", "حثا"), target=("obj", "على")),
    _t("REQUEST", "حض", "حض", (), forms=("حضت", "حضوا"), target=("obj", "على")),
    _t("REQUEST", "طلب", "طلب", (), target=("من", "obj")),
    _t("REQUEST", (), (), ("طلب",), target=("obj",), actor_from="من"),  # بناء على طلب من هادي; طلبات: orders
    _t("REQUEST", (), (), (), forms=("يجب", "ينبغي", "يتعين", "يتوجب"), target=("على", "obj"), speaker_actor=True),
    # SUPPORT: support, endorse, welcome, praise, defend, show solidarity
    _t("SUPPORT", "دعم", "دعم", ("دعم",), target=("obj", "ل")),
    _t("SUPPORT", "أيد", "ؤيد", "تأييد", target=("obj", "ل")),
    _t("SUPPORT", "ساند", "ساند", "مساندة", target=("obj", "ل")),
    _t("SUPPORT", "رحب", "رحب", "ترحيب", target=("ب",)),
    _t("SUPPORT", "أشاد", "شيد", "إشادة", forms=("أشادت", "أشادوا"), target=("ب",)),
    _t("SUPPORT", "تضامن", "تضامن", "تضامن", target=("مع",)),
    _t("SUPPORT", (), (), (), forms=("ثمنت", "ثمنوا", "يثمن", "تثمن"), target=("obj",)),  # ثمن: price; أثمن
    _t("SUPPORT", (), (), ("تهنئة",), forms=("هنأت", "هنأوا", "يهنئ", "تهنئ"), target=("obj", "ب", "ل")),  # هنأ = هنا
    _t("SUPPORT", (), (), (), forms=("أثنى", "أثنت", "أثنوا", "يثني", "تثني"), target=("على",)),
    _t("SUPPORT", "دافع", "دافع", (), target=("عن",)),
    # standing with someone (تقف المملكة المتحدة مع تركيا); never bare وقف (stopped, a ceasefire)
    _t("SUPPORT", (), (), ("وقوف", "الوقوف"), forms=("وقفت", "وقفوا", "يقف", "تقف", "يقفون", "نقف", "أقف"),
       target=("مع", "بجانب"), needs=("مع", "بجانب", "جانب"), unless=("إطلاق", "النار")),
    _t("SUPPORT", "أعجب", (), ("إعجاب",), target=("ب",)),
    _t("SUPPORT", "بايع", "بايع", ("مبايعة",), target=("obj",)),  # pledging allegiance (بعد مبايعته تنظيم داعش)
    # COOPERATE: cooperate, coordinate, strengthen ties, open an office
    _t("COOPERATE", "تعاون", "تعاون", ("تعاون",), target=("مع",)),
    _t("COOPERATE", "عزز", "عزز", "تعزيز", target=("مع",), needs=("تعاون", "تعاونها", "تعاونه", "التعاون",
                                                                 "علاقات", "العلاقات", "علاقاتها", "علاقاته")),
    _t("COOPERATE", "نسق", "نسق", "تنسيق", target=("مع",)),
    _t("COOPERATE", "افتتح", "فتتح", "افتتاح", target=("ل",), genitive="object"),
    _t("COOPERATE", (), (), ("شراكة",), target=("مع",)),
    # AID: give aid, donate, provide assistance
    _t("AID", "قدم", "قدم", "تقديم", target=("ل", "إلى"),
       needs=("مساعدات", "المساعدات", "مساعدة", "معونات", "دعما", "الدعم", "إغاثة", "أسلحة")),
    _t("AID", "منح", "منح", (), target=("obj", "ل"),
       needs=("مساعدات", "مساعدة", "قرضا", "قروضا", "منحة", "هبة", "حق", "تسهيلات", "اللجوء", "حق اللجوء")),
    _t("AID", "تبرع", "تبرع", "تبرع", target=("ل",)),
    _t("AID", "ساعد", "ساعد", (), target=("obj",)),
    _t("AID", "أرسل", "رسل", "إرسال", target=("إلى", "ل"), needs=("مساعدات", "المساعدات", "معونات", "أسلحة")),
    # RETREAT: withdraw, pull back, retreat, evacuate
    _t("RETREAT", "انسحب", "نسحب", "انسحاب", target=("من",)),
    _t("RETREAT", "تراجع", "تراجع", (), target=("عن",), needs=("عن",)),
    # fled (فرّ: forms only, a bare فر is too short to trust)
    _t("RETREAT", (), (), ("فرار", "الفرار"), forms=("فروا", "فرت", "يفر", "تفر", "يفرون"), target=("من",)),
    _t("RETREAT", "أخلى", (), (), forms=("أخلت", "أخلوا", "يخلي", "تخلي"), target=("obj",),
       unless=("مسؤوليته", "مسؤوليتها", "مسئوليته", "مسئوليتها", "مسؤولية", "مسئولية", "طرفه", "سبيله", "سبيلها")),
    # CONCEDE: release, surrender, make concessions, apologise
    _t("CONCEDE", "أفرج", "فرج", "إفراج", target=("عن",)),
    _t("CONCEDE", "أطلق", "طلق", ("إطلاق",), target=("obj",), needs=("سراح",)),
    _t("CONCEDE", "تنازل", "تنازل", ("تنازلات",), target=("عن", "ل")),
    _t("CONCEDE", "استسلم", "ستسلم", "استسلام", target=("ل",)),
    _t("CONCEDE", "اعتذر", "عتذر", "اعتذار", target=("ل", "من")),
    # active participles after a main clause (وأكد الوزير ...، مطالبا إيران بوقف): the subject or speaker does it.
    # Masculine forms only where the feminine is a common noun (مطالبة demand, داعية preacher); never متهما
    # (a suspect).
    _t("REQUEST", forms=("مطالبا", "مطالبين"), target=("obj", "ب"), participle=True),
    _t("REQUEST", forms=("داعيا", "داعين"), target=("obj", "إلى", "ل"), participle=True),
    _t("ACCUSE", forms=("مستنكرا", "مستنكرين", "منتقدا", "منتقدين"), target=("obj",), participle=True),
    _t("ACCUSE", forms=("منددا", "منددين"), target=("ب",), participle=True),
    _t("SUPPORT", forms=("مشيدا", "مشيدين", "مرحبا", "مرحبين"), target=("ب",), participle=True),
    _t("SUPPORT", forms=("مثمنا", "مثمنين"), target=("obj",), participle=True),
    _t("ASSAULT", forms=("مستهدفا", "مستهدفة", "مستهدفين"), target=("obj",), participle=True),
    _t("THREATEN", forms=("مهددا", "مهددين"), target=("obj", "ب"), participle=True),
    _t("CONCEDE", (), (), ("تخلي",), forms=("تخلى", "تخلت", "تخلوا", "يتخلى", "تتخلى", "يتخلون"), target=("أمام", "ل"),
       needs=("أسلحتهم", "سلاحهم", "سلاحه", "أسلحته", "السلاح", "أسلحتها", "سلاحها", "أسلحة")),  # laid down arms
)

# Surface forms that look like triggers but in news mostly name something else: المعارضة (the opposition).
NOT_TRIGGERS: tuple[str, ...] = ("المعارضة", "للمعارضة", "بالمعارضة", "والمعارضة")

# Generic political actors that name no one in particular but are event participants in news (CAMEO/PLOVER
# "agents": opposition, rebels, protesters, army, police...). A country adjective right after one gives its country
# (``الحكومة التركية`` -> TUR).
GENERIC_ACTORS: tuple[str, ...] = (
    "المقاومة الشعبية", "المقاومة الجنوبية", "المقاومة", "المعارضة السورية", "المعارضة المسلحة", "المعارضة",
    "المتمردين", "المتمردون", "المسلحين", "المسلحون", "المتظاهرين", "المتظاهرون", "المحتجين", "المحتجون",
    "الانفصاليين", "الانفصاليون", "الانقلابيين", "الانقلابيون", "الأكراد", "الحكومة", "الجيش", "الشرطة", "قوات الأمن",
    "الميليشيات",
    "الميليشيا", "المليشيات", "التحالف", "التحالف الدولي", "قوات التحالف", "دول التحالف", "الناخبين", "الناخبون",
    "البرلمان", "مجلس النواب", "مجلس الأمن", "المحكمة", "الادعاء العام", "النيابة العامة", "السلطات",
    # armed and security forces named by their side (blind pass on other outlets, 2026-11-29): the regime's,
    # the government's, the rebels' (a country adjective after one gives its country: القوات العراقية -> IRQ)
    "القوات", "قوات النظام", "القوات الحكومية", "القوات المسلحة", "القوات الأمنية", "الأجهزة الأمنية",
    "الفصائل المقاتلة", "الفصائل المسلحة", "الفصائل", "الثوار", "الطيران الحربي", "الجيش الوطني", "رجال الأمن",
    "الجماعات المسلحة",
)

# Honorifics before a title or name; with the titles of ``marsad.data.titles`` they are skipped when the
# preposition that marks a participant is looked for (``مع معالي وزير الخارجية الألماني فرانك شتاينماير``).
HONORIFICS: tuple[str, ...] = ("معالي", "سمو", "فخامة", "سعادة", "دولة", "جلالة", "سماحة", "نظيره", "نظيرته",
                               "خادم", "الحرمين", "الشريفين", "صاحب", "السمو", "الملكي", "الأستاذ", "الدكتور",
                               "المهندس", "اللواء", "العميد", "الفريق", "المشير", "العقيد")

# Office words the shared title list lacks that head a title chain in Saudi news (وكيل إمارة منطقة الباحة الدكتور X,
# مساعد وزير الدفاع): passed over like titles between a verb and its subject or a marker and its participant.
EXTRA_TITLES: tuple[str, ...] = ("وكيل", "الوكيل", "مساعد", "المساعد")

# Honorifics of address after which a country adjective is a family name (الدكتور التركي, الشيخ المصري), not a
# country; office titles (الرئيس التركي, الوزير الألماني) keep the adjective's country.
SURNAME_TITLES: tuple[str, ...] = ("الدكتور", "د", "الشيخ", "الأستاذ", "المهندس", "السيد", "السيدة", "الدكتورة",
                                   "الأستاذة", "المحامي", "الكاتب", "الزميل")

# Possessed nouns that stand for the country of the participant named before them (ظريف ... أن بلاده ترفض).
COUNTRY_PRONOUNS: tuple[str, ...] = ("بلاده", "بلادها", "بلادهم", "بلادنا", "دولته", "دولتها", "حكومته", "حكومتها")

# Country adjectives that are mostly ordinary words in news (المالية: financial, not Malian): never participants.
AMBIGUOUS_ADJECTIVES: tuple[str, ...] = ("مالي", "المالي", "مالية", "المالية", "الماليين", "الماليون", "ماليين",
                                         "ماليا", "ماليون")

# Definite nouns that stand for an organisation named earlier (``عززت طوكيو تعاونها مع الكتلة`` = NATO), with the
# KB kinds the antecedent may have; resolved to the nearest earlier participant of such a kind, else ignored.
ANAPHORS: dict[str, tuple[str, ...]] = {
    "الحلف": ("organisation",), "الكتلة": ("organisation",), "المنظمة": ("organisation",),
    "التنظيم": ("armed_group",), "الجماعة": ("armed_group", "party"), "الميليشيا": ("armed_group",),
    "الحزب": ("party",), "الحركة": ("armed_group", "party"),
    "المملكة": ("country",),  # only an antecedent whose name starts with it: المملكة العربية السعودية
}
# Anaphors that stand only for a participant whose name begins with them (المملكة -> المملكة العربية السعودية).
ANAPHOR_NAME_PREFIX: tuple[str, ...] = ("المملكة",)
ANAPHOR_REACH = 1500  # characters back in which the antecedent is looked for

# Head nouns of organisation names: alone (a name cut short by punctuation, ``منظمة «``) they name no participant.
ORG_HEADS: tuple[str, ...] = ("منظمة", "هيئة", "مؤسسة", "جمعية", "لجنة", "مجلس", "اتحاد", "حزب", "وزارة", "مكتب",
                              "مركز", "رابطة", "نقابة", "شركة")

# KB kinds that are no event participants in political news (a football club "meets" another on the pitch).
NON_PARTICIPANT_KINDS: tuple[str, ...] = ("club", "event", "award", "programme")

# Standalone prepositions that mark an argument; clitic prepositions are ل ب ك.
PREPOSITIONS: tuple[str, ...] = (
    "مع", "إلى", "الى", "على", "من", "عن", "ضد", "في", "بين", "تجاه", "نحو", "أمام", "لدى", "حول",
)

# Relative pronouns: the participant before one is the subject of the verb after it (ميركل التي دعت).
RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتان", "اللتين", "اللواتي")

# Complementisers: a clause starts after them, so a preposition before one marks nothing after it.
COMPLEMENTIZERS: tuple[str, ...] = ("إن", "أن", "بأن", "وأن", "وإن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم",
                                    "لأن", "كأن")

# Words that open a new clause: an argument is not looked for across them.
CLAUSE_OPENERS: tuple[str, ...] = (
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "بينما", "حيث", "لكن", "لأن", "عندما", "بعدما",
    "فيما", "كما", "وقال", "وأضاف", "وأكد",
)

# Particles that negate the trigger after them: a negated trigger is not an event.
NEGATIONS: tuple[str, ...] = ("لا", "لم", "لن", "ليس", "عدم", "دون", "بدون", "غير", "ما")

# Passive auxiliaries before a verbal noun (تم اعتقال X): the genitive is the target, the actor comes with من قبل.
PASSIVE_AUX: tuple[str, ...] = ("تم", "تمت", "يتم", "تتم", "جرى", "جرت", "يجري", "تجري")

# Verbs whose subject undergoes the event named by the noun after them (واجه كيري اتهامات من قبل طهران,
# تعرضت السفارة لهجوم): the subject is the target, the actor comes with من قبل / من.
UNDERGO_VERBS: tuple[str, ...] = (
    "واجه", "واجهت", "يواجه", "تواجه", "يواجهون", "تعرض", "تعرضت", "يتعرض", "تتعرض", "يتعرضون", "تعرضوا",
    # receiving blows: the subject is hit, the one after من hits (تلقى الحوثيون ضربات من الجيش)
    "تلقى", "تلقت", "تلقوا", "يتلقى", "تتلقى", "يتلقون",
    # repelling an attack: the subject is the one attacked (تمكن الثوار من صد هجوم شنته قوات حوثية)
    "صد", "صدت", "صدوا", "يصد", "تصد", "يصدون", "تصدى", "تصدت", "تصدوا", "يتصدى", "تتصدى", "التصدي", "لصد",
    "بصد", "وصد",
)

# Undergoing verbs after which a plain من marks the agent (تلقوا ضربات من الجيش).
RECEIVE_VERBS: tuple[str, ...] = ("تلقى", "تلقت", "تلقوا", "يتلقى", "تتلقى", "يتلقون")

# The agent of a passive: من قبل X (two words) or من جانب X.
AGENT_MARKERS: tuple[tuple[str, ...], ...] = (("من", "قبل"), ("من", "جانب"), ("على", "يد"), ("على", "أيدي"))

# Codes whose actor and target can swap without changing the event (one event per pair is reported).
SYMMETRIC: tuple[str, ...] = ("CONSULT", "AGREE", "COOPERATE")

# The preposition that introduces both sides of a symmetric event (اتصال هاتفي بين X وY).
BETWEEN = "بين"

# Verbs of reciprocity: a trigger they govern is done by each side to the other (تبادلت X وY الاتهامات, تبادل
# لإطلاق النار بين X وY): one event in each direction.
RECIPROCAL: tuple[str, ...] = ("تبادل", "تبادلت", "تبادلا", "تبادلتا", "تبادلوا", "يتبادل", "تتبادل", "يتبادلان",
                               "تتبادلان", "يتبادلون", "تبادلان")

# Nouns standing for what is hit or raided, whose genitive or ل-phrase is the real target (قصفت أهدافا لتنظيم داعش,
# استهدفت مواقع الحوثيين): the participant after one is read as the direct object.
TARGET_HOLDERS: tuple[str, ...] = ("أهداف", "أهدافا", "هدفا", "مواقع", "موقعا", "مقار", "مقرات", "مقرا", "معاقل",
                                   "تجمعات", "مراكز", "معسكرات", "مخازن", "عناصر", "مسلحي", "مقاتلي", "قادة", "قيادات",
                                   "تمركزات", "تجمع", "تجمعا", "مناطق", "منطقة", "أحياء", "ثكنة", "ثكنات", "حواجز",
                                   "نقاط", "رتل", "رتلا", "آليات", "معدات", "مخابئ", "تحركات", "دوريات")

# Denials: an event in the أن-clause a denial governs is not asserted (نفى أردوغان الاتهامات بأن تركيا تساعد داعش,
# ليس صحيحا أنه يتعين على الحكومة).
DENIALS: tuple[str, ...] = ("نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافية", "نفي", "كذب", "كذبت",
                            "ليس", "الشائعات", "شائعات", "مزاعم", "المزاعم", "ادعاءات", "الادعاءات")

# Effort nouns whose owner does the purpose ل-noun after it (جهود تركيا لقتال داعش, مساعي إيران لدعم الحوثيين).
EFFORT_NOUNS: tuple[str, ...] = ("جهود", "الجهود", "مساعي", "سعي", "محاولة", "محاولات", "حملة", "عملية", "عمليات",
                                 "تحرك", "استعدادات")

# Belonging words before إلى/في: the group named after them stands for its members as an object (أوقفت قوات الأمن
# 320 شخصا من المنتمين إلى داعش: COERCE against ISIS, the PLOVER convention for members of a group).
BELONGING: tuple[str, ...] = ("المنتمين", "المنتمون", "منتمين", "ينتمون", "ينتمي", "تنتمي", "المنتسبين",
                              "ينتسبون", "أعضاء", "الأعضاء", "أنصار", "مؤيدي")

# Affiliation words before a ل-phrase: after a holder the owner is the object (أهدافا تابعة لتنظيم داعش); after a
# participant the ل-phrase only describes it (القوات الموالية لصالح) and is no argument of the trigger.
AFFILIATION: tuple[str, ...] = ("تابع", "تابعة", "تابعا", "التابع", "التابعة", "التابعين", "التابعون", "موالية",
                                "الموالية", "موالي", "الموالي", "موالين", "الموالين", "موالون", "الموالون",
                                "المؤيدة", "المؤيدين", "المدعومة", "مدعومة", "المدعومين", "المقربة", "المقربين")

# Place nouns: a ب on one is "in" (اجتمع مدير فرع الوزارة بمنطقة مكة مع ...), not the ب that marks a participant.
PLACE_NOUNS: tuple[str, ...] = ("منطقة", "محافظة", "مدينة", "ولاية", "إقليم", "العاصمة", "بلدة", "قرية", "حي", "مقر",
                                "مطار", "ميناء", "قاعدة", "مخيم", "شمال", "جنوب", "شرق", "غرب", "وسط")

# Number words: a verb right after "number + noun" is a relative clause on that noun (ثمانية متطرفين بايعوا داعش:
# the extremists pledged, not the subject after the verb).
COUNT_WORDS: tuple[str, ...] = ("ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "ثلاث", "أربع",
                                "خمس",
                                "ست", "سبع", "ثماني", "تسع", "عشر", "عشرات", "مئات", "آلاف", "عشرين", "ثلاثين",
                                "أربعين", "خمسين", "مائة", "مئة", "ألف", "بضعة", "عدة", "اثنين", "اثنان")

# Heads that make a place name the name of a group or province (ولاية سيناء, إمارة القوقاز): a participant right
# after one is reported with it.
PLACE_NAME_HEADS: tuple[str, ...] = ("ولاية", "إمارة")

# Quantity words before من: the من-phrase is the counted object, not a source (أسرت العديد من الحوثيين).
PARTITIVES: tuple[str, ...] = ("العديد", "عدد", "عددا", "عشرات", "مئات", "آلاف", "المئات", "العشرات", "الآلاف",
                               "بعض", "أكثر", "عشرة", "كثيرا", "كثيرين", "المزيد",
                               # fighters of a group (عشرات المقاتلين من ميليشيات الحوثي فروا, 12 عنصرا من طالبان)
                               "المقاتلين", "مقاتلين", "مقاتلا", "عنصرا", "عناصر", "أفراد", "أفرادا", "المسلحين")

# Sports vocabulary (hand-listed from match reports, 2026): clubs "meet", players "attack", a team "owes" a win
# (يدين بالفوز); events are not read in a sentence with two of these words, nor in one with one of them in an
# article with five or more.
SPORTS_WORDS: tuple[str, ...] = (
    "مباراة", "المباراة", "مباراته", "مباريات", "المباريات", "ملعب", "الملعب", "الدوري", "دوري", "لاعب", "اللاعب",
    "لاعبين", "اللاعبين", "اللاعبون", "المدرب", "مدرب", "النادي", "نادي", "البطولة", "بطولة", "كأس", "الكأس",
    "المنتخب", "منتخب", "الشوط", "شوط", "التعادل", "ركلة", "ركلات", "هدفين", "أهدافه", "الموسم", "الودية", "ودية",
    "متفرج", "متفرجا", "الحارس", "المهاجم", "الانتقالات", "الاحتراف",
)  # not هدف/أهداف (aims, targets), الفريق (a general's rank), الفوز (elections)
SPORTS_SENTENCE = 2  # sports words in one sentence that make it a sports sentence
SPORTS_ARTICLE = 5  # sports words in an article above which one sports word in a sentence suffices

# Modality: a trigger shortly after one of these words (participants, prepositions and one other word may stand
# between) is possible, intended, feared, invited or commemorated, not reported as done (قد تمنح فرنسا اليونان
# قرضا, تعتزم احتجاز, مخاوف من هجوم, دعوة إلى زيارة عدن).
# ``MAY`` only before a present verb (قد قتلت is "has killed").
MAY: tuple[str, ...] = ("قد", "ربما", "لعل")
# A plot to use force is a threat (PLOVER THREATEN): خطط داعش لاستهداف الملكة.
PLANS: tuple[str, ...] = ("يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "ينوون", "يخطط", "تخطط", "يخططون", "خططوا",
                          "خطط", "خططت", "يعتزمان", "يخططان", "خططا", "مؤامرة", "المؤامرة", "مؤامرات", "مخطط",
                          "المخطط", "مخططا", "مخططات")
PLAN_CODES: tuple[str, ...] = ("ASSAULT", "COERCE")
HYPOTHETICAL: tuple[str, ...] = PLANS + (
    "احتمال", "إمكانية", "امكانية", "مخاوف", "خشية", "تخوف", "مخاطر", "خطر", "تحذير", "تحذيرات", "لمنع", "منع",
    "لتفادي", "لتجنب", "تهديد", "يهدد", "تهدد", "دعوة", "الدعوة", "دعوته", "دعوتها", "عرض", "اقتراح", "مقترح",
    # anniversaries: history, not news (يصادف استسلام اليابان, في ذكرى اغتيال)
    "ذكرى", "الذكرى", "بذكرى", "لذكرى", "ذكراه", "ذكراها", "يصادف", "تصادف",
    # instructions: how to do it is not doing it (تعليمات حول كيفية شن هجمات)
    "كيفية", "طريقة", "تعليمات",
)
# Predicates after a trigger noun that make it a possibility (أن هجوما روسيا على فنلندا ممكن).
POSSIBLE_AFTER: tuple[str, ...] = ("ممكن", "ممكنا", "ممكنة", "محتمل", "محتملا", "محتملة", "وارد", "واردا", "مستبعد")


# Nouns before a trigger that undo it (رفع العقوبات: lifting sanctions is no sanction).
UNDOING: tuple[str, ...] = ("رفع", "إلغاء", "تخفيف", "إنهاء", "وقف", "تعليق", "لرفع", "برفع", "ورفع")

# Codes whose events may have no target (an actor that withdraws, mobilises or protests).
INTRANSITIVE: tuple[str, ...] = ("RETREAT", "MOBILIZE", "PROTEST", "CONCEDE")

# Helper verbs and phrases whose subject does what the verbal noun after them names (تمكنت القوات من طرد التنظيم,
# قام داعش بقصف, إقدام عناصر الحزب على قتل, داعش يقف وراء الاعتداء, أعلنت طالبان المسؤولية عن الهجوم).
AUXILIARIES: tuple[str, ...] = (
    "تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "استطاع", "استطاعت", "استطاعوا", "نجح", "نجحت", "نجحوا",
    "قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون", "أقدم", "أقدمت", "أقدموا", "إقدام", "يقف", "تقف", "وقف",
    "وقفت", "يقفون", "تبنى", "تبنت", "تبنوا", "يتبنى", "تولى", "تولت", "واصل", "واصلت", "واصلوا", "يواصل", "تواصل",
    "المسؤولية", "مسؤوليته", "مسؤوليتها", "المسئولية",
)

# First words of the tag lines some outlets print under an article (سمات أشرف عبد الغني افغانستان باكستان تفجير):
# a list of names, no sentence.
TAG_LINE_HEADS: tuple[str, ...] = ("سمات", "وسوم", "الوسوم", "كلمات دلالية", "الكلمات")

# Past stems whose last radical is doubled and written once (احتجّ): before a consonant suffix the doubling is
# written out (احتججنا), so احتج + نا is another verb (احتجنا, we needed).
GEMINATE: tuple[str, ...] = ("احتج", "شن", "حث", "حض", "صد", "رد")

# Words of a time aside set off by commas inside a clause (القوات ضربت، أمس الجمعة، أهدافا لداعش).
TIME_WORDS: tuple[str, ...] = ("أمس", "اليوم", "الليلة", "البارحة", "صباح", "مساء", "فجر", "ظهر", "صباحا", "مساء",
                               "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
                               "الماضي", "الماضية", "الحالي", "الجاري", "المقبل", "أول", "من")

# Words between a verb and its subject that do not break VSO (adverbs of time, particles).
SKIP_WORDS: tuple[str, ...] = (
    "أمس", "اليوم", "أيضا", "أيضاً", "مجددا", "مجدداً", "بشدة", "رسميا", "رسمياً", "قد", "قبل", "بعد",
)
