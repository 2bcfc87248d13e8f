"""Interviews: an ArticleView -> the interviewee's answers as direct quotes (the questions are the outlet's).

An interview is announced by a paragraph naming it (حوار، مقابلة، لقاء، التقت، حاورت، أجرته …); the interviewee
is the person after «مع» or «التقت», else the first person named in that paragraph. After it, questions are
paragraphs ending in «؟» or opening with a number or «س:», and the paragraphs between them are answers
(bullets «*»، «-»، «ج:» dropped); when the feed has lost the line breaks («- سؤال؟ جواب.   - سؤال؟ جواب.»)
the one paragraph is split at its dash bullets and each segment's answer is what follows its question.
"""

from __future__ import annotations

import re

from marsad.attribution.speakers import SpeakerInfo, read_speaker
from marsad.attribution.tokens import ArticleView
from marsad.data import cues as C
from marsad.text.normalize import normalize

_INLINE_BULLET = re.compile(r"(?:^|\s)[-–—]\s+")
_LEAD = re.compile(r"[\s*\-–—•.]*(?:ج\s*[:：]\s*)?")
_QUESTION_LEAD = re.compile(r"^[\s*\-–—•]*(?:\d+\s*[-–.)]|س\s*[:：])")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s > 1:
            out.append((s, e))
    return out


def _person_like(view: ArticleView, sp: SpeakerInfo | None, a: int) -> bool:
    """A person named or titled (not «قناعته بالمستويات»): an entity, a title at ``a``, or a short bare name."""
    if sp is None or sp.type != "person":
        return False
    if sp.entity is not None or view.norms[a] in C.PERSON_TITLES:
        return True
    first = normalize(view.text[sp.start:sp.end].split()[0]) if view.text[sp.start:sp.end].split() else ""
    return sp.known and not first.endswith(("ه", "ها", "هم"))


def _plausible(view: ArticleView, sp: SpeakerInfo) -> bool:
    """A reported speaker fit to be the interviewee: a person whose phrase is no possessed noun or ل-phrase."""
    words = view.text[sp.start:sp.end].split()
    if sp.type != "person" or not words:
        return False
    first = normalize(words[0])
    return not first.endswith(("ه", "ها", "هم")) and not first.startswith(("لل", "بال"))


def _interviewee(view: ArticleView, s: int, e: int, titles, explicit_only: bool = False) -> SpeakerInfo | None:
    a, b = view.token_at(s), view.token_at(e)
    norms = view.norms
    triggers = [t for t in range(a, b) if view.is_word[t] and
                (norms[t] in C.INTERVIEW_WORDS or _strip(norms[t]) in C.INTERVIEW_WORDS)]
    for t in range(a, b):
        w = norms[t]
        near = any(0 < t - x <= 7 for x in triggers)
        if w in ("مع",) and near and t + 1 < b and not _is_pronoun(norms[t + 1]):
            sp = read_speaker(view, t + 1, min(b, t + 9), titles=titles, cue_pos=view.starts[t])
            if _person_like(view, sp, t + 1):
                return sp
        if _strip(w) in C.INTERVIEW_MEET_VERBS and t + 1 < b:
            sp = read_speaker(view, t + 1, min(b, t + 9), titles=titles, cue_pos=view.starts[t])
            if _person_like(view, sp, t + 1):
                return sp
    if explicit_only:
        return None
    for m in view.mentions_in(s, e):
        if m[3].type == "PER":
            ent = view.entity_by_id.get(m[2])
            return SpeakerInfo(m[0], m[1], "person", m[2], None, None, ent.gender if ent else None)
    for t in range(a, b):
        if view.is_word[t] and norms[t] in C.PERSON_TITLES:
            sp = read_speaker(view, t, min(b, t + 10), titles=titles, cue_pos=view.starts[t])
            if sp is not None and sp.type == "person" and sp.start > view.starts[t]:
                return sp
    return None


