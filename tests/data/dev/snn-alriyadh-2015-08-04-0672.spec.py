# Hand annotation of snn-alriyadh-2015-08-04-0672.ar.txt (SaudiNewsNet, Al-Riyadh; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-alriyadh-2015-08-04-0672.ar.txt",
    "published": "2015-08-04",
    "source": "alriyadh",
    "note": "Wire copy relaying an interview broadcast by Radio France Internationale (and given to European papers): "
    "the Ukrainian president accuses Putin (accusation 'اتهم ... بأنه' and 'مشيرا إلى أن' indirect), then direct "
    "quotes after 'قال ... أن \"...\"', 'وأضاف', 'وتابع', 'وقال الرئيس الأوكراني' (title-only speaker span). All his "
    "quotes come from that interview: via Radio France Internationale. 'الأوكرانيين' is MISC; 'روسياً' (adverbial "
    "adjective) and 'الجيش الأوكراني' are not mentions. 'يوم أمس الاثنين' = 3 August (published Tuesday 4 August).",
}

ENTITIES = [
    ("Petro Poroshenko", "PER", [("بترو بوروشنكو", 1), ("بوروشنكو", 2), ("بوروشنكو", 3), ("بوروشنكو", 4)]),
    ("Vladimir Putin", "PER", [("فلاديمير بوتين", 1), ("بوتين", 2), ("بوتين", 3)]),
    ("Europe", "LOC", [("أوروبا", 1), ("أوروبا", 2)]),
    ("Finland", "LOC", [("فنلندا", 1), ("فنلندا", 2), ("فنلندا", 3)]),
    ("Baltic states", "LOC", [("دول البلطيق", 1), ("دول البلطيق", 2)]),
    ("Radio France Internationale", "ORG", [("إذاعة فرنسا الدولية", 1)]),
    ("Crimea", "LOC", [("القرم", 1)]),
    ("Ukraine", "LOC", [("أوكرانيا", 1), ("أوكرانيا", 2), ("أوكرانيا", 3)]),
    ("Black Sea", "LOC", [("البحر الأسود", 1)]),
    ("Ukrainians", "MISC", [("الأوكرانيين", 1)]),
    ("Russia", "LOC", [("روسيا", 2)]),
]

P = "Petro Poroshenko"
RFI = "Radio France Internationale"
QUOTES = [
    dict(cue=("اتهم", 1), speaker=("بترو بوروشنكو", 1), speaker_canonical=P, speaker_type="person",
         content=("يريد كل أوروبا", 1), kind="indirect", hedged=False, via=RFI),
    dict(cue=("مشيرا", 1), speaker=("بترو بوروشنكو", 1), speaker_canonical=P, speaker_type="person",
         content=("هجوماً روسياً على فنلندا أو دول البلطيق ممكن", 1), kind="indirect", hedged=False, via=RFI),
    dict(cue=("قال", 1), speaker=("بوروشنكو", 2), speaker_canonical=P, speaker_type="person",
         content=("بوتين يريد الذهاب إلى أبعد حد يسمح له به، انه يريد كل أوروبا", 1), kind="direct", hedged=False,
         via=RFI),
    dict(cue=("أضاف", 1), speaker=("بوروشنكو", 2), speaker_canonical=P, speaker_type="person",
         content=("بضم القرم والعدوان على شرق أوكرانيا كسر بوتين النظام الأمني الدولي", 1), kind="direct",
         hedged=False, via=RFI),
    dict(cue=("تابع", 1), speaker=("بوروشنكو", 3), speaker_canonical=P, speaker_type="person",
         content=("هل الاعتداء على فنلندا ممكن؟ نعم وفنلندا تدرك ذلك جيدا، هل الاعتداء على دول البلطيق ممكن؟ بالتأكيد، هل الاعتداء على مجال البحر الأسود ممكن؟ نعم", 1),
         kind="direct", hedged=False, via=RFI),
    dict(cue=("قال", 2), speaker=("الرئيس الأوكراني", 2), speaker_canonical=P, speaker_type="person",
         content=("لذلك عندما نتحدث عن الأوكرانيين الذين يقاتلون في شرق بلدي لا نتحدث فقط عن كفاح من اجل وحدة وسلامة أراضي أوكرانيا واستقلالها بل نكافح من اجل الديموقراطية، من أجل الحرية ومن أجل أمن كل القارة الأوروبية", 1),
         kind="direct", hedged=False, via=RFI),
    dict(cue=("قال", 3), speaker=("بوروشنكو", 4), speaker_canonical=P, speaker_type="person",
         content=("إنه عدوان حقيقي ضد بلدي وبينما نحن نتحدث، هناك تسعة آلاف جندي روسي مجهزون بأسلحة روسية حديثة يحتلون أرضي", 1),
         kind="direct", hedged=False, via=RFI),
]

TIMES = [
    (("يوم أمس الاثنين", 1), "DATE", "2015-08-03"),
    (("أبريل 2014", 1), "DATE", "2014-04"),
]

POROSHENKO = "UKR|Petro Poroshenko|بترو بوروشنكو|بوروشنكو|Ukraine|أوكرانيا"
PUTIN = "RUS|Vladimir Putin|فلاديمير بوتين|بوتين|Russia|روسيا"
EVENTS = [
    {"actor": POROSHENKO, "code": "ACCUSE", "target": PUTIN, "date": "2015-08-03"},
    {"actor": PUTIN, "code": "ASSAULT|COERCE", "target": "UKR|Ukraine|أوكرانيا|Crimea|القرم"},
    {"actor": "pro-Russian rebels|المتمردين الموالين لروسيا|المتمردين|RUS|Russia|روسيا", "code": "ASSAULT",
     "target": "UKR|Ukraine|أوكرانيا|Ukrainian army|الجيش الأوكراني", "date": "2014-04"},
]