def _strip(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _is_pronoun(w: str) -> bool:
    return w in ("معه", "معها", "معهم") or w in C.PRONOUN_PPS


def _is_trigger(norm_para: str) -> bool:
    words = set(norm_para.split())
    return bool(words & C.INTERVIEW_WORDS) or any(w.strip("«»“”\"،,.:") in C.INTERVIEW_WORDS for w in words)


def _answer(text: str, s: int, e: int) -> tuple[int, int] | None:
    m = _LEAD.match(text, s, e)
    if m:
        s = m.end()
    while e > s and text[e - 1].isspace():
        e -= 1
    if len(text[s:e].split()) < 3:
        return None
    return s, e


def interview_answers(view: ArticleView, titles, questions_out: list | None = None,
                      speakers: list[tuple[int, SpeakerInfo]] = ()) -> list[tuple[tuple[int, int], SpeakerInfo]]:
    """(answer span, interviewee) for every answer of an interview in the article; [] when there is none.
    ``speakers`` are (offset, speaker) of reports already found: a news interview opens with the interviewee's
    own report (أقر X أن …، وقال خلال حوار أجرته معه …), so the first named person among them is the interviewee
    when the announcement does not name one. The question spans are appended to ``questions_out`` when given."""
    text = view.text
    paras = _paragraphs(text)
    out: list[tuple[tuple[int, int], SpeakerInfo]] = []
    qspans: list[tuple[int, int]] = []
    start = None
    for k, (s, e) in enumerate(paras):
        if _is_trigger(normalize(text[s:e])):
            start = k
            break
    if start is None:
        return out
    s, e = paras[start]
    who = _interviewee(view, s, e, titles, explicit_only=True)
    if who is None:
        who = next((sp for off, sp in speakers if off < e and _plausible(view, sp)), None)
    if who is None:
        who = _interviewee(view, s, e, titles)
    if who is None:
        return out
    # the announcing paragraph may carry the whole interview when the feed lost its line breaks
    units = []
    intro_end = text.find(":", s, e)
    if intro_end >= 0 and len(_INLINE_BULLET.findall(text[intro_end:e])) >= 2:
        units.append((intro_end + 1, e))
    units.extend(paras[start + 1:])
    questions = 0
    seen_question = False
    q_bullet = ""
    last_answer: int | None = None
    for s, e in units:
        seg = text[s:e]
        bullets = list(_INLINE_BULLET.finditer(seg))
        if len(bullets) >= 2 or (bullets and bullets[0].start() == 0 and "؟" in seg[:-1]):
            # inline style: "- question? answer.  - question? answer."
            cuts = [m.end() for m in bullets] + [len(seg)]
            for x in range(len(bullets)):
                piece_s, piece_e = s + cuts[x], s + (bullets[x + 1].start() if x + 1 < len(bullets) else len(seg))
                piece = text[piece_s:piece_e]
                q = piece.find("؟")
                if q < 0:
                    q = next((m.start() for m in re.finditer(r"(?<!\.)\.\s", piece)), -1)  # not an ellipsis «..»
                if q < 0:
                    continue
                ans = _answer(text, piece_s + q + 1, piece_e)
                if ans:
                    out.append((ans, who))
                qspans.append((piece_s, piece_s + q + 1))
                seen_question = True
                questions += 1
            continue
        lead = seg.lstrip()[:1]
        if seg.rstrip().endswith("؟") or _QUESTION_LEAD.match(seg) or (q_bullet and lead == q_bullet):
            if seg.rstrip().endswith("؟") and lead in "-–—" and not q_bullet:
                q_bullet = lead  # the interviewer's turns open with this dash
            seen_question = True
            questions += 1
            qspans.append((s, e))
            last_answer = None
            continue
        if not seen_question:
            continue
        ans = _answer(text, s, e)
        if ans and last_answer is not None:
            out[last_answer] = ((out[last_answer][0][0], ans[1]), who)  # one turn over several paragraphs
        elif ans:
            out.append((ans, who))
            last_answer = len(out) - 1
    if questions < 2 or len(out) < 2:
        return []
    if questions_out is not None:
        questions_out.extend(qspans)
    return out
