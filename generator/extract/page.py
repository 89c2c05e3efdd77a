"""A news page -> its article text without chrome, and its title, date and publisher with where each was found.

trafilatura finds the main text; before it runs, the blocks a news page wraps around the article
(menus, cookie banners, share bars, newsletter boxes, related-article lists, reader comments,
footers) are cut from the tree by their tag, ARIA role or class/id words, and counted, because
trafilatura alone lets some of them through (issue 9: comments and related lists became events).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

from .lang import alternation, every_language, for_language, reporting_verb, spelled, union

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """A value read from a page, with where it was found (shown to the person by ``add``)."""

    value: T
    where: str


@dataclass
class Article:
    """What an imported file or page says about itself, each value with where it was found."""

    text: str
    title: Found[str] | None = None
    published: Found[dt.date] | None = None
    language: Found[str] | None = None
    url: str | None = None
    publisher: Found[str] | None = None
    dropped: Counter[str] | None = None  # blocks left out of a page, by kind; None for a text file
    raw_html: bytes | None = None  # kept beside the text when the page was fetched (provenance)
    raw_suffix: str = ".html"  # never a source suffix (.md, .markdown, .txt): the archive is not a second source
    text_from: str | None = None  # where the text came from when the page's HTML held no article (shown by add)


# Class/id words of a photo's caption: markup words, kept with the other class words below (CMSs in French
# name their classes in French: "legende").
_CAPTION_WORDS = ("caption", "legend", "légende")
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_CAPTION_WORDS_MAX = 20
_PICTURE_BOX_WORDS = ("image", "img", "photo", "picture", "media", "figure", "visual")
# Class/id words of page chrome, by kind. A word matches a class token when the token starts with it
# ("comment" matches "comments-list"); short words that would match real words by prefix are exact only.
_KIND_PREFIXES = {
    "comments": ("comment", "commentaire", "reaction", "reagir", "disqus", "discussion", "replies", "coral", "talk-",
                 # a CMS's guest book under the article (concrete5's "ccm-guestbook", « livre d'or »)
                 "guestbook", "livredor", "livre-dor"),
    "related": ("related", "recommend", "outbrain", "taboola", "recirc", "teaser", "trending", "mostread",
                "mostpopular", "popular", "suggest", "similar", "lireaussi", "alireaussi", "readmore", "readalso",
                "readnext", "seealso", "voiraussi", "surlememesujet", "memesujet", "moreon", "morestories",
                "pluslus", "youmay", "upnext", "nextread"),
    "other": ("newsletter", "subscri", "signup", "abonn", "cookie", "consent", "gdpr", "rgpd", "didomi",
              "onetrust", "sharing", "social", "partage", "advert", "promo", "paywall", "modal", "popup",
              "sponsor", "banner", "donate", "correction", "editorsnote", "erratum", "rectificatif",
              # a note on the text, a release's boilerplate and press contact, a reading time: the edges of a text
              "editornote", "ndlr", "disclaimer", "boilerplate", "mediacontact", "presscontact", "contactpresse",
              "readingtime", "readtime", "tempsdelecture", "tempslecture",
              # a photo's caption and credit: "The hall in March 2023. Photo: …" dates no event of the story
              *_CAPTION_WORDS, "photocredit", "credit-photo", "creditphoto",
              # a video or audio player's block: its legend ("Reportage diffusé dans le JT de 12h30 · 2 min 14 s")
              "videoplayer", "audioplayer", "mediaplayer",
              # an editor's footnotes under a text (a wiki's or a blog's numbered notes): their years date no event of
              # the story ("La minoterie fut rebâtie en 1932")
              "footnote", "endnote", "reflist"),
    "byline": ("byline", "dateline", "auteur"),
    "navigation": ("breadcrumb", "footer", "masthead", "sidebar", "toolbar", "pagination", "navbar", "navigation",
                   "menu", "skiplink", "keywords", "mots-cles"),
}
_KIND_EXACT = {
    "byline": {"author", "authors", "postinfo", "articleinfo", "articlemeta", "postmeta", "entrymeta", "meta", "metadata",
               "signature", "credits"},
    # "recent" exact: a recent posts list (Wix data-hook="recent-posts", WordPress widget_recent_entries), not "recently…"
    "related": {"more", "also", "recent"},
    # "cta": a call-to-action card inside a post (Ghost's kg-cta-card: "Enjoying the Ledger? Support …", issue 9)
    "other": {"ad", "ads", "pub", "share", "share-bar", "sharebar", "overlay", "print", "cta", "calltoaction",
              "references"},
    "navigation": {"nav", "header", "tags", "tag", "skip", "topics", "site-header", "site-footer"},
}
_TAG_KINDS = {"nav": "navigation", "footer": "navigation", "aside": "related", "form": "other", "dialog": "other",
              "menu": "navigation"}
_ROLE_KINDS = {"navigation": "navigation", "banner": "navigation", "contentinfo": "navigation",
               "complementary": "related", "dialog": "other", "alertdialog": "other", "search": "navigation",
               "menu": "navigation", "menubar": "navigation"}
_WORD_ATTRIBUTES = ("class", "id", "data-component", "data-module", "data-hook", "data-testid")
_NEVER_DROPPED = {"html", "body", "main", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "time"}

# Lines trafilatura may still keep, recognised by their words (the page's markup gave no hint), in any language
# with data (lang/*.py).
_RELATED_LINE = re.compile(rf"^[\s►▶▸»>→•*·]*(?:{alternation('RELATED_LABELS')})\b\s*(?P<mark>[:>»|–—-])?", re.I)
# Other stories' headlines listed on one line under a label, whatever the label says ("More in Operations: Auxiliary
# drives under scrutiny after summer incidents · Training day for ropeway rescuers in Tyrol", "Vous aimerez aussi :
# Foire aux champignons : le programme | Route de la Combe fermée jusqu'à vendredi"): the shape tells it, two headlines
# or more (three words or more, a capital first) set apart by a list's marks, and no sentence's stop at the end.
_LABELLED_LIST = re.compile(r"^(?P<label>[^\W\d_][^:\d]{0,60}?)\s*:\s+(?P<items>.+)$")
# A dash is no list's mark: it sets a kicker's headline after its label ("Live: Storm hits Cornwall – Thousands without
# power", "The verdict: Guilty on all counts – Sentencing set for May").
_LIST_MARK = re.compile(r"\s+[·|•]\s+")
_BOX_LINE = re.compile(
    rf"(?:^(?:{alternation('SIGNUP_CALL')})\b.*(?:{alternation('SIGNUP_WHAT')}))|"
    rf"(?:^(?:{alternation('FEEDBACK_CALL')})\b)|"
    rf"(?:{alternation('COOKIE_BANNER')}|"
    rf"^(?:{alternation('SHARE_CALL')})(?: (?:{alternation('SHARE_ON')}))?\b.{{0,40}}"
    r"(?:facebook|twitter|linkedin|whatsapp|email|x)\b)", re.I)
# A note about the article, not part of it: a correction, an editor's note, who else reported (issue 9: their
# dates are no events of the story).
_NOTE_LINE = re.compile(rf"^(?:{alternation('NOTE_LINE')})", re.I)
# A note on the text itself set apart in a paragraph of its own: all of it in italics, at the text's first or last
# paragraphs, short, no quotation, a passive verb of editing ("The interview has been edited for length.", « Ses
# réponses ont été légèrement raccourcies. »). Its words alone would take a story's sentence ("The plan was updated").
# A page's furniture on a line of its own: its topics listed under a label, a few words each and no sentence ("Tags:
# council, budget, Elmford", « Mots-clés : budget, conseil municipal », "Posted in Courts, Little Ebberley" where the
# label reads on without a colon), and its reading time ("4 min read").
_TOPIC_ITEMS = r"(?P<items>[^.!?:;]{1,40}(?:\s*[,|·/]\s*[^.!?:;,|·/]{1,40})*)$"
_TOPIC_LINE = re.compile(rf"(?i)^(?:(?:{alternation('TOPIC_LABELS')})\s*:|(?:{alternation('TOPIC_LABELS_BARE')})\s)\s*"
                         + _TOPIC_ITEMS)
_TOPIC_ITEM_WORDS = 4
_READING_TIME = re.compile(rf"(?i)(?:{alternation('READING_TIME')})")
_READ_COUNT = re.compile(rf"(?i)(?:{alternation('READ_COUNT')})")
_EDIT_NOTE = re.compile(rf"(?:{alternation('EDIT_NOTE')})", re.I)
_EDIT_NOTE_WORDS = 30
_EDIT_NOTE_EDGE = 2  # paragraphs from either end of the body
_QUOTE_MARKS = ("«", "»", "“", "”", '"')
# A site's own line around the article, in any language with data (lang/*.py): a wire's sign-off in brackets ("(Reporting
# by …; Editing by …)", "(Avec AFP)"), a standards line ("Our Standards: …"), a live blog's closing line ("Ce direct est
# terminé. Merci de l'avoir suivi.", its sentences alone), a subscriber's or member's prompt opening any sentence of a short line ("X members
# get … every Friday. Join for £6 a month."). Issue 9: the wire's trailer and the callout box reached the text.
_WIRE_SIGNOFF = re.compile(rf"(?i)^\(\s*(?:{alternation('WIRE_SIGNOFF')})\b[^()]*\)\.?$")
_STANDARDS_LINE = re.compile(rf"(?i)^(?:{alternation('STANDARDS_LABEL')})\s*:")
# A closing line is those sentences alone: "We are closing this live blog. The prefect will visit on Thursday." keeps its news.
_LIVE_END = re.compile(rf"(?i)^(?:(?:{alternation('LIVE_END')})\b[^.!?…]*[.!?…]*\s*){{1,3}}$")
_PAYWALL = re.compile(rf"(?i)(?:^|[.!?]\s+)(?:{alternation('PAYWALL')})")
_SIGNOFF_TAIL = re.compile(rf"(?i)\b(?:{alternation('SIGNOFF_TAIL')})\.?$")
_REPUBLISHED = re.compile(rf"(?i)^(?:{alternation('REPUBLISHED')})")
# A reporting clause after a comma ("…, the council told residents on Monday", "…, a indiqué la mairie", "…, selon la
# mairie"): a prompt or a label that a source is quoted saying is the story's sentence, not the site's line.
_REPORTING_CLAUSE = re.compile(rf"(?i),\s+(?:(?:[\w'’.-]+\s+){{0,4}}?"
                               rf"(?:{'|'.join(reporting_verb(data) for data in every_language())})|"
                               rf"(?:{alternation('ACCORDING')}))(?!\w)")
# The end of a sentence inside a line: a stop before a space or the line's end.
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
# A call to follow the site or its author: the platform it names tells it ("Follow Jane Roe on X: @janeroe").
_FOLLOW_LINE = re.compile(rf"^(?:{alternation('FOLLOW_CALL')})\s+(?i:(?:twitter|x|facebook|instagram|linkedin|bluesky|"
                          r"threads|tiktok|mastodon|youtube|whatsapp|telegram|google news)\b)")
# A wire's name alone on a line under the text ("— AFP", "(Reuters)"): the agency's credit, no sentence.
# Led by "with" ("— With agencies", "(Avec AFP et Reuters)") the line may name them as agencies.
_AGENCIES = rf"(?:AFP|AP|Reuters|dpa|ANSA|Belga|Bloomberg|EFE|PA Media|Xinhua|Kyodo|{alternation('AGENCY_WORDS')})"
_AGENCY_LINE = re.compile(rf"^[-–—(\s]*(?:(?i:{alternation('WITH_AGENCIES')})\s+)?{_AGENCIES}"
                          rf"(?:\s*(?:[/,]|(?i:{alternation('WITH_AGENCIES')}))\s*{_AGENCIES})*\s*\)?\.?$", re.I)
# The site's copyright line under the text ("© 2062 Courier Media. All rights reserved.", "Copyright 2031 …"). "(c)" or
# "copyright" needs a year after it, or an owner's name and nothing else: "(c) the operator must notify …" and "(C)
# Tenants may appeal …" are the third items of lettered lists.
_OWNER_LINKS = spelled(union("NAME_JOINERS") | union("ORG_LINKS") | union("NAME_PARTICLES"))  # "Le Courrier de Vernay"
_COPYRIGHT_OWNER = (rf"[A-ZÀ-ÖØ-Ý][\w.'’&-]*(?:,?\s+(?:(?:{_OWNER_LINKS})(?=\s+[A-ZÀ-ÖØ-Ý])|[A-ZÀ-ÖØ-Ý][\w.'’&-]*|"
                    r"\d{4}\b\.?))*")
_COPYRIGHT_LINE = re.compile(rf"^(?:©|(?i:\(c\)|copyright\s*(?:©|\(c\))?)\s*(?:\d{{4}}\b|{_COPYRIGHT_OWNER}"
                             rf"(?:\s*(?i:{alternation('RIGHTS_RESERVED')})\.?)?$))")
_SITE_LINE_WORDS = 40  # a prompt or a sign-off is a line or two; a longer paragraph is the story's
# An advertisement slot's labels, in any language with data: a line of nothing else, or glued before a sentence.
_AD_LABELS = alternation("AD_LABELS")
_AD_LINE = re.compile(rf"(?:(?:{_AD_LABELS})\W*)+", re.IGNORECASE)
_AD_LABEL_BEFORE = re.compile(rf"^(?:(?i:{_AD_LABELS})(?:\s*[·|:–—-]\s*|\s+))+(?=[«“\"A-ZÀ-ÖØ-Ý])")
# An author line ("By Jane Doe, Staff Writer", "Par Jean Morel"), in any language with data.
_BYLINE_LINE = re.compile(rf"^(?i:{alternation('BYLINE_LEAD')})\s+"
                          r"[A-ZÉÈ][\w.'’-]+(?:\s+[A-ZÉÈ][\w.'’-]+)*(?P<tail>\s*[,·|•–—-].*)?$")
# A photo's credit line or a caption ending on one: "Crédit photo : Jean Morel, 3 mai 2024", "… Photo Progrès/J. Morel".
_CREDIT_LINE = re.compile(rf"(?i)^(?:{alternation('CREDIT_LABELS')})\s*:|"
                          rf"(?:^|[.)]\s+|\()(?:{alternation('CREDIT_WHAT')})\s*(?:{alternation('CREDIT_AFTER_WHAT')}\s*)?"
                          rf"(?::|©|(?:{alternation('CREDIT_BY')})\b|[A-ZÉ][\w.'’-]*\s*/)[^.]{{0,60}}\)?\.?$")
# A comment thread's own lines: its heading or buttons ("3 commentaires", "Reply"), a comment's age ("2 hours ago").
_COMMENT_LINE = re.compile(rf"^(?:\d+\s+)?(?:{alternation('COMMENT_LABELS')})\s*(?:\(\d+\))?$|"
                           rf"^(?:{alternation('COMMENT_AGE')})$|"
                           # the thread's heading with its count, the first comment or a note on the same line:
                           # "Comments (3) — J. Pollard, 16 July 2028: …", "Commentaires (12) — Vous devez être abonné…"
                           rf"^(?:\d+\s+(?:{alternation('COMMENT_LABELS')})|(?:{alternation('COMMENT_LABELS')})\s*\(\d+\))"
                           r"\s*(?:[—–:·|•]|--?)\s*\S", re.I)


# How a sentence ends (a stop, a closing quotation mark): a byline, a label's list of headlines never does.
_SENTENCE_STOPS = (".", "!", "?", "»", '"', "”")

# A site's appeal for its readers' money, printed after the article: the call opens a sentence and ends the line, a
# word or two after it at most ("Support our journalism today"); "« Soutenez notre rédaction », a lancé …" is a quote.
_FUNDING_LINE = re.compile(rf"(?:^|[.!?]\s+)(?:{alternation('FUNDING_APPEAL')})(?:\s+[\w'’-]+){{0,3}}[\s.!…]*$", re.I)
# A call to phone or write in opens the line and gives a contact in it: a phone number (a leading 0 or a country's
# code), an e-mail address or a named contact ("the Sports Phone-in", « écrivez-nous »); without one the question
# opens a sentence of the story (« Une réaction ? Le maire … », "Do you have a view? The council says …").
_READER_CALL = re.compile(rf"(?:{alternation('READER_CALL')})(?=.*?(?:\b(?:{alternation('READER_CONTACT')})\b"
                          r"|(?<![\w/.])(?:\+\d|0)\d?[\d .()-]{6,}\d(?!\d)|[\w.+-]+@[\w-]+\.\w))", re.I)


# A comments section's own word, in a short paragraph its class words give to the comments: a teaser or a count
# ("Comments (41) are available to subscribers"), not a body paragraph a CMS classed "article-comment".
_COMMENT_WORD = re.compile(rf"\b(?:{alternation('COMMENT_LABELS')})\b", re.I)
_COMMENT_NOTE_WORDS = 15
# A comment label an article also heads a section of its own with ("Réactions": the politicians' reactions), unless a
# count says it is the readers' thread ("Réactions (47)").
_SECTION_LIKE_COMMENT = re.compile(rf"(?:{alternation('COMMENT_SECTION_LABELS')})", re.I)

# A time of day printed alone: a live blog's post stamp, a clock beside a headline.
_CLOCK_TIME = re.compile(r"(?:(?:[01]?\d|2[0-3])(?::|\s?h\s?)[0-5]\d(?:\s*[ap]\.?m\.?)?|"
                         r"(?:[01]?\d|2[0-3])\.[0-5]\d\s*[ap]\.?m\.?|"
                         r"(?:[01]?\d)\s*[ap]\.?m\.?)(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT))?", re.I)
# Buttons, and links styled as one ("Download the full report (PDF, 3.2 MB)"): a call to action, when no words
# of a sentence stand beside it.
_BUTTON_WORDS = frozenset(("button", "btn", "download"))
_INLINE_TAGS = frozenset(("a", "b", "i", "em", "strong", "span", "small", "abbr", "mark", "q", "cite", "sup", "sub",
                          "u", "time", "data"))


# A press release's dateline, which opens its text on a newswire ("DERWENTHAM, England, March 3, 2026 /GlobeWire/ --",
# "PARIS, 3 mars 2026 /PRNewswire/ -", "(BUSINESS WIRE) --"): what the page prints before it (the wire's kicker,
# the issuer, the time, a subtitle) is the wire's header, not the release (issue 9).
_WIRE_DATELINE = re.compile(r"^[A-ZÀ-Ý][^\n]{0,120}?(?:/\s*[A-Z][\w .&-]{1,40}/|\((?:[A-Z][A-Z .&-]{0,30}WIRE)\))\s*(?:--|–|—|-)\s")
# The release's boilerplate, after the text: "About Brightwater Rolling Stock" (or "À propos de …") followed by a
# paragraph on that company, then the media contact and the wire's "SOURCE …" line: none of it is the story.
_ABOUT_NAME_WITHIN = 80  # characters: the boilerplate names its company in its first clause
_ABOUT_CLOSING = 1  # lines: without a release's other marks, the heading's paragraph must end the text
_ABOUT_HEADING = re.compile(rf"^(?:{alternation('ABOUT_HEADING')})\s*(?P<name>[A-ZÀ-Ý][\w'’&.-]*(?:\s+[\w'’&.-]+){{0,6}})$")
# A release's marks, in any language: its embargo line, the word that ends it ("ENDS", "###", "- 30 -"), the notes
# to editors after it (what follows the end is the issuer's background, never the story).
# An embargo line names the hour it lifts: a short line with a number ("EMBARGOED UNTIL 00:01 TUESDAY 23 JUNE").
_RELEASE_EMBARGO = re.compile(rf"(?i)^(?:{alternation('RELEASE_EMBARGO')})(?=[^.]{{0,80}}\d)(?!(?:\S+\s+){{20}})")
# A bare "30" or "Fin" is a key-figures box's or a caption's line: a number or a short word ends a release only
# between dashes ("- 30 -", "-FIN-").
_RELEASE_END = re.compile(rf"(?i)^[-–—\s]*(?:{alternation('RELEASE_END')}|#{{3}})[-–—\s]*$|"
                          rf"^[-–—]+\s*(?:{alternation('RELEASE_END_FRAMED')}|30)\s*[-–—]+$|"
                          rf"^(?:{alternation('RELEASE_NOTES')})\s*:?$")
# "SOURCE Acme Ltd": the wire's own mark, in capitals in every language.
_RELEASE_TAIL = re.compile(rf"^(?i:{alternation('RELEASE_CONTACT')})\s*:|^SOURCE\s+[A-Z]")


def _main_text(work: Any, url: str | None) -> tuple[Any, list[str]]:
    """trafilatura's document of the cut page and its text's lines, in the order the page prints them."""
    import trafilatura

    document = trafilatura.bare_extraction(
        work, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    lines = [line.strip() for line in (document.text if document else "").splitlines() if line.strip()]
    return document, _in_page_order(lines, work)


def _htmldate(tree: Any) -> dt.date | None:
    """The publication day htmldate reads in a whole page (its bylines, its text), as trafilatura asks it."""
    from htmldate import find_date

    try:
        return _iso_day(find_date(copy.deepcopy(tree), extensive_search=False, original_date=True))
    except (ValueError, TypeError):
        return None


def _release_body(lines: list[str]) -> tuple[list[str], int]:
    """A press release's lines without the wire's header, the company's boilerplate and the media contact; how many
    were dropped."""
    dateline = next((i for i, line in enumerate(lines[:8]) if _WIRE_DATELINE.match(line)), None)
    start = dateline or 0
    while start < min(len(lines), 3) and _RELEASE_EMBARGO.match(lines[start]):
        start += 1
    end = len(lines)
    # an "About the X" section is the issuer's boilerplate only on a page that shows itself a release elsewhere
    # (a wire's dateline, an embargo, the end mark, a contact label), or when it closes the text: in a news story
    # "About the Harbour Festival" may be a section of the story with more of it below
    release = dateline is not None or start > 0 or any(_RELEASE_END.match(line) or _RELEASE_TAIL.match(line)
                                                       for line in lines)
    for i in range(start + 1, len(lines)):
        if _RELEASE_END.match(lines[i]):
            end = i
            break
        about = _ABOUT_HEADING.match(lines[i]) if release or i + 1 >= len(lines) - _ABOUT_CLOSING else None
        # the paragraph after the heading is about that company ("About Acme" / "Acme Ltd designs …"), its name
        # whole in its first words ("About the Pool Trust" / "The Pool Trust runs …", "Founded in 2031, Acme …")
        name = about.group("name") if about else ""
        if about and i + 1 < len(lines) and (lines[i + 1].startswith(name.split()[0])
                                             or name in lines[i + 1][:_ABOUT_NAME_WITHIN]):
            end = i
            break
    kept = [line for line in lines[start:end] if not _RELEASE_TAIL.match(line)]
    return kept, len(lines) - len(kept)


def read_page(data: bytes, url: str | None = None) -> Article | None:
    """The article of a page and its metadata; None when no main text is found."""
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        return None
    meta = _Meta(tree)
    work = copy.deepcopy(tree)  # the metadata reads the whole page; the text only what is left after the cut
    # before the other cuts: a chrome heading ("Vos réactions") they take away marks the end of the run
    dropped, printed = _flat_article(work) if _old_web(tree) else (Counter(), None)
    flat = bool(dropped)
    dropped.update(strip_chrome(work))
    # trafilatura deletes <time> with its words: "set for <time>March 3</time> at the hall" would lose its date
    for time in list(work.iter("time")):
        if _words_beside(time):
            time.drop_tag()
    document, lines = _main_text(work, url)
    if _join_split_body(work, lines):
        document, lines = _main_text(work, url)
    # A page whose HTML holds no article (a JavaScript app draws it from its page data) or only a teaser of it:
    # the text comes from the page's own data, else from its paragraphs, and add says so (issue 9: never refused).
    text_from = None
    words = sum(len(line.split()) for line in lines)
    if words < _FEW_WORDS:
        # each in turn, the first that holds twice the words: a standfirst left after the cut is no article
        readers = (lambda: _page_data_text(meta), lambda: _paragraph_text(work), lambda: _uncut_text(tree, url))
        for read in readers:
            fallback = read()
            if fallback and len(" ".join(fallback[0]).split()) > 2 * words:
                lines, text_from = fallback
                break
    if not lines:
        return None
    raw_title = meta.title() or _found(((document.title if document else None) or "").strip() or None,
                                       "the page's heading")
    publisher = meta.publisher() or _title_suffix_publisher(meta.document_title()) \
        or _title_prefix_publisher(meta.document_title(), raw_title)
    if publisher is None and document is not None and (document.sitename or "").strip():
        publisher = Found(document.sitename.strip(), _SITE_NAME_GUESS)
    title = _without_stop(_without_suffix(raw_title, publisher.value if publisher else None))
    if printed and (title is None or title.where == "<title>" and not _one_in_other(printed, title.value)):
        # "New Page 1", "Untitled Document", the site's name alone: a <title> that tells nothing of the story
        title = raw_title = Found(printed, "the headline above the story")
    titles = [t.value for t in (title, raw_title) if t]
    # the heading first: a standfirst found above the text goes under it, not before it
    issue = meta.issue_header()
    lines, kicker = _without_headline(lines, titles, issue.string if issue else None)
    lines = (_standfirst(work, lines, titles) or _intro_block(work, lines)) + lines
    if kicker:
        dropped["heading"] += kicker
    lines, cut = _release_body(lines)
    if cut:
        dropped["other"] += cut
    lines, strap = _without_strap(work, lines, titles)
    if strap:
        dropped["heading"] += strap
    lines, dateline = _without_dateline(lines)
    kept = []
    for line in lines:
        line = _AD_LABEL_BEFORE.sub("", line)  # "Advertisement The council voted …": the slot's label glued on
        kind = line_kind(line)
        if kind:
            dropped[kind] += 1
        else:
            kept.append(line)
    # Only after the text: a sentence of the story may quote an appeal or end on "donate", and a chronology's dated
    # line has a reader's comment's shape. Each last line is tested once.
    while kept:
        trailing = "other" if reader_appeal(kept[-1]) else "comments" if reader_comment(kept[-1].strip()) else None
        if trailing is None:
            break
        kept.pop()
        dropped[trailing] += 1
    published = meta.published()
    if published is None and document is not None and document.date:
        day = _iso_day(document.date)
        published = _found(day, "the page's dates (htmldate)")
    if published is None and flat:
        # the flat cut took the byline away with the page around the story: htmldate reads the page as written
        published = _found(_htmldate(tree), "the page's dates (htmldate)")
    published = published or meta.modified()
    stamp = published.value if published else None
    # a library's record of a digitised article, dated by Dublin Core or a citation's tags: og:site_name names the
    # library, the record the paper (a news page's own Dublin Core publisher, a group's name, stays behind its
    # og:site_name)
    record = published is not None and published.where.casefold().startswith(_RECORD_DAY)
    paper = meta.archived_paper(stamp) if stamp and record else None
    if paper and (publisher is None or not _same_paper(paper, publisher.value)):
        publisher = Found(paper, "the archive's record of the item")
    kept, notes = _without_archive_notes(kept, stamp, meta.page_lang())
    if notes:
        dropped["other"] += notes
    kept, tail = _without_contact_tail(kept)
    if tail:
        dropped["other"] += tail
    kept, repeated = _without_pull_quotes(kept)
    if repeated:
        dropped["other"] += repeated
    # a paragraph of the story that names another paper's issue ("L'article paru dans … du 3 mars 2023 a …") is no note
    printing = meta.first_printed(kept, stamp=stamp)
    if printing:
        # an archive's reprint: the page's stamps give the upload, its note the issue the article was printed in
        printed_first, paper = printing
        published = printed_first
        # an archive's title for a scanned issue names its paper before the issue's number
        paper = paper or next((issue.group("paper") for issue in map(_ISSUE_TITLE.match, (
            t.value for t in (title, raw_title) if t)) if issue), None)
        if paper and (publisher is None or not _same_paper(paper, publisher.value)):
            # the archive's site (og:site_name "Medium", an archives' portal) did not print the article: the paper did
            publisher = Found(paper, "the paper the first printing names")
        kept, notes = _without_archive_notes(kept, stamp, meta.page_lang(), reprint=True)  # "Nous la reproduisons …"
        dropped["other"] += notes
        kept, framing = _without_reprint_framing(work, kept)
        dropped["other"] += framing
        source = _SOURCE_LINE.match(kept[-1]) if kept else None
        if source and _byline_day(source.group("date"), kept[-1], meta.page_lang()) == printed_first.value:
            kept.pop()  # the issue's day under the reprint, as the note gives it: the reprint's source line
            dropped["other"] += 1
            if publisher is None or publisher.where == _SITE_NAME_GUESS:
                # a blog's address is no publisher: the line names the paper that printed the article
                publisher = Found(source.group("name"), "the reprint's source line")
        first = _element_of(work, kept[0], ("p", *_SUBHEADINGS)) if kept else None
        if kept and (title is None or title.where in _SOCIAL_TITLES):
            # a blog's post title over a clipping: the page prints the paper's own headline atop the reprint, in
            # bold or as a heading, as the text's first line or right above it (the text left it out)
            headline = _reprinted_headline(work, kept)
            if headline is not None:
                # the archive's own lines above it (a wiki's tagline and introduction, a section's label "Texte de
                # l'article") and the paper's deck under it are no part of the text
                title = Found(kept[headline], "the reprinted headline above the text")
                deck = _deck_after(kept, headline)
                dropped["heading"] += 1 + deck
                dropped["other"] += headline
                kept = kept[headline + 1 + deck:]
            elif first is not None and first.tag == "p":
                if _bold_headline(first):
                    title = Found(kept.pop(0), "the reprinted headline above the text")
                    dropped["heading"] += 1
                elif (heading := _headline_before(first)) is not None:
                    title = Found(heading, "the reprinted headline above the text")
    if dateline is not None:
        # the dateline's day dates the story when the page gives no other (it no longer opens the first sentence)
        day = _byline_day(dateline.group("date"), lang=meta.page_lang()) if dateline.group("date") else None
        published = published or _found(day, f"the dateline \"{dateline.group('line').strip(' –—-')}\"")
        dropped["dateline"] += 1
    return Article(text="\n\n".join(kept), title=title, published=published, publisher=publisher,
                   language=_found(meta.declared_language(), "the page's lang attribute"),
                   url=meta.canonical() or url or ((document.url if document else None) or None), dropped=dropped,
                   text_from=text_from)


_SOCIAL_TITLES = ("og:title", "JSON-LD headline", "<title>")  # a post's titles, where no printed <h1> gave one


def _bold_headline(block: Any) -> bool:
    """Whether a paragraph is a headline set in bold whole: a line of a few words and no sentence's stop."""
    text = text_of(block)
    return _HEADLINE_WORDS[0] <= len(text.split()) <= _HEADLINE_WORDS[1] and _bold_text(block) == text \
        and not text.endswith(_SENTENCE_STOPS)


_SUBHEADINGS = ("h2", "h3", "h4")
_REPRINT_HEAD_LINES = 4  # the archive's lines a reprinted headline may come after: a tagline, an introduction, a label


def _reprinted_headline(tree: Any, lines: list[str]) -> int | None:
    """The index of the paper's own headline among a reprint's first lines: the last of the headings that open them,
    or of two headings or more after the archive's short lines (a wiki's introduction, then a section's label "Texte
    de l'article" above the headline); None otherwise (a single heading after paragraphs is the text's own
    subheading)."""
    run: list[int] = []
    for at, line in enumerate(lines[:_REPRINT_HEAD_LINES + 1]):
        heading = _element_of(tree, line, _SUBHEADINGS)
        if heading is not None and _headline_of(heading) is not None:
            run.append(at)
        elif run or len(line.split()) > _ARCHIVE_NOTE_WORDS:
            break
    if not run or run[-1] + 1 >= len(lines) or run[0] > 0 and len(run) < 2:
        return None
    return run[-1]


def _deck_after(lines: list[str], headline: int) -> int:
    """1 when the line under a reprinted headline is its deck (a short line with no sentence's stop, the text's
    sentences after it), else 0."""
    after = lines[headline + 1: headline + 3]
    return int(len(after) == 2 and len(after[0].split()) <= _DECK_WORDS and not after[0].rstrip().endswith(
        (*_SENTENCE_STOPS, ":")) and after[1].rstrip().endswith(_SENTENCE_STOPS))


_DECK_WORDS = 25


def _headline_before(paragraph: Any) -> str | None:
    """The headline a heading right before a paragraph prints, or None."""
    before = paragraph.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return _headline_of(before) if before is not None and before.tag in _SUBHEADINGS else None


def _headline_of(heading: Any) -> str | None:
    """A heading's text when it reads as a headline (a line of a few words, no sentence's stop), else None."""
    text = " ".join(text_of(heading).split())
    words = len(text.split())
    return text if _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1] and not text.endswith(_SENTENCE_STOPS) else None


def _older_than(printed: dt.date, stamp: dt.date | None) -> bool:
    """Whether a first printing is clearly older than the page's own stamp (none: nothing says otherwise)."""
    return stamp is None or printed < stamp - _REPRINT_AGE


def _old_note(line: str, stamp: dt.date | None, lang: str | None, archive: bool) -> bool:
    """Whether a line is a note on a first printing clearly older than the page's stamp."""
    match = _printing_note(line, archive)
    day = _day_of_words(match.group("date"), line, lang)[1] if match else None
    return day is not None and _older_than(day, stamp)


def _printing_note(text: str, archive: bool) -> re.Match[str] | None:
    """A note on a first printing in a block: the note's words, or on an ``archive``'s page a source line."""
    return _FIRST_PRINTED.search(text) or (_SOURCE_NOTE.search(text) if archive else None)


_YEAR = re.compile(r"(?<![\d.,])(?:1[5-9]|2[01])\d\d(?!\d)")


def _old_text(lines: Iterable[str], stamp: dt.date | None) -> bool:
    """Whether a page reads as an archive's copy of an old text: it has a stamp, and its text names no year as recent.
    A source line's "From …" alone is a caption's or a story's words; an old text under a modern stamp makes it one."""
    if stamp is None:
        return False
    recent = (stamp - _REPRINT_AGE).year
    return all(int(year) < recent for line in lines for year in _YEAR.findall(line))


def _without_archive_notes(lines: list[str], stamp: dt.date | None, lang: str | None,
                           reprint: bool = False) -> tuple[list[str], int]:
    """The lines without the archive's notes at either end and the initials under them, and how many were cut."""
    last = len(lines) - _ARCHIVE_NOTE_EDGE
    archive = _old_text(lines, stamp)
    cut = {i for i, line in enumerate(lines) if (i < _ARCHIVE_NOTE_EDGE or i >= last)
           and len(line.split()) <= _ARCHIVE_NOTE_WORDS
           and (_old_note(line, stamp, lang, archive) or _OCR_NOTE.search(line)
                or reprint and _REPRINT_NOTE.search(line))}
    if lines and _INITIALS_LINE.match(lines[-1].strip()):
        cut.add(len(lines) - 1)
    return [line for i, line in enumerate(lines) if i not in cut], len(cut)


def _without_reprint_framing(tree: Any, lines: list[str]) -> tuple[list[str], int]:
    """A reprint's lines without the reprinter's own paragraphs at either end, set apart in italics whole (an
    introduction, "Forty-one years ago this week, …", an appeal to readers after the text); how many were cut."""
    def framing(line: str) -> bool:
        block = _element_of(tree, line, ("p",))
        return block is not None and not _SOURCE_LINE.match(line) and _italic_whole(block)

    start, end = 0, len(lines)
    while start < min(end, _ARCHIVE_NOTE_EDGE) and framing(lines[start]):
        start += 1
    while end > max(start, len(lines) - _ARCHIVE_NOTE_EDGE) and framing(lines[end - 1]):
        end -= 1
    return lines[start:end], len(lines) - (end - start)


def _italic_whole(block: Any) -> bool:
    """Whether a block's words are all set in italics (<em>, <i>)."""
    text = " ".join(text_of(block).split())
    italic = " ".join(" ".join(block.xpath(".//em//text()|.//i//text()")).split())
    return bool(text) and len(italic) >= len(text) - 1


# A contact block's label alone on a line ("Contact presse", "Media enquiries"), no colon: what follows it is an
# address, a name, a number (no sentence). A text never ends on a label: once cut, the headings its box left behind
# ("Documents" over a list of links, cut) go too, when short and with no figure (a date's line stays).
_CONTACT_LABEL = re.compile(rf"(?i)^(?:{alternation('RELEASE_CONTACT')})s?\s*:?$")
_CONTACT_LINES = 4
_ORPHAN_LABEL_WORDS = 3


def _without_contact_tail(lines: list[str]) -> tuple[list[str], int]:
    """The lines without a contact block after the text and the short labels left at its end; how many were cut."""
    end = len(lines)
    for i in range(max(0, len(lines) - _CONTACT_LINES), len(lines)):
        after = lines[i + 1:]
        if _CONTACT_LABEL.match(lines[i]) and all("@" in line or not line.rstrip().endswith(_SENTENCE_STOPS)
                                                   for line in after):
            end = i
            break
    while end and len(lines[end - 1].split()) <= _ORPHAN_LABEL_WORDS and not lines[end - 1].endswith(_SENTENCE_STOPS) \
            and not any(c.isdigit() for c in lines[end - 1]):
        end -= 1
    return lines[:end], len(lines) - end


_PULL_QUOTE_WORDS = (5, 40)  # a pull quote is a sentence or two lifted from the text; a shorter line may be a subhead


def _without_pull_quotes(lines: list[str]) -> tuple[list[str], int]:
    """The lines without those that repeat, whole, words printed in a longer line (a pull quote set in large type).

    A quotation printed twice would be two claims and its date two events; the paragraph it was lifted from keeps it.
    The lines that may hold a pull quote are found through its first five words, so a long live blog stays linear.
    """
    low, high = _PULL_QUOTE_WORDS
    normed = [_norm(line) for line in lines]
    holders: dict[str, set[int]] = {}  # five words in a row -> the lines printing them
    for i, text in enumerate(normed):
        words = text.split()
        for start in range(max(len(words) - low + 1, 0)):
            holders.setdefault(" ".join(words[start:start + low]), set()).add(i)
    kept = []
    for i, line in enumerate(lines):
        words = normed[i].split()
        if low <= len(line.split()) <= high and len(words) >= low:
            padded = f" {normed[i]} "
            if any(j != i and len(normed[j]) > len(normed[i]) and padded in f" {normed[j]} "
                   for j in holders.get(" ".join(words[:low]), ())):
                continue
        kept.append(line)
    return kept, len(lines) - len(kept)


# A news agency's dateline opening a dispatch: "PORT-KERVEN, 26 janvier 2027 (APA) –", "Paris (AFP) -",
# "LONDON, March 3 (Reuters) -", "WASHINGTON — ". The place in capitals, or any place followed by the agency in
# brackets; a day between them is optional. It heads the text; it is not part of the first sentence (issue 9).
# A press-release wire's dateline is one too, its wire between slashes or in capitals in brackets
# ("DERWENTHAM, England, March 3, 2026 /GlobeWire/ --", "LYSTON, Oct. 14, 2031 (QUAYSIDE WIRE) --").
_DATE_TEXT_EARLY = r"(?:\d{1,2}(?:er)?\s+[^\W\d_]+\.?(?:\s+\d{4})?|[^\W\d_]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
# A region between the place and the day ("England,") holds no digit, so an abbreviated day ("Oct. 14, 2031") stays whole.
_AGENCY_DATELINE = re.compile(
    r"^(?P<line>(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s+[A-ZÀ-Ý'’.-]+){0,3}"  # PLACE in capitals
    r"|[A-ZÀ-Ý][\w'’.-]+(?:[\s-]+[A-ZÀ-Ý][\w'’.-]+){0,3}(?=[^()\n]{0,60}\([A-Za-z][\w.&/ -]{0,20}\)))"  # Place (Agency)
    r"(?:\s*,\s*(?:[A-ZÀ-Ý](?:[^\W\d_]|[.'’ -]){1,30},\s*)?(?P<date>" + _DATE_TEXT_EARLY + r"|[^()\n,–—]{1,30}?))?"
    r"(?:\s*(?:\((?P<agency>[A-Za-z][\w.&/ -]{0,20}|[A-Z][A-Z .&-]{0,30}WIRE)\)|/\s*(?P<wire>[A-Z][\w .&-]{1,40})/))?"
    r"\s*(?:--|–|—|-)\s+)(?=[«“\"A-ZÀ-Ý])")


def _without_dateline(lines: list[str]) -> tuple[list[str], re.Match[str] | None]:
    """The lines with an agency's or a wire's dateline cut from the head of the first paragraphs; the dateline found."""
    for i, line in enumerate(lines[:3]):
        match = _AGENCY_DATELINE.match(line)
        # a capitals place alone needs a dash of its own: "NHS - the trust said" is no dateline
        if match and (match.group("agency") or match.group("wire") or match.group("date")
                      or re.search(r"[–—]|--", match.group("line"))):
            return lines[:i] + [line[match.end():]] + lines[i + 1:], match
    return lines, None


def _without_headline(lines: list[str], titles: list[str], issue: str | None = None) -> tuple[list[str], int]:
    """The lines without the page's heading, which repeats the title, and the kicker or badge printed over it
    ("Abonnés", "EXCLUSIVE") or a library viewer's heading naming the ``issue``; how many such labels were dropped."""
    wanted = {_folded(title) for title in titles}
    for at, line in enumerate(lines[:3]):
        if _folded(line) in wanted:
            labels = lines[:at]
            if all(len(label.split()) <= 4 and not label.rstrip().endswith((".", "!", "?"))
                   or issue is not None and _norm(label) == _norm(issue) for label in labels):
                return lines[at + 1:], len(labels)
            break
    return lines, 0


def _without_strap(tree: Any, lines: list[str], titles: list[str]) -> tuple[list[str], int]:
    """The lines without a strap opening them: a subheadline printed under the headline, outside the body (issue 9).

    A standfirst that is a sentence is body text (the README's convention); a strap is no sentence (no final
    stop, "Police clocked one driver at 97mph past a primary school") and sits outside the element that holds
    the article's paragraphs, so it belongs to the headline as the title does; so does a subheadline printed as an
    h2 beside the headline's h1, an old paper's decks (headings printed under its headline before the first
    paragraph, inside the text's element on a library's viewer) and a wire's summary list under the headline.
    """
    wanted = {_folded(title) for title in titles}
    cut = decks = 0
    while len(lines) > cut + 1 and decks < _STRAPS:
        line = _ITEM_MARK.sub("", lines[cut])
        if len(line.split()) > 25 or line.rstrip().endswith((".", "!", "?", "»", "”", '"', ":", "…")):
            break
        strap = _element_of(tree, line, ("p", "div", "span", "li", *_SUBHEADINGS))
        items = _list_items(tree, lines[cut:]) if strap is not None and strap.tag == "li" else 1
        if strap is not None and strap.tag == "li":
            strap = strap.getparent()  # a list's items are one strap (a wire's summary points)
        if strap is None:
            break
        # a deck: the heading above it in the page is the headline, or it follows a deck just cut as its twin
        above = strap.xpath("preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]")
        twin = strap.getprevious()
        deck = strap.tag in _SUBHEADINGS and bool(above) and (_folded(text_of(above[0])) in wanted or (
            cut > 0 and twin is not None and twin.tag == strap.tag and _folded(text_of(twin)) == _folded(lines[cut - 1])))
        tags = ("p", "div", "blockquote", "li", *(_SUBHEADINGS if deck else ()))
        following = _element_of(tree, lines[cut + items], tags) if len(lines) > cut + items else None
        if following is None:
            break
        # A subheading (h2, h3) opens a section of the body, unless it sits beside the headline (a subheadline).
        if not deck and (strap.getparent() is following.getparent()
                         or (strap.tag in _SUBHEADINGS and not strap.getparent().xpath("./h1"))):
            break
        cut += items
        decks += 1
    return lines[cut:], cut


def _list_items(tree: Any, lines: list[str]) -> int:
    """How many of the lines, from the first, are items of one list, each no sentence (no final stop)."""
    items = 0
    first = None
    for line in lines:
        item = _element_of(tree, _ITEM_MARK.sub("", line), ("li",))
        if item is None or line.rstrip().endswith((".", "!", "?")) or first is not None \
                and item.getparent() is not first.getparent():
            break
        first = first if first is not None else item
        items += 1
    return items


_STRAPS = 2  # straps, decks or summary lists under a headline
_ITEM_MARK = re.compile(r"^[-*•]\s+")  # trafilatura's mark before a list's item


def _element_of(tree: Any, line: str, tags: tuple[str, ...]) -> Any:
    """The innermost element of those tags whose whole text is the line, or None."""
    wanted = _norm(line)
    best = None
    for element in tree.iter(*tags):
        if _norm(text_of(element)) == wanted:
            best = element  # document order: a descendant comes after its ancestor
    return best


# Elements that start a new line on screen: the words either side of them are separate words. Any other
# element (a link, <em>, <span>) sits inside the line, so "<a>Brennan</a>, who" reads "Brennan, who" and a
# word split over two spans stays one word.
_BREAKING_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "td", "th", "tr", "ul",
))


def text_of(element: Any) -> str:
    """An element's text as a reader sees it, on one line: spaces only where the page breaks a line or has one."""
    parts: list[str] = []
    # a stack, not recursion: a page may nest deeper than Python's recursion limit
    stack: list[tuple[Any, bool]] = [(element, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else None  # a comment or processing instruction has no text
        if leaving:
            if tag in _BREAKING_TAGS:
                parts.append(" ")
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        if tag in _BREAKING_TAGS:
            parts.append(" ")
        if tag and tag not in ("script", "style") and node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return " ".join("".join(parts).split())

def _in_page_order(lines: list[str], work: Any) -> list[str]:
    """The lines in the order the page prints them.

    When trafilatura finds no one container of the text (a live blog's posts, a page of sibling blocks), it takes
    the first block, then the paragraphs it recovers elsewhere: the first post came before the page's lead and
    "the day after" was read against the wrong sentence. A line the page does not print as such keeps its place
    after the line before it.
    """
    if len(lines) < 2:
        return lines
    page = f" {_norm(text_of(work))} "
    places: list[float] = []
    cursor = 0  # a line is looked for after the one before it first: a short heading's words may stand earlier too
    for line in lines:
        needle = f" {_norm(line)} "
        found = page.find(needle, cursor)
        if found < 0:
            found = page.find(needle)
        elif needle.strip():
            cursor = found + len(needle) - 1
        places.append(found if found >= 0 else (places[-1] + 0.5 if places else -1))
    if places == sorted(places):
        return lines
    return [line for _, line in sorted(zip(places, lines), key=lambda pair: pair[0])]


_SITE_NAME_GUESS = "trafilatura's site name"  # a guess, often the page's host name ("caumel.blogspot.com")
_FEW_WORDS = 40  # below this, what the HTML gave is no article: the page's data or paragraphs may hold it
# A JavaScript app's page data assigned in a script: Arc's "Fusion.globalContent = {…};", "window.__INITIAL_STATE__ = {…}".
_STATE_ASSIGNMENT = re.compile(r"(?:Fusion\.globalContent|window\.__[A-Z_]+__|__[A-Z_]+__|window\.[A-Za-z_]*(?:[Ss]tate|[Dd]ata))"
                               r"\s*=\s*(?=[{\[])")
_PARAGRAPH_WORDS = 6  # a string of the page data that reads as a paragraph, not a label or an address


def _page_data_text(meta: "_Meta") -> tuple[list[str], str] | None:
    """The article's paragraphs from the page's own data: JSON-LD articleBody, else a JavaScript app's state.

    An app's state (Next.js __NEXT_DATA__, Arc's Fusion.globalContent, any "window.__STATE__ = {…}") is
    searched without knowing its schema: the list whose strings read as paragraphs holds the most words is
    the article's body (Arc's content_elements, a CMS's blocks); a string holding <p> elements is split.
    """
    for obj in meta.articles():
        body = obj.get("articleBody")
        if isinstance(body, str) and len(body.split()) >= _FEW_WORDS:
            return _data_paragraphs([body]), "the JSON-LD articleBody"
    best: tuple[int, list[str], str] | None = None
    for data, where in meta.page_data:
        for strings in _data_lists(data):
            paragraphs = _data_paragraphs(strings)
            words = sum(len(p.split()) for p in paragraphs)
            if paragraphs and words >= _FEW_WORDS and (best is None or words > best[0]):
                best = (words, paragraphs, where)
    return (best[1], best[2]) if best else None


def _page_data(tree: Any) -> Iterator[tuple[Any, str]]:
    """A JavaScript app's page data (JSON scripts, "X = {…}" state assignments), each with where it was found."""
    for script in tree.xpath("//script"):
        raw = script.text or ""
        data: Any = None
        if (script.get("type") or "").lower() == "application/json" or script.get("id") == "__NEXT_DATA__":
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            where = f"the page data <script id=\"{script.get('id')}\">" if script.get("id") else "the page data"
        else:
            match = _STATE_ASSIGNMENT.search(raw)
            if not match:
                continue
            try:
                data, _ = json.JSONDecoder().raw_decode(raw, match.end())
            except ValueError:
                continue
            where = f"the page data {match.group(0).rstrip(' =')}"
        yield data, where


# The publication day's keys in an app's page data (Arc: display_date, first_publish_date; Next.js apps: publishedAt…),
# compared without case, '_' or '-'; the shallowest wins, so the article's own comes before a related story's.
_DATA_DATE_KEYS = ("datepublished", "publishedat", "publishdate", "displaydate", "firstpublishdate", "publicationdate",
                   "pubdate", "publishedtime", "firstpublishedat")


def _page_data_day(page_data: list[tuple[Any, str]]) -> Found[dt.date] | None:
    """The publication day an app's page data gives, with the key it was read from."""
    for data, where in page_data:
        level = [data]
        while level:
            found = []
            for item in level:
                if isinstance(item, dict):
                    for key, value in item.items():
                        name = re.sub(r"[_-]", "", str(key)).lower()
                        if name in _DATA_DATE_KEYS and _iso_day(value):
                            found.append((_DATA_DATE_KEYS.index(name), key, _iso_day(value)))
            if found:
                _, key, day = min(found, key=lambda f: f[0])
                return Found(day, f"{where} ({key})")
            level = [v for item in level for v in (item.values() if isinstance(item, dict) else
                                                     item if isinstance(item, list) else ())]
    return None


def _data_lists(data: Any) -> Iterator[list[str]]:
    """Every list of the data as its items' text (an item's longest string), and every long HTML string alone."""
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo.extend(item.values())
        elif isinstance(item, list):
            texts = [_item_text(x) for x in item]
            yield [t for t in texts if t]
            todo.extend(item)
        elif isinstance(item, str) and "<p" in item:
            yield [item]


def _item_text(item: Any) -> str | None:
    """A list item's text: the string itself, or a block's longest string value ({"type": "text", "content": …})."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        strings = [v for v in item.values() if isinstance(v, str)]
        return max(strings, key=len) if strings else None
    return None


def _data_paragraphs(strings: list[str]) -> list[str]:
    """The strings that read as paragraphs (words, not ids or addresses), HTML split into its paragraphs."""
    from lxml import html as lxml_html

    found: list[str] = []
    for value in strings:
        pieces = [value]
        if "<" in value and ">" in value:
            try:
                fragment = lxml_html.fragment_fromstring(value, create_parent="div")
            except (ValueError, TypeError):
                continue
            blocks = fragment.xpath(".//p|.//h2|.//h3|.//li")
            pieces = [text_of(b) for b in blocks] or [" ".join(fragment.itertext())]  # its own line breaks split it
        for piece in pieces:
            for part in re.split(r"\n\s*\n|\r?\n", piece):
                text = " ".join(part.split())
                if len(text.split()) >= _PARAGRAPH_WORDS and not re.match(r"https?://|[\w.-]+/[\w/.-]+$", text) \
                        and line_kind(text) is None:
                    found.append(text)
    return found


def _paragraph_text(work: Any) -> tuple[list[str], str] | None:
    """The page's paragraphs left after the chrome cut, when trafilatura found no main text (an unknown layout)."""
    paragraphs = [text_of(p) for p in work.xpath("//p")]
    kept = [p for p in paragraphs if len(p.split()) >= _PARAGRAPH_WORDS and line_kind(p) is None]
    return (kept, "the page's paragraphs (no main text found)") if kept else None


def _uncut_text(tree: Any, url: str | None) -> tuple[list[str], str] | None:
    """trafilatura's main text of the whole page, when the chrome cut left no article (a layout whose class
    words all sound like chrome): losing the article is worse than a line of chrome, which the line filters
    still catch."""
    import trafilatura

    document = trafilatura.bare_extraction(copy.deepcopy(tree), url=url, include_comments=False,
                                           include_tables=False, include_images=False)
    lines = [line.strip() for line in (document.text if document else "").splitlines() if line.strip()]
    return (lines, "the whole page (the chrome cut left no article)") if lines else None


_STANDFIRST_SKIP = frozenset(("figure", "figcaption", "h1", "nav", "aside", "button", "form", "label"))


def _standfirst(tree: Any, lines: list[str], titles: list[str]) -> list[str]:
    """The standfirst printed between the heading and the byline, when the text found starts below it (issue 9).

    A page that marks its body ("article-body") has it picked alone, and the standfirst above the byline
    is lost with its dates. Kept: the sentences (8 words or more, a final stop) after the <h1> that
    holds the article's title and before the first paragraph of the text found, that no chrome cut took. The walk stops at that
    paragraph: what comes after the article (a comment, a footer) is never taken.
    """
    # the article's own heading, not a site's logo in an <h1>
    wanted = {_norm(t) for t in titles}
    headings = [h for h in tree.xpath("//h1") if _norm(text_of(h)) in wanted]
    if not lines or not headings:
        return []
    known = [_norm(line) for line in lines]
    heading = _norm(text_of(headings[0]))
    if not any(line and line != heading for line in known):
        return []
    found: list[str] = []
    started = False
    for element in headings[0].getroottree().iter():
        if element is headings[0]:
            started = True
            continue
        if not started or not isinstance(element.tag, str) or element.tag not in ("p", "h2", "div"):
            continue
        if element.find(".//p") is not None or element.find(".//div") is not None:
            continue  # a wrapper: its paragraphs are read one by one
        text = text_of(element)
        own = _norm(text)
        if own and own != heading and any(own[:60] in line or (len(line) > 20 and line in own) for line in known):
            break  # the text found starts here
        if any(a.tag in _STANDFIRST_SKIP for a in element.iterancestors() if isinstance(a.tag, str)):
            continue
        if len(text.split()) >= 8 and text.endswith(_SENTENCE_STOPS) and line_kind(text) is None:
            found.append(text)
            if len(found) == 2:
                break
    return found


_INTRO_PARAGRAPHS = 3  # an intro block is a lead or two and a note: a longer block is a story of its own


def _intro_block(tree: Any, lines: list[str]) -> list[str]:
    """The sentences of the intro block a CMS prints just before the text found (Joomla's "itemIntroText")."""
    # trafilatura takes the longer block (Joomla's "itemFullText", a body field) and the intro's lead sentence was
    # lost. Kept only when the block is the very element before the text's block and holds nothing but a few
    # paragraphs, each a sentence that no cut took.
    first = _element_of(tree, lines[0], ("p",)) if lines else None
    holder = first.getparent() if first is not None else None
    intro = holder.getprevious() if holder is not None else None
    while intro is not None and not isinstance(intro.tag, str):
        intro = intro.getprevious()
    if intro is None or intro.tag not in ("div", "section") or (intro.text or "").strip():
        return []
    paragraphs = [child for child in intro if isinstance(child.tag, str)]
    if not paragraphs or len(paragraphs) > _INTRO_PARAGRAPHS or any(p.tag != "p" for p in paragraphs):
        return []
    texts = [" ".join(text_of(p).split()) for p in paragraphs]
    known = {_norm(line) for line in lines}
    if not all(_sentence(text) and line_kind(text) is None and _norm(text) not in known for text in texts):
        return []
    return texts


def strip_chrome(tree: Any) -> Counter[str]:
    """Cut menus, banners, boxes, related lists, comments and footers out of the tree; count them by kind."""
    protected = _protected(tree)
    dropped: Counter[str] = Counter()
    for box in _signup_boxes(tree, protected) + _appeal_boxes(tree, protected):
        if box.getparent() is not None and not _detached(box, tree):
            box.getparent().remove(box)
            dropped["other"] += 1
    # before the stamps are cut: a label is told by the post time it stands beside
    for label in _post_labels(tree):
        if label not in protected and label.getparent() is not None:
            label.drop_tree()
            dropped["other"] += 1
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None or _detached(element, tree):
            continue
        kind = chrome_kind(element)
        if kind is None or element in protected:
            continue
        element.drop_tree()  # lxml.html's: the words after it (its tail) stay, unlike remove()
        dropped[kind] += 1
    for element, kind in _unmarked_chrome(tree, protected):
        if element.getparent() is not None and not _detached(element, tree):
            element.getparent().remove(element)
            dropped[kind] += 1
    for script in tree.xpath("//script|//style|//noscript|//template"):
        if script.getparent() is not None:
            script.getparent().remove(script)
    return dropped


_BETWEEN_PARTS_WORDS = 30  # what may stay between two parts of a body once the chrome is cut: a subheading, a label


def _join_split_body(tree: Any, lines: list[str]) -> bool:
    """Join the parts of an article body a CMS prints as sibling blocks of one class, when the text found stopped at
    the first; whether any were joined.

    Sitecore's rich-text components, a page builder's text blocks: the body is cut into blocks of the same class
    wherever a "Read more" promo or an advertisement sits. trafilatura takes the first block its class words name,
    and the text stopped at the first box. Once the boxes are cut, the parts become one block, every element in its
    page order. Only when the text lacks a later part: a live blog's posts share a class too, and joining them into
    the first one made trafilatura stop at them and lose what follows.
    """
    found = f" {_norm(' '.join(lines))} "
    joined = False
    for run in _split_body_runs(tree):
        parts = [block for block in run if _same_block(block, run[0])]
        sentences = [[_norm(text_of(p)) for p in part.iter("p") if _sentence(text_of(p))] for part in parts]
        if any(f" {s} " in found for s in sentences[0]) \
                and any(f" {s} " not in found for later in sentences[1:] for s in later):
            _join(run)
            joined = True
    return joined


def _split_body_runs(tree: Any) -> list[list[Any]]:
    """The runs of sibling body parts of one tag and class: each from its first part to its last, with the blocks
    of a few words between them (a subheading's block, a label left after the cut)."""
    runs = []
    for parent in tree.iter():
        if not isinstance(parent.tag, str):
            continue
        run: list[Any] = []
        last = 0  # the run's length up to its last part: the blocks after it are no part of it
        between = 0  # the words of the blocks since the last part
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            part = _body_part(child)
            if run and part and _same_block(child, run[0]):
                run.append(child)
                last, between = len(run), 0
                continue
            if run and not part and not (child.tail or "").strip():
                between += len(text_of(child).split())
                if between <= _BETWEEN_PARTS_WORDS:
                    run.append(child)
                    continue
            if last > 1:
                runs.append(run[:last])
            run, last, between = ([child], 1, 0) if part and (child.get("class") or "").strip() else ([], 0, 0)
        if last > 1:
            runs.append(run[:last])
    return runs


def _same_block(block: Any, part: Any) -> bool:
    """Whether a block has a body part's tag and class."""
    return block.tag == part.tag and block.get("class") == part.get("class")


def _sentence(text: str) -> bool:
    """Whether a paragraph's text reads as a sentence: a few words and a sentence's stop."""
    return len(text.split()) >= _PARAGRAPH_WORDS and text.endswith(_SENTENCE_STOPS)


def _body_part(element: Any) -> bool:
    """Whether a block holds a paragraph of the story: a <p> of a few words ending as a sentence does."""
    if element.tag not in ("div", "section") or (element.text or "").strip() or (element.tail or "").strip():
        return False  # loose words in or after a block would lose their place
    return any(_sentence(text_of(p)) for p in element.iter("p"))


def _join(run: list[Any]) -> None:
    """Move a run's later blocks into its first part: a part's children, any block between two parts whole."""
    first = run[0]
    for block in run[1:]:
        if _same_block(block, first):
            first.extend(list(block))
            block.getparent().remove(block)
        else:
            first.append(block)


# Pages of the web before HTML5 (1995–2005: HTML 3.2 layout tables, <font> tags, no class words): nothing in the
# markup says where the article is, and trafilatura took the whole page or the whole cell, menus, cookie notes,
# bylines, readers' messages and all (issue 9 item 1). Their article is the run of paragraphs, siblings in one cell
# or in the page's body, that holds most of the page's sentences.
_SECTIONING = "//article|//main|//section|//header|//footer|//nav|//aside|//*[@itemprop='articleBody']"
# Not the want of sections alone: many current themes have none either, and split the story into blocks around a
# promo, where the one-cell cut would drop the story's end (review 43). The page must be set in that web's markup:
# its look written in tags and attributes (<font>, <center>, table cells, bgcolor, align) more than in class words,
# and no viewport, the mark of a page made for phones.
_OLD_LOOK = "//font|//center|//td|//*[@bgcolor]|//*[@align]"
_MODERN_LOOK = "//*[@class]"
_PHONE_READY = "//meta[translate(@name, 'VIEWPORT', 'viewport')='viewport']"


def _old_web(tree: Any) -> bool:
    """Whether a page is of the web before HTML5: no sections, no viewport, its look set by tags, not class words, or
    its story set in a layout table's cell."""
    if tree.xpath(_SECTIONING) or tree.xpath(_PHONE_READY):
        return False
    return len(tree.xpath(_OLD_LOOK)) > len(tree.xpath(_MODERN_LOOK)) or _table_layout(tree)


def _table_layout(tree: Any) -> bool:
    """Whether most of a page's sentence paragraphs sit in table cells (_FLAT_SHARE of their words).

    The portals of the early 2000s (SPIP, PHP-Nuke, Mambo, ASP sites, a blog's table theme) named their cells with
    class words ("storycontent", "maincol", "menu") and styled them in CSS, so they count more class words than old
    tags; their layout is still the 1990s' nested tables, menus and "latest news" cells beside the story, which
    trafilatura keeps (held-out pages of session 43 leaked them). A div theme keeps its story out of any <td>.
    """
    body = tree.find(".//body")
    if body is None:
        return False
    # an ASP or hand-written page split its story with <br><br> and no <p>: those paragraphs count as well
    split: dict[Any, list[str]] = {}
    for holder in body.iter(*_BR_HOLDERS):
        chunks = None if any(ancestor in split for ancestor in holder.iterancestors()) else _br_chunks(holder)
        if chunks is not None:
            split[holder] = chunks
    blocks = [(paragraph, _prose(paragraph)) for paragraph in _unmarked_paragraphs(body)]
    blocks += [(holder, sum(len(text.split()) for text in map(_chunk_text, chunks) if _sentence(text)))
               for holder, chunks in split.items()]
    words = sum(prose for _, prose in blocks)
    in_cells = sum(prose for block, prose in blocks
                   if block.tag == "td" or any(ancestor.tag == "td" for ancestor in block.iterancestors()))
    return words > 0 and in_cells >= _FLAT_SHARE * words


_FLAT_SHARE = 0.6  # of the page's sentence paragraphs' words, the run's cell holds this much: it is the article
_FLAT_PARAGRAPHS = 3  # fewer sentence paragraphs in one cell is no article's body
_RUN_TAGS = frozenset(("p", "div", "blockquote", "font", "b", "strong", "i", "em", "center", "span"))
_RUN_BLOCKS = frozenset(("p", "div", "table", "ul", "ol", "dl", "blockquote", "form", "h1", "h2", "h3", "h4", "h5",
                         "h6", "hr"))
_FLAT_LINKED = 0.5  # a paragraph mostly linked is a headline or a menu, not a sentence of the story


def _prose(element: Any) -> int:
    """The words of a paragraph that reads as a sentence of a story (a stop, a few words, mostly not links); else 0.

    A <p>, or a block of words with no block inside (a standfirst set in <b> or <font> between the headline and the
    first <p>): a <div> around other blocks is no paragraph, and may hold the readers' messages after the story.
    """
    if element.tag not in _RUN_TAGS or element.tag != "p" and _holds_blocks(element):
        return 0
    text = text_of(element)
    if not _sentence(text) or sum(len(text_of(a)) for a in element.iter("a")) >= _FLAT_LINKED * len(text):
        return 0
    return len(text.split())


def _holds_blocks(element: Any) -> bool:
    """Whether an element holds a block (a paragraph, a table, a list, a heading, a rule) anywhere inside it."""
    return any(isinstance(inner.tag, str) and inner.tag in _RUN_BLOCKS for inner in element.iterdescendants())


def _flat_article(tree: Any) -> tuple[Counter[str], str | None]:
    """On a page of the web before HTML5 (_old_web), keep only its article's run of paragraphs; count the cuts.

    The run is the cell's stretch of sentence paragraphs with the most words after the headline (the breadcrumb,
    the headline and the byline above it go: the headline is read from the page's metadata); a stretch ends at a
    rule (<hr>) that opens a part of the page with no sentence at its head (readers' reactions, "More from …", a
    mailing list's box), or at the label over the readers' messages. The subheadings, questions and insets between its
    paragraphs stay for the line filters; everything else on the page (other cells, its header and footer) goes.
    Returned with the cuts: the headline printed above the run when <title> names none of the page's headings.
    """
    dropped: Counter[str] = Counter()
    body = tree.find(".//body")
    if body is None:
        return dropped, None
    cell = _story_cell(body)
    if cell is None and _br_paragraphs(body):
        cell = _story_cell(body)
    if cell is None:
        return dropped, None
    children = [child for child in cell if isinstance(child.tag, str)]
    headline = _headline_at(tree, children)
    start, last = _longest_run(children, headline or 0)
    if start is None:
        return dropped, None
    run = children[start:last + 1]
    printed = None
    if headline is None:
        printed = _headline_above(children[:start])
        run = _lead_above(body, cell, run[0]) + run
    for child in children[:start] + children[last + 1:]:
        text = text_of(child)
        if text:
            kind = "heading" if headline is not None and child is children[headline] else line_kind(text)
            dropped[kind or "other"] += 1
    # what surrounds the cell, from it up to the body: the page's other cells, its header and its footer
    for inner in [cell, *cell.iterancestors()]:
        outer = inner.getparent()
        if outer is None or inner is body:
            break
        dropped["navigation"] += sum(1 for sibling in outer if sibling is not inner and isinstance(sibling.tag, str)
                                     and text_of(sibling))
    article = body.makeelement("article", {})
    # HTML 3.2 wrote <p> between paragraphs, not around them: "<h2>…</h2>The council voted …<p>Its leader said …"
    # leaves the first paragraph as loose words before the first <p>
    loose = (children[start - 1].tail if start else cell.text) or ""
    if _sentence(" ".join(loose.split())):
        lead = article.makeelement("p", {})
        lead.text = " ".join(loose.split())
        article.append(lead)
    article.extend(run)
    for child in list(body):
        body.remove(child)
    body.text = None
    body.append(article)
    return dropped, printed


def _story_cell(body: Any) -> Any:
    """The element whose <p> children hold most of the page's sentence paragraphs (_FLAT_SHARE), or None."""
    held: Counter[Any] = Counter()
    for paragraph in _unmarked_paragraphs(body):
        held[paragraph.getparent()] += _prose(paragraph)
    total = sum(held.values())
    if not total:
        return None
    cell, words = held.most_common(1)[0]
    return cell if words >= _FLAT_SHARE * total else None


_BR_HOLDERS = ("td", "font", "div", "blockquote", "center", "span")
_DOUBLE_BR = re.compile(r"(?:<br\s*/?>\s*){2,}", re.I)


def _br_paragraphs(body: Any) -> bool:
    """Set in <p> the paragraphs a page wrote between double <br> ("…the mortar.<br><br>Boat owners …"); whether
    any were. A hand-written page of the 1990s had no other mark of a paragraph, and the story's run is of <p>.
    Only in a block of inline words: a cell around a table or paragraphs of its own is left as it is."""
    from lxml import html as lxml_html

    changed = False
    for holder in list(body.iter(*_BR_HOLDERS)):
        chunks = _br_chunks(holder)
        if chunks is None:
            continue
        holder.text = None
        for child in list(holder):
            holder.remove(child)
        for chunk in chunks:
            holder.append(lxml_html.fragment_fromstring(chunk, create_parent="p"))
        changed = True
    return changed


def _br_chunks(holder: Any) -> list[str] | None:
    """The HTML of a block's paragraphs split by double <br>, when it is a block of inline words holding a few
    sentences so split (_FLAT_PARAGRAPHS); else None."""
    from lxml import html as lxml_html

    if holder.getparent() is None or _holds_blocks(holder):
        return None
    inner = (holder.text or "") + "".join(lxml_html.tostring(child, encoding="unicode") for child in holder)
    chunks = [chunk for chunk in _DOUBLE_BR.split(inner) if chunk.strip()]
    if sum(1 for chunk in chunks if _sentence(_chunk_text(chunk))) < _FLAT_PARAGRAPHS:
        return None
    return chunks


def _chunk_text(chunk: str) -> str:
    """The words of a piece of HTML, one space between each."""
    return " ".join(re.sub(r"<[^>]+>", " ", chunk).split())


def _unmarked_paragraphs(body: Any) -> Iterator[Any]:
    """The <p> of a page outside the blocks its class words call comments or related: a thread of long messages is
    no rival of the story's cell. (Not chrome_kind: a Lotus Domino page wraps the whole body in a <form>.)"""
    todo = [(body, False)]
    while todo:
        element, marked = todo.pop()
        if not isinstance(element.tag, str):
            continue
        marked = marked or _word_kind(element) in ("comments", "related")
        if element.tag == "p" and not marked:
            yield element
        todo.extend((child, marked) for child in reversed(element))


def _longest_run(children: list[Any], headline: int) -> tuple[int | None, int]:
    """The first and last index of the run of sentence paragraphs holding the most words, from the headline on.

    A run ends at a rule that opens no more of the story, or at the label over the readers' messages: a cookie note
    above the headline, the readers' messages under the rule each make a run of their own.
    """
    best: tuple[int, int | None, int] = (0, None, 0)  # words, first, last
    words, first, last, count = 0, None, 0, 0
    for i in range(headline, len(children) + 1):
        child = children[i] if i < len(children) else None
        if child is None or child.tag == "hr" and not _section_after(children[i + 1:]) or _thread_label(child) \
                or _message_stamp(child):
            if count >= _FLAT_PARAGRAPHS and words > best[0]:
                best = (words, first, last)
            words, first, count = 0, None, 0
            continue
        prose = _prose(child)
        if prose:
            words, last, count = words + prose, i, count + 1
            first = i if first is None else first
    return best[1], best[2]


_THREAD_LABEL = re.compile(rf"^(?:{alternation('THREAD_LABELS')})\b")


def _thread_label(block: Any) -> bool:
    """Whether a block is a heading or a short line over the readers' messages ("Your views", « Vos réactions »).

    Only those end the story's paragraphs with no rule above them: the messages are sentences too. Any other
    chrome label ("Les plus lus", « Article réservé aux abonnés ») may sit between two paragraphs of the story, over
    a box the class and tag cuts take later, and the story goes on after it.
    """
    text = _short_line(block, _BOX_LABEL_WORDS)
    return text is not None and _THREAD_LABEL.match(_norm(text)) is not None


def _short_line(block: Any, most_words: int) -> str | None:
    """The text of a block that is a line, not a sentence nor a box around others, of at most so many words."""
    text = text_of(block)
    if not text or block.tag in ("div", "table", "ul", "ol") or len(text.split()) > most_words or _prose(block):
        return None
    return text


_HEADLINE_WORDS = (3, 20)  # a headline is a line of a few words: fewer is a section's label ("Farm News")


def _headline_above(blocks: list[Any]) -> str | None:
    """The headline set above the story in its cell (a heading, or a line in bold or large type with no stop, no
    link, no byline), the nearest first; None when a sentence or nothing stands there."""
    for block in reversed(blocks):
        text = text_of(block)
        if not text or block.tag in ("hr", "br", "img"):
            continue
        if _prose(block) or block.tag in ("table", "ul", "ol", "div", "form"):
            return None
        words = len(text.split())
        headed = block.tag in ("h1", "h2", "h3", "h4") or _bold_text(block) == text \
            or bool(block.xpath("self::font[@size]|.//font[@size]"))
        if headed and _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1] and not text.endswith(".") \
                and block.find(".//a") is None and line_kind(text) is None:
            return text
    return None


def _lead_above(body: Any, cell: Any, first: Any) -> list[Any]:
    """The sentence paragraphs between the headline and the story's cell, when the page sets them apart: a layout
    table's first row holds the headline and the standfirst, the next row the story.

    A paragraph or a block of words with no block inside: a portal printed the story's first lines (PHP-Nuke's
    "hometext") as a <font> of paragraphs split by <br><br> in the row above the rest.
    """
    titles = _title_norms(body)
    lead: list[Any] = []
    seen = False
    for element in body.iter():
        if element is first:
            return lead
        if not isinstance(element.tag, str):
            continue
        if not seen:
            seen = element.tag in _HEADLINE_TAGS and _prints_title(element, titles)
        elif _prose(element) and not any(ancestor is cell or ancestor in lead for ancestor in element.iterancestors()):
            lead.append(element)
    return []


# a class-styled portal sets it in a <span class="titre"> or a <div class="title">
_HEADLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "p", "b", "strong", "font", "td", "span", "div"))


def _title_norms(tree: Any) -> list[str]:
    """The page's <title> and Dublin Core title, compared loosely."""
    return [_norm(t) for t in tree.xpath("//title/text()|//meta[translate(@name, $up, $low)='dc.title']/@content",
                                         up=_UPPER, low=_UPPER.lower())]


_STAMP_WORDS = 12  # a message's stamp: a name, a day, a time; a longer line is a sentence


def _message_stamp(block: Any) -> bool:
    """Whether a block is a reader's message's stamp: a short line with a day and a time, no sentence ("Kath Wyman
    wrote on 22/11/95 at 09:31:", « Germaine B. - 13/06/96 à 09h12 »). A story prints no such line between its
    paragraphs, and the messages under it are sentences too."""
    text = _short_line(block, _STAMP_WORDS)
    return text is not None and re.search(_DATE_TEXT, text, re.I) is not None \
        and re.search(_CLOCK, text, re.I) is not None


def _headline_at(tree: Any, children: list[Any]) -> int | None:
    """The index of the child that prints the page's headline (its words in <title>), or None."""
    titles = _title_norms(tree)
    for i, child in enumerate(children):
        if _prints_title(child, titles):
            return i
    return None


def _prints_title(block: Any, titles: list[str]) -> bool:
    """Whether a block prints the words of the page's title (three at least, no sentence): the headline."""
    text = _norm(text_of(block))
    return len(text.split()) >= _HEADLINE_WORDS[0] and not _prose(block) and any(text in title for title in titles)


def _section_after(blocks: list[Any]) -> bool:
    """Whether what follows a rule is more of the story: a sentence paragraph, or a subheading over one."""
    head = [block for block in blocks[:2] if block.tag != "hr"]
    return bool(head) and (bool(_prose(head[0])) or len(head) > 1 and bool(_prose(head[1])) and _subheading(head[0]))


def _subheading(block: Any) -> bool:
    """Whether a block is a heading of a few words: a heading's tag, or a paragraph in bold whole."""
    text = text_of(block)
    if not text or len(text.split()) > _BOX_LABEL_WORDS:
        return False
    return block.tag in ("h2", "h3", "h4", "h5", "h6") or block.tag == "p" and _bold_text(block) == text


def _bold_text(block: Any) -> str:
    """The words a block sets in bold (<b>, <strong>), one space between each."""
    return " ".join(" ".join(block.xpath(".//b//text()|.//strong//text()")).split())


_SIGNUP_WORDS = 60  # a sign-up box is a heading, a line of pitch and the form; more words is a part of the page


def _signup_boxes(tree: Any, protected: set[Any]) -> list[Any]:
    """The boxes around an e-mail field: a newsletter's heading and pitch with its form, whatever their class names.

    The form alone is cut as chrome; without this its heading and pitch ("Every weekday morning we send…") stayed in
    the text. The box is the largest block around the field that still holds only a few words.
    """
    boxes = []
    for field in tree.xpath("//input[@type='email']"):
        box = _largest_box(field, ("div", "section", "aside", "form"), protected)
        if box is not None and box.tag != "form":
            boxes.append(box)
    return boxes


def _largest_box(inner: Any, tags: tuple[str, ...], protected: set[Any],
                 fits: Callable[[Any], bool] = lambda box: True) -> Any | None:
    """The largest block of ``tags`` around ``inner`` that holds a few words, no page title and nothing protected."""
    box = None
    for ancestor in inner.iterancestors():
        if not isinstance(ancestor.tag, str) or ancestor.tag not in tags or ancestor in protected \
                or ancestor.find(".//h1") is not None or len(text_of(ancestor).split()) > _SIGNUP_WORDS \
                or not fits(ancestor):
            break
        box = ancestor
    return box


_BOX_LABEL_WORDS = 10  # a box's heading or button: "Lock & Lane is independent", "Support us"


def _appeal_boxes(tree: Any, protected: set[Any]) -> list[Any]:
    """The boxes around a site's appeal to its readers (a supporter's or subscriber's offer), whatever their classes.

    "Lock & Lane is independent" over "… Get the magazine from £4.50 an issue.": the pitch is a site's line the
    line filters cut, but the box's heading is no sentence they know and stayed in the text. The box is the largest
    block around the pitch whose other lines are all short labels with no sentence's stop (its heading, its button).
    """
    boxes = []
    for pitch in tree.xpath("//p|//div[not(*)]|//span[not(*)]"):
        text = text_of(pitch)
        if not text or len(text.split()) > _SITE_LINE_WORDS or not (_paywall(text) or reader_appeal(text)):
            continue
        box = _largest_box(pitch, ("div", "section", "aside", "figure"), protected,
                           lambda ancestor: _box_lines(ancestor, pitch))
        if box is not None:
            boxes.append(box)
    return boxes


def _box_lines(box: Any, pitch: Any) -> bool:
    """Whether every line of a box but its pitch is a short label: no sentence of a story stands in it."""
    for child in box:
        if not isinstance(child.tag, str) or child is pitch or child in pitch.iterancestors():
            continue
        text = text_of(child)
        if text and (len(text.split()) > _BOX_LABEL_WORDS or text.endswith(_SENTENCE_STOPS)):
            return False
    return not (box.text or "").strip()


# Headings that open a block of chrome in any language ("Latest news", "Les plus lus", "Have your say").
_CHROME_HEADINGS = union("CHROME_PHRASES")
_BLOCK_TAGS = frozenset(("div", "section", "ul", "ol", "aside"))
_LIST_TAGS = frozenset(("ul", "ol"))
_HEADED_BOX_PARAGRAPHS = 3


def _unmarked_chrome(tree: Any, protected: set[Any]) -> list[tuple[Any, str]]:
    """Chrome blocks whose class names say nothing: told by the heading that opens them or by their links.

    Issue 9: a "Latest news" box with dated headlines or a reader-comment section with a site's own class
    names reached the source text, and every date in it became a false date. A block is chrome when its
    first heading is a chrome phrase (the heading alone, with the list after it, when the heading sits
    in the article itself), or when it is a list of two or more items that are each mostly a link.
    """
    found: list[tuple[Any, str]] = []
    for heading in tree.xpath("//h2|//h3|//h4|//h5|//h6"):
        if _norm_heading(text_of(heading)) not in _CHROME_HEADINGS:
            continue
        block = heading.getparent()
        if block is not None and block.tag in _BLOCK_TAGS and block not in protected \
                and _first_heading(block) is heading:
            found.append((block, "related"))
            continue
        found.append((heading, "related"))
        after = heading.getnext()
        # the block after the heading may be the article's body itself (a stray "À lire aussi" above it): never cut
        if after is not None and after.tag in _BLOCK_TAGS and after not in protected:
            found.append((after, "related"))
    # a box headed by a paragraph of a chrome phrase ("Citer ce document", "Other articles on this page"): its first
    # element, in a box of a few paragraphs at most (the article's body is never one)
    for heading in tree.xpath("//p"):
        block = heading.getparent()
        if block is not None and block.tag in _BLOCK_TAGS and block not in protected \
                and next(iter(block), None) is heading and len(block.findall(".//p")) <= _HEADED_BOX_PARAGRAPHS \
                and _norm_heading(text_of(heading)) in _CHROME_HEADINGS:
            found.append((block, "related"))
    for listing in tree.xpath("//ul|//ol|//div|//section"):
        if listing not in protected and _link_list(listing):
            found.append((listing, "related"))
    for block in tree.xpath("//div|//section|//aside"):
        if block not in protected and _teaser_list(block):
            found.append((block, "related"))
    found += [(block, "other") for block in _contact_blocks(tree, protected)]
    found += [(field, "other") for field in _record_fields(tree, protected)]
    return found


_RECORD_FIELDS = 3  # a record's description names a few fields (title, source, date, subject…); one label is a box's


def _record_fields(tree: Any, protected: set[Any]) -> list[Any]:
    """The labels and short values of a record's fields in a definition list, around the text they describe."""
    # An archive's item page (Omeka's Dublin Core properties: "Titre", "Source", "Date de publication", "Sujet", then
    # "Transcription" over the article's text) prints its fields as <dt> labels and values; trafilatura took the whole
    # list, and every field's value opened the text. A value that holds the story's sentences stays, its label goes.
    found = []
    for listing in tree.iter("dl"):
        labels = listing.xpath("./dt|./*/dt")
        if len(labels) < _RECORD_FIELDS:
            continue
        for label in labels:
            found.append(label)
            for value in label.itersiblings():
                if not isinstance(value.tag, str) or value.tag == "dt":
                    break
                if not any(_sentence(text_of(p)) for p in value.iter("p")):
                    found.append(value)
    return [element for element in found if element not in protected]


_CONTACT_BLOCK_WORDS = 60  # a label, a name, a number and an address: more is a part of the page


def _contact_blocks(tree: Any, protected: set[Any]) -> list[Any]:
    """A press contact's block: its label alone ("Contact presse", "Media contact") and the lines under it.

    The box around them when it holds nothing else; else the label and the few lines after it that hold no sentence
    (a name, a number, an address). trafilatura drops the label of some and keeps the lines: both go here.
    """
    found = []
    for label in tree.xpath("//p|//h2|//h3|//h4|//h5|//h6|//dt"):
        if not _CONTACT_LABEL.match(" ".join(text_of(label).split())):
            continue
        box = label.getparent()
        if box is not None and box.tag in _BLOCK_TAGS and box not in protected \
                and len(text_of(box).split()) <= _CONTACT_BLOCK_WORDS:
            found.append(box)
            continue
        after = [e for e in label.itersiblings() if isinstance(e.tag, str)][:_CONTACT_LINES]
        lines = []
        for element in after:
            text = " ".join(text_of(element).split())
            if element.tag in ("h2", "h3", "h4", "h5", "h6") or text.endswith(_SENTENCE_STOPS) and "@" not in text:
                break
            lines.append(element)
        if lines and label not in protected:
            found += [label, *lines]
    return found


def _teaser_list(block: Any) -> bool:
    """Whether a block is mostly two or more teasers: items each led by a heading that links to another page.

    "More from the island", "Most read": cards of a linked headline and a line of summary. An article's own
    section headings link nowhere, so the shape tells the block whatever its heading and class names say.
    """
    items = [child for child in block if isinstance(child.tag, str) and child.tag not in ("script", "style")]
    headings = (item if item.tag in ("h2", "h3", "h4", "h5", "h6") else _first_heading(item) for item in items)
    teasers = sum(1 for heading in headings if heading is not None and _linked_heading(heading))
    return teasers >= 2 and teasers * 2 >= len(items)


def _linked_heading(heading: Any) -> bool:
    """Whether a heading is mostly the text of a link (a headline pointing to another page)."""
    text = len(text_of(heading))
    inside = heading.xpath("ancestor::a[1]")
    linked = text if inside else sum(len(text_of(a)) for a in heading.iter("a"))
    return bool(text) and linked >= 0.5 * text


def _norm_heading(text: str) -> str:
    """A heading as CHROME_PHRASES writes it: lower case, single spaces, no count ("Comments (12)"), no arrows."""
    text = _HEADING_COUNT.sub("", " ".join(text.split()).casefold().replace("’", "'"))
    return text.strip(" :.!…-–—›»>")


_HEADING_COUNT = re.compile(r"^\d+\s+|\s*\(\d+\)$|\s+\d+$")


def _first_heading(block: Any) -> Any:
    """The first heading inside a block, or None."""
    headings = block.xpath(".//h2|.//h3|.//h4|.//h5|.//h6")
    return headings[0] if headings else None


def _link_list(listing: Any) -> bool:
    """Whether a list or block is two or more items that are each mostly the text of a link (headlines, a menu).

    A list's items are its <li>; a block's are its children with words ("previous / next post" paragraphs, each a
    linked headline and its date).
    """
    in_list = listing.tag in _LIST_TAGS
    items = [(item, len(text_of(item))) for item in listing
             if isinstance(item.tag, str) and (item.tag == "li" or not in_list)]
    if not in_list:
        items = [(item, text) for item, text in items if text]
    return len(items) >= 2 and all(text and sum(len(text_of(a)) for a in item.iter("a")) >= 0.5 * text
                                   for item, text in items)


def chrome_kind(element: Any) -> str | None:
    """The kind of chrome an element is (navigation, related, comments, other), or None for content."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    kind = _word_kind(element)
    if kind == "byline" and tag not in ("html", "body", "main", "article", "h1"):
        return kind  # a byline is often a <p>: "By Sam Okafor, Sports Editor · 12 June 2025"
    if tag == "p" and _photo_caption(element):
        return "other"
    if tag == "p" and _edit_note(element):
        return "other"
    if tag == "p" and _ocr_warning(element):
        return "other"
    if tag == "p" and kind == "comments" and _comment_note(element.text_content() or ""):
        return kind  # "<p class="comments-teaser">Comments (41) are available to subscribers.</p>" after the text
    if tag in _NEVER_DROPPED:
        return "other" if _post_stamp(element) else None
    if kind:
        return kind
    if (tag == "button" or tag == "a" and _BUTTON_WORDS.intersection(_attribute_tokens(element))) \
            and not _words_beside(element):
        return "other"
    if tag in ("span", "div", "small", "strong", "b") and _post_stamp(element):
        return "other"
    if element.get("aria-hidden") == "true" and tag in ("div", "section", "ul"):
        return "other"
    if tag == "dl" and element.xpath("./dt[(.//img or .//picture or .//video) and not(normalize-space())]"):
        return "other"  # a picture and its caption as a definition list (SPIP's documents: <dt><img></dt><dd>…</dd>)
    return _TAG_KINDS.get(tag)


def _edit_note(paragraph: Any) -> bool:
    """Whether a paragraph is an editor's note on the text (_EDIT_NOTE): italic whole, short, at the body's edge."""
    text = " ".join(text_of(paragraph).split())
    if not text or len(text.split()) > _EDIT_NOTE_WORDS or any(mark in text for mark in _QUOTE_MARKS) \
            or not _EDIT_NOTE.search(text):
        return False
    if paragraph.tag not in ("em", "i") and not _italic_whole(paragraph):
        return False  # a word outside the italics: a sentence of the text that says "edited"
    parent = paragraph.getparent()
    siblings = [p for p in parent if isinstance(p.tag, str) and p.tag == "p"] if parent is not None else [paragraph]
    where = siblings.index(paragraph)
    return where < _EDIT_NOTE_EDGE or where >= len(siblings) - _EDIT_NOTE_EDGE


def _ocr_warning(paragraph: Any) -> bool:
    """Whether a paragraph is an archive viewer's warning that the text was read by OCR and may hold errors: short,
    and opening on the warning (the viewer's box, wherever the page puts it above the text)."""
    text = " ".join(text_of(paragraph).split())
    return len(text.split()) <= _EDIT_NOTE_WORDS and _OCR_NOTE.match(text) is not None


def _comment_note(text: str) -> bool:
    """Whether a paragraph its class words give to the comments is a short note naming them, not a body paragraph."""
    return len(text.split()) <= _COMMENT_NOTE_WORDS and _COMMENT_WORD.search(text) is not None


def _post_stamp(element: Any) -> bool:
    """Whether an element holds only a time of day that no words come before (a live blog's post stamp).

    "<li><time>14:05</time><p>The river…</p></li>", "<h2><time>12:15</time> Roads closed</h2>": a stamp; in
    "<p>Kick-off at <time>19:30</time>.</p>" or "<p><b>Kick-off:</b> <time>19:30</time></p>" the time is the sentence's.
    """
    if len(element) > 1 or not _CLOCK_TIME.fullmatch((element.text_content() or "").strip()):
        return False
    parent = element.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    return not any((before.tail or "").strip() or _inline_words(before)
                   for before in element.itersiblings(preceding=True))


_POST_LABEL_WORDS = 3  # "Pinned", "Key update", "À la une": a post's subheading says more


def _post_label(element: Any) -> bool:
    """Whether an element is a short label of a live post ("Key update", "Épinglé"): a few words in plain type
    with no stop, no figure and nothing loose after it; a heading, or a line all in bold, is the post's own subheading."""
    if not isinstance(element.tag, str) or element.tag not in ("p", "span", "div", "small", "em", "i", "mark") \
            or (element.tail or "").strip() or element.xpath(".//*[not(self::span or self::em or self::i)]"):
        return False
    text = " ".join((element.text_content() or "").split())
    return bool(text) and len(text.split()) <= _POST_LABEL_WORDS and text[0].isupper() \
        and not any(c.isdigit() for c in text) and not text.endswith((".", "!", "?", ":", "…", "»", "”", '"'))


def _post_labels(tree: Any) -> list[Any]:
    """The labels a live blog prints with a post, beside its time in the post's meta line or right under it.

    The time is cut as a post stamp; the label beside it ("Key update", "Pinned", "Essentiel") is no sentence of
    the post either, and stayed at the head of its text (issue 9). The post's text must follow the label.
    """
    labels = []
    for stamp in tree.iter("time", "span", "div", "small", "p"):
        if len(stamp) > 1 or not _CLOCK_TIME.fullmatch(" ".join((stamp.text_content() or "").split())):
            continue
        line = stamp.getparent()
        if line is None or (line.text or "").strip():
            continue
        others = [sibling for sibling in line if sibling is not stamp and isinstance(sibling.tag, str)]
        # the meta line: the time and its labels, nothing else
        if others and all(_post_label(other) for other in others) and line.getnext() is not None:
            labels.extend(others)
            continue
        # the time on a line of its own, the label under it, then the post's text
        under = (line if not others else stamp).getnext()
        if under is not None and _post_label(under) and under.getnext() is not None:
            labels.append(under)
    return labels


def _words_beside(element: Any) -> bool:
    """Whether words of a sentence stand right beside an element: loose text or an inline sibling with words."""
    parent = element.getparent()
    if parent is None:
        return False
    before = element.getprevious()
    if (element.tail or "").strip() or ((before.tail if before is not None else parent.text) or "").strip():
        return True
    return any(_inline_words(sibling) for sibling in parent if sibling is not element)


def _inline_words(element: Any) -> bool:
    """Whether an element is an inline one (a link, an emphasis, a time) holding words."""
    return isinstance(element.tag, str) and element.tag in _INLINE_TAGS and bool((element.text_content() or "").strip())


def _photo_caption(paragraph: Any) -> bool:
    """Whether a paragraph is a photo's caption: classed as one, or alone beside a picture in the picture's own box.

    "The pavilion on Sunday morning." under a photo dates no event of the story; a paragraph is otherwise never
    cut for its class words (a body paragraph may be classed "promo" or "social"). The picture's own box is a
    <figure> or a block its class words name for the picture ("article__image"): a lead paragraph set beside a
    picture in an "intro" block is the article's.
    """
    if any(token.startswith(_CAPTION_WORDS) for token in _attribute_tokens(paragraph)) or _centred_caption(paragraph):
        return True
    box = paragraph.getparent()
    if box is None or box.tag not in ("div", "figure", "span"):
        return False
    if box.tag != "figure" and not any(token.startswith(_PICTURE_BOX_WORDS) for token in _attribute_tokens(box)):
        return False
    children = [child for child in box if isinstance(child.tag, str)]
    pictures = [child for child in children if child.tag in ("img", "picture", "video")]
    return bool(pictures) and len(children) == len(pictures) + 1


def _centred_caption(paragraph: Any) -> bool:
    """Whether a paragraph is a blog's caption: centred, short, no sentence's stop, right under a block that holds a
    picture and no words (Blogger's and classic editors' "separator" block, then the caption centred below it)."""
    before = paragraph.getprevious()
    text = text_of(paragraph)
    if before is None or not _CENTRED.search(paragraph.get("style") or "") or not text \
            or len(text.split()) > _CAPTION_WORDS_MAX or text.endswith(_SENTENCE_STOPS):
        return False
    return before.tag in ("div", "p", "figure", "a") and not text_of(before) \
        and before.find(".//img") is not None


def _word_kind(element: Any) -> str | None:
    """The chrome kind an element's class/id words or ARIA role give, whatever its tag."""
    if not isinstance(element.tag, str):
        return None
    raw = " ".join(element.get(name) or "" for name in _WORD_ATTRIBUTES)
    return _kind_of_words(raw) or _ROLE_KINDS.get((element.get("role") or "").strip().lower())


@functools.lru_cache(maxsize=4096)
def _kind_of_words(raw: str) -> str | None:
    """The chrome kind of class/id words; cached, since a page repeats the same class strings thousands of times."""
    tokens = _tokens(raw)
    for kind in ("comments", "related", "other", "byline", "navigation"):
        if any(token in _KIND_EXACT.get(kind, ()) or token.startswith(_KIND_PREFIXES[kind]) for token in tokens):
            return kind
    return None


def _attribute_tokens(element: Any) -> list[str]:
    """Class and id words of an element (see _tokens)."""
    return _tokens(" ".join(element.get(name) or "" for name in _WORD_ATTRIBUTES))


def _tokens(raw: str) -> list[str]:
    """Words split at spaces, '-', '_' and camelCase, plus each pair and triple joined ('read-more' -> 'readmore')."""
    if not raw.strip():
        return []
    raw = re.sub(r"(?<=[a-z])(?=[A-Z])", "-", raw).lower()
    words = [w for w in re.split(r"[\s_\-]+", raw) if w]
    whole = [w for w in raw.split() if w]
    pairs = [a + b for a, b in zip(words, words[1:])]
    triples = [a + b + c for a, b, c in zip(words, words[1:], words[2:])]
    return whole + words + pairs + triples


def _protected(tree: Any) -> set[Any]:
    """The main heading, the article body and their ancestors: chrome words on a wrapper never take the article away."""
    anchors = tree.xpath("//h1") + tree.xpath("//*[@itemprop='articleBody']")
    # the article's own summary in its microdata (a TYPO3 "news-teaser"): its class word says teaser, it is the lead
    anchors += tree.xpath("//*[@itemprop='description'][not(self::meta)]"
                          "[ancestor::*[@itemscope][1][contains(@itemtype, 'Article') or contains(@itemtype, 'Posting')]]")
    body_text = len(" ".join(tree.xpath("//p//text()")))
    # The element holding most of the page's paragraph text is the article, whatever its class says.
    for holder in tree.xpath("//*[p]"):
        if body_text and len(" ".join(holder.xpath("./p//text()"))) > 0.4 * body_text:
            anchors.append(holder)

    main = _main_heading(tree)
    if main is not None:
        anchors += _lead_after(main)
    holds_main = set(main.iterancestors()) if main is not None else set()
    paragraph_text: dict[Any, int] = {}  # a wrapper's paragraph text, measured once for all the anchors inside it

    def chrome_wrapper(element: Any) -> bool:
        """A comment, related or other block around the anchor, which the anchor is no reason to keep.

        A wrapper that holds the page's main heading, or (unless its words say comments) most of the page's
        paragraph text, is the article itself whatever its class words say: Drupal marks every node shown on
        the front page "node--promoted", WordPress marks a post of the "Social" category "category-social".
        """
        kind = _word_kind(element)
        if kind not in ("comments", "related", "other") or element in holds_main:
            return False
        if kind == "comments":
            return True
        if element not in paragraph_text:
            paragraph_text[element] = len(" ".join(element.xpath(".//p//text()")))
        return paragraph_text[element] <= 0.5 * body_text

    keep: set[Any] = set()
    for anchor in anchors:
        ancestors = list(anchor.iterancestors())
        # A heading or a long text inside a comment or a related block is no reason to keep that block.
        if any(chrome_wrapper(a) for a in ancestors):
            continue
        keep.add(anchor)
        keep.update(ancestors)
    return keep


_LEAD_AFTER = 2  # the lead sits right under the heading (a kicker or a date line may come between)


def _lead_after(heading: Any) -> list[Any]:
    """The article's lead right under its main heading when its class words call it a teaser or a summary box.

    A CMS classes its news item's lead "news-single__teaser": its words say related, its place and its words (a
    sentence, no link to another page) say the article's own first paragraph.
    """
    found = []
    for block in list(heading.itersiblings())[:_LEAD_AFTER]:
        text = " ".join(text_of(block).split()) if isinstance(block.tag, str) else ""
        if _word_kind(block) == "related" and block.find(".//a") is None and len(text.split()) >= 8 \
                and text.endswith(_SENTENCE_STOPS):
            found.append(block)
    return found


def _main_heading(tree: Any) -> Any:
    """The page's main heading: its one h1, or of several the one its title names (og:title, <title>); else None.

    A sponsored box or a related story may print an h1 of its own: holding that one makes no wrapper the article.
    """
    headings = tree.xpath("//h1")
    if len(headings) < 2:
        return headings[0] if headings else None
    titles = [_norm(t) for t in tree.xpath("//meta[@property='og:title']/@content|//title/text()") if t.strip()]
    for heading in headings:
        text = _norm(text_of(heading))
        if text and any(text in title for title in titles):
            return heading
    return None


def _detached(element: Any, tree: Any) -> bool:
    """Whether an ancestor was already cut (its descendants are gone with it)."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    top = element
    for top in element.iterancestors():
        pass
    return top is not root and element is not root


def line_kind(line: str) -> str | None:
    """The chrome kind of a text line trafilatura kept, or None for article text."""
    text = line.strip()
    words = len(line.split())
    if _byline(line):
        return "byline"
    if _related_line(line) or headline_list(text):
        return "related"
    if words <= 30 and _CREDIT_LINE.search(text):
        return "other"
    if _COMMENT_LINE.match(text):
        return "comments"
    if (_BOX_LINE.search(line) or _NOTE_LINE.match(text)) and words <= 40 or _AD_LINE.fullmatch(text):
        return "other"
    if words <= _SITE_LINE_WORDS and (_WIRE_SIGNOFF.match(text) or _LIVE_END.match(text) or _paywall(text)
                                      or _SIGNOFF_TAIL.search(text) or _COPYRIGHT_LINE.match(text)
                                      or _REPUBLISHED.match(text) or _FOLLOW_LINE.match(text)
                                      or _AGENCY_LINE.match(text)) \
            or words <= 12 and _STANDARDS_LINE.match(text) and not _REPORTING_CLAUSE.search(line):
        return "other"
    if _READING_TIME.fullmatch(text) or _READ_COUNT.fullmatch(text) or _topic_line(text):
        return "other"
    if _CLOCK_TIME.fullmatch(text.removeprefix("- ")):
        return "other"  # a live blog's post time ("19:12", "7.45am"): a time of day alone is no sentence
    if words <= 8 and _norm_heading(line) in _CHROME_HEADINGS:
        return "other"  # a line that is one of CHROME_PHRASES alone ("Écouter cet article", "Listen to this article")
    return None


def _topic_line(text: str) -> bool:
    """Whether a line lists the article's topics under a label (_TOPIC_LINE): each item a few words, none a clause."""
    match = _TOPIC_LINE.match(text)
    if not match:
        return False
    items = re.split(r"\s*[,|·/]\s*", match.group("items").strip())
    return all(0 < len(item.split()) <= _TOPIC_ITEM_WORDS for item in items)


def _related_line(line: str) -> bool:
    """Whether a line is a link's label to other stories ("Read more: …", "Lire aussi Le budget adopté"): the label and
    a mark after it, or a headline with no final stop; "Related costs rose by 4% in March." is the story's sentence,
    and so is a line going on in lower case to a "!", "?" or quotation mark ("Watch out for black ice …, the Met
    Office warned!"), where a headline opens on a capital ("Lire aussi Pourquoi le maire a-t-il démissionné ?")."""
    match = _RELATED_LINE.match(line)
    if match is None or match.group("mark") is not None:
        return match is not None
    end = line.rstrip()
    return not end.endswith(".") and not (end.endswith(_SENTENCE_STOPS) and line[match.end():].lstrip()[:1].islower())


def _paywall(line: str) -> bool:
    """Whether a sentence of a line opens on a subscriber's prompt (_PAYWALL) with no reporting clause in it: "Register
    here by Friday, the council told residents." is what the council said."""
    for match in _PAYWALL.finditer(line):
        end = _SENTENCE_END.search(line, match.end())
        if not _REPORTING_CLAUSE.search(line, match.start(), end.start() if end else len(line)):
            return True
    return False


def headline_list(line: str) -> bool:
    """Whether a line lists other stories' headlines under a label of five words at most (_LABELLED_LIST)."""
    match = _LABELLED_LIST.match(line)
    if match is None or len(match.group("label").split()) > 5 or line.endswith(_SENTENCE_STOPS):
        return False
    items = _LIST_MARK.split(match.group("items"))
    return len(items) >= 2 and all(len(item.split()) >= 3 and item[:1].isupper() for item in items)


def reader_appeal(line: str) -> bool:
    """Whether a line of 40 words at most ends on a call for the readers' money (_FUNDING_LINE), or opens on a call to
    phone or write in with a contact (_READER_CALL); only the text's last lines are cut for it, by the page reader and
    the segmenter alike."""
    return len(line.split()) <= 40 and (_FUNDING_LINE.search(line) is not None or _READER_CALL.match(line) is not None)


def _byline(line: str) -> bool:
    """Whether a line is an author line: short and no sentence ("Published on May 3, 2024, the report…" ends with a
    full stop), or longer when the day it was posted follows the name ("Par Maëlle Tanguy — vendredi 13 septembre 2030
    à 07 h 00, mis à jour à 11 h 20": the stamp's words, not a sentence's, make it long)."""
    if line.rstrip().endswith(_SENTENCE_STOPS):
        return False
    words = len(line.split())
    if words <= 16:
        return bool(_BYLINE_LINE.match(line) or _BYLINE.search(line))
    author = _BYLINE_LINE.match(line) if words <= 30 else None
    return bool(author and author.group("tail") and _STAMP_AFTER_NAME.match(author.group("tail")))


def opens_a_thread(line: str) -> bool:
    """Whether a comment line (line_kind "comments") is a sure sign that the readers' thread starts there: not a word
    an article's own section may be headed with alone ("Réactions"), nor one reader's comment, which a live blog's
    post may look like ("Update — 12/03/2031 à 14h05 — …"), so that only that line goes."""
    return _SECTION_LIKE_COMMENT.fullmatch(line.strip(" \t:.*_")) is None and not reader_comment(line.strip())


def reader_comment(line: str) -> bool:
    """Whether a line has one reader's comment's shape: a handle, the stamp of its posting, its words
    (_READER_COMMENT). A chronology's line has the same shape ("Lyon, 3 mars 2026 : le conseil a voté…", "Phase 1 —
    12 janvier 2027 : …"), so only lines after the article's last one of text are cut for it, never one between
    kept paragraphs."""
    match = _READER_COMMENT.match(line)
    return match is not None and _printed_weekday(match.group("handle")) is None


# where a theme that kept <h1> for the site's name prints a post's title
_LOWER_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6", "div", "span", "p", "b", "strong", "font", "td"))
_TITLED_HEADING_CHARS = 200  # a headline is a line: a longer block is no heading <title> could print


class _Meta:
    """The page's own metadata: meta tags, JSON-LD, <time> elements and bylines, read before any cutting."""

    def __init__(self, tree: Any):
        self.tree = tree
        self.json_ld = list(_json_ld_objects(tree))
        self.chrome = _chrome_regions(tree)

    @functools.cached_property
    def page_data(self) -> list[tuple[Any, str]]:
        """A JavaScript app's page data, parsed once for its day and, when the HTML holds no article, its text."""
        return list(_page_data(self.tree))

    def meta(self, *names: str) -> str | None:
        """The first non-empty content of <meta> (or any element outside chrome) with property|name|itemprop=NAME."""
        for name in names:
            for element in self._meta_elements(name):
                if element.tag != "meta" and element in self.chrome:
                    continue  # a comment's or a related card's own date is not the article's
                value = (element.get("content") or "").strip()
                if value:
                    return value
        return None

    def _meta_elements(self, name: str) -> list[Any]:
        """The elements with a content attribute and property|name|itemprop=NAME, in the page's order."""
        # any element, not only <meta>: RDFa and microdata put the machine-readable value in a visible
        # element's content attribute (Drupal's <span property="schema:dateCreated" content="2026-06-04T…">)
        return self.tree.xpath("//*[@content][translate(@property, $up, $low)=$n or translate(@name, $up, $low)=$n"
                               " or translate(@itemprop, $up, $low)=$n]", n=name.lower(), up=_UPPER, low=_UPPER.lower())

    def title(self) -> Found[str] | None:
        """og:title, else JSON-LD headline, else the first <h1>, else <title>; the printed headline before a
        shorter og:title that it extends."""
        value = self.meta("og:title", "twitter:title")
        if value:
            printed = self._printed_headline()
            publisher = self.publisher()
            if printed and len(printed) > len(value) and _extends(printed, value) \
                    and (publisher is None or _norm(printed) != _norm(publisher.value)):
                return Found(printed, "the page's <h1> (og:title is a shorter form)")
            if printed and _labelled(value, printed):
                return Found(printed, "the page's <h1> (og:title adds a label)")
            return Found(value, "og:title")
        for obj in self.articles():
            if isinstance(obj.get("headline"), str) and obj["headline"].strip():
                return Found(obj["headline"].strip(), "JSON-LD headline")
        heading = self.tree.xpath("//h1")
        if heading and self.issue_header() is None:
            text = text_of(heading[0])
            if text and not self._prints_site(heading[0], text):
                return Found(text, "the page's <h1>")
        for name in ("dcterms.title", "DC.title"):
            value = self.meta(name)
            if value and value.strip():
                return Found(value.strip(), f"meta {name}")
        document_title = self.document_title()
        printed = self.titled_heading(document_title)
        if printed is not None:
            return printed
        return Found(document_title, "<title>") if document_title else None

    def titled_heading(self, document_title: str | None) -> Found[str] | None:
        """A heading below <h1> that <title> prints after or before the site's name."""
        # a page of the 1990s web set its headline in an <h2> ("Oxley Vale Advertiser: Tenants vote yes …" over
        # <h2>Tenants vote yes …</h2>)
        whole = _norm(document_title or "")
        if not whole:
            return None
        # a headline set in <font size="+2"><b> is as much the page's heading as an <h2>, and a class-styled portal's
        # <div class="headline"> or <span class="titre"> (one with no block inside)
        for heading in self.tree.xpath("//h2|//h3|//h4|//h5|//h6|//p|//b|//strong|//font|//td|//center"
                                       "|//div[not(.//div|.//p|.//table|.//ul)]|//span[not(.//div|.//p|.//table)]"):
            if heading in self.chrome:
                continue
            text = text_of(heading)
            if len(text) > _TITLED_HEADING_CHARS or self._prints_site(heading, text):
                continue  # the site's name in a logo's cell is no headline
            norm = _norm(text)
            if len(norm.split()) >= _HEADLINE_WORDS[0] and (whole == norm or whole.startswith(norm + " ") or whole.endswith(" " + norm)):
                return Found(text, f"the page's <{heading.tag}>")
        return None

    def _prints_site(self, heading: Any, text: str) -> bool:
        """Whether a heading prints the site's name: it reads as the name side of <title> and a heading below it prints
        <title>'s other side (a blog's <h1>Site</h1> over <h2>Post title</h2>, a logo's cell over the headline).

        A blog's or a portal's theme kept <h1> for its name and set each post's title lower. A headline in Title Case
        reads as a name too ("The Wickerstone Gazette - Council Approves New Bypass" over <h1>Council Approves New
        Bypass</h1>): without a heading below that prints the other side it stays the title.
        """
        # any spaced mark, a breadcrumb's "»" too ("Hexley Today » Blog Archive » Council votes …", old WordPress themes)
        parts = _SPACED_SEPARATOR.split(self.document_title() or "")
        if len(parts) < 2:
            return False
        name = _norm(text)
        sides = [(site, rest) for site, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])) if _norm(site) == name]
        # the side that reads as a name (a few capitalised words), the other a headline's words
        if not any(_title_suffix_publisher(f"{' '.join(rest)} - {site}") is not None for site, rest in sides):
            return False
        # the headline whole, or its last part after a section's name ("Blog Archive")
        others = {_norm(part) for _, rest in sides for part in (" ".join(rest), rest[0], rest[-1])}
        below = False
        for element in self.tree.iter():
            if element is heading:
                below = True
            elif below and element.tag in _LOWER_HEADINGS and element not in self.chrome \
                    and _norm(text_of(element)) in others:
                return True
        return False

    def _printed_headline(self) -> str | None:
        """The text of the page's only <h1>, or None (a page with several has no one headline)."""
        headings = self.tree.xpath("//h1")
        return text_of(headings[0]) or None if len(headings) == 1 else None

    def document_title(self) -> str | None:
        """The text of <title>."""
        found = self.tree.xpath("//head/title|//title")
        text = text_of(found[0]) if found else ""
        return text or None

    def publisher(self) -> Found[str] | None:
        """og:site_name, else the JSON-LD publisher's name, else Dublin Core's publisher or source."""
        value = self.meta("og:site_name", "application-name")
        if value:
            return Found(value, "og:site_name")
        for obj in self.articles():
            publisher = obj.get("publisher")
            if isinstance(publisher, list) and publisher:
                publisher = publisher[0]
            if isinstance(publisher, dict) and not publisher.get("name") and publisher.get("@id"):
                publisher = self.node(publisher["@id"]) or publisher  # {"@id": "#org"}: the graph's node names it
            name = publisher.get("name") if isinstance(publisher, dict) else publisher
            if isinstance(name, str) and name.strip():
                return Found(name.strip(), "JSON-LD publisher")
        # Dublin Core, as Drupal and library-style CMSs write it (a publisher's name, never a person's handle)
        # a digitised paper's viewer names the printed paper as the scan's source (DC.source)
        for name in ("dcterms.publisher", "DC.publisher", "dc.publisher", "dcterms.source", "DC.source"):
            value = self.meta(name)
            if value and not value.startswith(("@", "http")):
                return Found(value.strip(), f"meta {name}")
        issue = self.issue_header()
        return Found(issue.group("paper"), "the issue's heading <h1>") if issue else None

    def issue_header(self) -> re.Match[str] | None:
        """A library viewer's <h1> naming the scanned issue, not the article: the paper, its day, the page or the
        issue's number and nothing else ("Brindleford Observer, 12 November 1920, Page 5")."""
        heading = self.tree.xpath("//h1")
        text = text_of(heading[0]) if heading else ""
        match = _PAPER_ISSUE.match(text)
        number = _ISSUE_NUMBER_AFTER.match(text, match.end()) if match else None
        return match if number and not text[number.end():].strip(" .") else None

    def node(self, node_id: Any) -> dict[str, Any] | None:
        """The JSON-LD object a reference ``{"@id": …}`` points at (one with a name), or None."""
        return next((obj for obj in self.json_ld if obj.get("@id") == node_id and obj.get("name")), None)

    def published(self) -> Found[dt.date] | None:
        """The publication day: article:published_time, JSON-LD datePublished, <time datetime>, then a byline."""
        found = self.stamped(_PUBLISHED_META, ("datePublished", "dateCreated"))
        if found:
            return found
        time = self.time_element()
        if time:
            return time
        # an app's page data is machine-readable ISO too: before any visible text (issue 9)
        stamps = self.bylines()
        # an update's stamp ("Page last updated: 25/02/94" in a footer) only when nothing dates the first edition:
        # a byline with the day and no verb ("Friday 25th February 1994 · by …") does
        return _page_data_day(self.page_data) or stamps.get("published") or self.address() or self.dateline() \
            or stamps.get("updated")

    def dateline(self) -> Found[dt.date] | None:
        """A short block that is a date and an author or a time, without 'published' ('Par Jeanne Roux, le 3 mars 2025')."""
        for text in self.byline_texts():
            if len(text) > 120:
                continue
            match = _DATELINE.search(text)
            if match:
                # "By Jo Hale, Island Reporter, 15 May 2001": the date's leading word may be the post's
                words, day = _day_of_words(match.group("date") or match.group("date2") or match.group("date3"),
                                           text, self.page_lang())
                if day:
                    return Found(day, f"the byline \"{' '.join(words.split())}\"")
        return None

    def address(self) -> Found[dt.date] | None:
        """The day in the page's address ('/2025/03/14/')."""
        for value in (self.canonical(), self.meta("og:url")):
            match = re.search(r"/(20\d{2}|19\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|\b)", value or "")
            if match:
                day = _iso_day("-".join(match.groups()))
                if day:
                    return Found(day, "the page's address")
        return None

    def modified(self) -> Found[dt.date] | None:
        """The page's last-modified day: better than refusing the page."""
        return self.stamped(_MODIFIED_META, ("dateModified",))

    def archived_paper(self, published: dt.date) -> str | None:
        """The paper an archive's item was printed in (Dublin Core's publisher or source), when the page's own
        stamp (put online) comes clearly after its ``published`` day."""
        if not any(_older_than(published, day) for day in map(_iso_day, map(self.meta, _UPLOAD_META)) if day):
            return None
        return self.printer()

    def printer(self) -> str | None:
        """The item's paper as Dublin Core or a citation names it (no address, no node reference)."""
        return next((value.strip() for value in map(self.meta, _PRINTER_META)
                     if value and not value.startswith(("@", "http"))), None)

    def first_printed(self, lines: list[str], stamp: dt.date | None) -> tuple[Found[dt.date], str | None] | None:
        """The day the article was first printed, clearly older than the page's ``stamp``, and the paper if named; the
        text's ``lines`` are the reprint's with the archive's own at either end."""
        # Dublin Core's or a citation's issued day first: it is the item's, where article:published_time and JSON-LD
        # give the upload of an archive's page (an Omeka item's dcterms:issued, a journal's citation_publication_date);
        # a page whose issued day is its own stamp is no reprint. Else an archive's note ("This report first appeared
        # in … on Monday, June 1, 1970") or field ("Paru le : …") in a short block anywhere but the text's paragraphs
        # (``body``, compared by _norm: the note often sits in an aside) or the page's description.
        body = {_norm(line) for line in lines}
        paper = self.printer()
        for name in _ISSUED_META:
            # another article's card carries its own issued stamp as microdata: only the page's or its record's count
            value = next((element.get("content") for element in self._meta_elements(name)
                          if element.tag == "meta" or not _another_s_block(element)), None)
            day = _iso_day(value)
            if day and _older_than(day, stamp):
                return Found(day, f"meta {name}"), paper
        texts: list[tuple[str, Any]] = [(self.meta("og:description", "description", "twitter:description") or "", None)]
        for element in self.tree.iter("p", "div", "span", "li", "dd", "em", "aside", "section", *_CAPTION_TAGS):
            if len(element) > 8 or element.find(".//p") is not None or element.find(".//li") is not None:
                continue  # a wrapper: its short blocks are read one by one
            text = text_of(element)
            if len(text.split()) <= _ARCHIVE_NOTE_WORDS and _norm(text) not in body:
                texts.append((text, element))
        # a record's field as a definition list (the label in <dt>, the value in the element after it) or as a
        # table's row (a catalogue's notice: the label in its first cell, the value in the second)
        for label in self.tree.iter("dt", "th", "td"):
            value = label.getnext()
            if label.tag == "dt" or value is not None and value.tag == "td" and label.getprevious() is None \
                    and len(label.getparent()) == 2:
                if value is not None and len(text_of(value).split()) <= _ARCHIVE_NOTE_WORDS:
                    texts.append((f"{text_of(label).rstrip(' :')} : {text_of(value)}", label))
        archive = _old_text(body, stamp)

        # on an archive's copy of an old text, the paper's name and its issue's day wherever the archive presents its
        # item, with no note's words (a description "Article de L'Écho de la Vaudrenne du jeudi 22 octobre 1931 sur
        # …", a caption "The Harbour Gazette, 3 May 1930, page 2"), once no note has spoken
        def issue(text: str) -> re.Match[str] | None:
            """The paper and its issue's day in a block the text does not print (a lead used as the description
            may name another paper's old issue), with a cue of an issue next to them (_issue_cue)."""
            if any(_norm(text) in line for line in body):
                return None
            return next((match for match in _PAPER_ISSUE.finditer(text) if _issue_cue(text, match)), None)

        for reader in (lambda text: _printing_note(text, archive), issue):
            for text, element in texts:
                match = reader(text)
                if match is None or element is not None and _another_s_block(element) \
                        and not _beside_text(element, body):
                    # a sidebar's card, a comment, the menu: "Publié le : …" there dates another text; a caption in
                    # the text's own box (a blog's image block, whatever its classes say) is the item's
                    continue
                words, day = _day_of_words(match.group("date"), text, self.page_lang())  # "du 7 mars 1970"
                if not day or not _older_than(day, stamp):
                    continue
                if (reader is issue or element is not None and element.tag in _RECORD_TAGS) \
                        and not _archive_copy(lines, stamp, day):
                    # a name and a day in a caption, or a record's field (a book's info box « Date de parution »),
                    # date the text only where it reads as the old item itself: a modern story's caption names the
                    # place of a day some years gone ("Pickets at Kelsworth Colliery, Monday 5 March 1984")
                    continue
                named = _NOTE_PAPER.match(match.group("paper"))
                return (Found(day, f"the archive's note \"{' '.join(words.split())}\""),
                        named.group("name") if named else paper)
        return None

    def stamped(self, names: tuple[str, ...], keys: tuple[str, ...]) -> Found[dt.date] | None:
        """The first day in the meta tags named, else in the JSON-LD keys, saying which."""
        for name in names:
            day = _iso_day(self.meta(name)) or _compact_day(self.meta(name))
            if day:
                return Found(day, name if ":" in name else f"meta {name}")
        for key in keys:
            for obj in self.articles():
                day = _iso_day(obj.get(key))
                if day:
                    return Found(day, f"JSON-LD {key}")
        return None

    def time_element(self) -> Found[dt.date] | None:
        """A <time datetime> that dates the article (marked as published, else the first outside chrome)."""
        candidates = [t for t in self.tree.xpath("//time[@datetime]") if t not in self.chrome]
        marked = [t for t in candidates if t.get("itemprop") == "datePublished" or t.get("pubdate") is not None
                  or re.search(r"publi|posted|created", " ".join(_attribute_tokens(t) + [t.get("itemprop") or ""]))]
        updated = [t for t in candidates if re.search(r"updat|modif|mis-?a-?jour|maj",
                                                       " ".join(_attribute_tokens(t) + [t.get("itemprop") or ""]))]
        for time in marked + [t for t in candidates if t not in updated] + updated:
            day = _iso_day(time.get("datetime"))
            if day:
                return Found(day, "<time datetime>")
        # a <time> with only words ("<time>3 mars 2025</time>")
        for time in self.tree.xpath("//time[not(@datetime)]"):
            if time in self.chrome:
                continue
            match = re.search(_DATE_TEXT, text_of(time), re.I)
            day = _byline_day(match.group(0), time.text_content(), self.page_lang()) if match else None
            if day:
                return Found(day, "<time>")
        return None

    def bylines(self) -> dict[str, Found[dt.date]]:
        """The first day of each kind of stamp in the bylines, "published" or "updated", up to the first published."""
        found: dict[str, Found[dt.date]] = {}
        for text in self.byline_texts():
            for match in _BYLINE.finditer(text):
                kind = "updated" if match.group("updated") else "published"
                if kind in found:
                    continue
                day = _byline_day(match.group("date"), text, self.page_lang())
                if day:
                    found[kind] = Found(day, f"the byline \"{' '.join(match.group(0).split())}\"")
            if "published" in found:
                break
        return found

    def byline_texts(self) -> Iterator[str]:
        """Short text blocks outside chrome that may hold a byline, in page order."""
        for element in self.tree.iter():
            if not isinstance(element.tag, str) or element.tag in ("script", "style", "title", "head") \
                    or element in self.chrome:
                continue
            text = " ".join((element.text or "").split())
            # A byline is a small block ("Publié le <time>…</time> par <a>…</a>"): the text of a big
            # one (the article, a wrapper) is never read whole, which kept deep pages linear.
            if element.tag in _BYLINE_TAGS and len(element) <= 8 and element.find(".//p") is None \
                    and element.find(".//div") is None:
                text = text_of(element)
                if _byline_sized(text) and element.find(".//br") is not None:
                    yield text
                    # "Tom Hale, Staff Writer<br>June 13, 1996": the day on a line of its own is a stamp
                    yield from filter(_byline_sized, _br_lines(element))
                    continue
            if _byline_sized(text):
                yield text

    def articles(self) -> list[dict[str, Any]]:
        """JSON-LD objects, article types first."""
        def rank(obj: dict[str, Any]) -> int:
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            return 0 if any(isinstance(k, str) and k.endswith(("Article", "BlogPosting", "Report")) for k in kinds) else 1
        return sorted(self.json_ld, key=rank)

    def page_lang(self) -> str | None:
        """The page's own language code as written, region included ('en-US'): <html lang>, og:locale, Content-Language."""
        roots = self.tree.xpath("/html")
        lang = roots[0].get("lang") if roots else None
        lang = lang or self.meta("og:locale", "language", "content-language")
        if not lang:
            for element in self.tree.xpath("//meta[@http-equiv]"):
                if element.get("http-equiv", "").lower() == "content-language":
                    lang = element.get("content")
        return lang

    def declared_language(self) -> str | None:
        """<html lang>, else og:locale or Content-Language."""
        lang = self.page_lang()
        match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s*$)", lang or "")
        return match.group(1).lower() if match else None

    def canonical(self) -> str | None:
        """<link rel=canonical>, else og:url, when it is a web address."""
        for element in self.tree.xpath("//link[@rel='canonical']"):
            href = (element.get("href") or "").strip()
            if re.match(r"https?://", href):
                return href
        value = self.meta("og:url")
        return value if value and re.match(r"https?://", value) else None


_MONTH_WORDS = alternation("STAMP_MONTHS")
_DATE_TEXT = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
              rf"(?:\w+\.?,?\s+)?\d{{1,2}}(?:{alternation('DAY_ORDINALS')})?\s+(?:{_MONTH_WORDS})\w*\.?,?\s+\d{{4}}|"
              rf"(?:(?:{spelled(union('WEEKDAYS'))})\.?,?\s+)?"  # "Thursday, June 13, 1996"
              rf"(?:{_MONTH_WORDS})\w*\.?\s+\d{{1,2}}(?:{alternation('MONTH_DAY_ORDINALS')})?,?\s+\d{{4}})")
# A clock time and its zone, in a byline's stamp or a comment's: minutes or am/pm are required, so the day's own number
# is never taken for an hour. Before the day: "Published 3:12pm, Friday 13 February 2026", "Publié à 18h10 le 2 mai 2023".
_CLOCK = (r"(?:(?:[01]?\d|2[0-3])\s?[:h.]\s?[0-5]\d(?:\s*[ap]\.?m\.?)?|[01]?\d\s*[ap]\.?m\.?)"
          r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT))?")
_TIME_FIRST = rf"(?:(?:{alternation('CLOCK_AT')})\s+)?{_CLOCK}\s*[,·|•–—-]?\s*(?:(?:{alternation('DAY_ON')})\s+)?"
# A reader's comment printed as one line (a text source's thread, or a thread without markup that trafilatura kept): a
# handle (a pseudonym, a first name and an initial: one to three words), the day it was posted and often the time, then
# its words: "Gilou46 · 03/10/2032 à 09h02 — Déjà en 2027…", "Ken W. · 27 October 2032 — We fished…", "J. Pollard,
# 16 July 2028: Brilliant…". The stamp is a whole date: a live blog's post ("9 h 30 — …") is the article's. A dateline
# runs a name, a comma and a day too ("Montréal, 3 mars 2026 — Le ministre…"): after a comma, a time or a colon must
# follow the day; nor is a weekday a handle ("Mardi, 3 mars 2026 : le conseil a voté", a chronology's line).
_STAMP_TIME = rf"\s*(?:,|{alternation('CLOCK_AT')}|-)?\s*{_CLOCK}"
_STAMP_MARK = r"\s*(?:[—–·|•:]|--?)"
_READER_COMMENT = re.compile(
    rf"^(?P<handle>[^\W_][\w.'’-]*(?:\s+[^\W_][\w.'’-]*){{0,2}})"
    rf"(?:\s*(?:[—–·|•]|--?)\s*(?:{_DATE_TEXT})(?:{_STAMP_TIME})?{_STAMP_MARK}"
    rf"|\s*,\s*(?:{_DATE_TEXT})(?:{_STAMP_TIME}{_STAMP_MARK}|\s*:))\s*\S", re.I)
# A byline's stamp after the author's name, a few words at most after its separator ("— vendredi 13 septembre 2030",
# ", Staff Writer · Wednesday 12 May 2032"): "By Thursday, the council had voted … on 3 March" is a sentence.
_STAMP_AFTER_NAME = re.compile(rf"\s*[,·|•–—-]\s*(?:\S+\s+){{0,8}}?(?:{_DATE_TEXT})", re.I)
_BYLINE_TAGS = frozenset(("time", "span", "p", "div", "small", "li", "em", "strong", "address"))
# A portal's stamp names the poster between the verb and the day ("Posté par redaction le samedi 19 novembre 1994",
# "Posted by admin on Monday, February 08, 1999"): a handle of a few words, no punctuation, and the verb opens the
# stamp ("The timetable, published by the council on 2 April" is a sentence).
_POSTER = (rf"(?:\s+(?:{alternation('AUTHOR_BY')})\s+(?P<poster>[^\s.,;:!?]+(?:\s+[^\s.,;:!?]+){{0,3}}?)"
           rf"(?=\s+(?:{alternation('DAY_ON')})\s))?")
# After a poster's day only a time, a separator or the block's end: a participle clause opens a sentence the same way
# ("Published by Faber on 3 March 2023, the novel follows…", « Publié par Gallimard le 3 mars 2023, le roman… »).
_POSTER_END = rf"(?(poster)(?:{_STAMP_TIME}(?::[0-5]\d)?)?(?=\s*(?:$|[(\[|·•–—-])))"
_BYLINE = re.compile(
    rf"(?:(?P<updated>{alternation('BYLINE_UPDATED')})|^[\W_]*(?:{alternation('BYLINE_PUBLISHED')}){_POSTER}"
    rf"|{alternation('BYLINE_PUBLISHED')})"
    rf"(?:\s+(?:{alternation('BYLINE_BEFORE_DAY')}|:))?\s*:?\s*(?:{_TIME_FIRST})?(?P<date>{_DATE_TEXT}){_POSTER_END}",
    re.I)


# Where publishing systems put the day, besides article:published_time (names compared without case).
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time", "published_time",
                   "datePublished", "pubdate", "publish-date", "publishdate", "publish_date", "publication_date",
                   "DC.date.issued", "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "date",
                   "sailthru.date", "schema:datePublished", "schema:dateCreated",
                   "parsely-pub-date", "article.published", "citation_publication_date")
# The day an item was issued, as a library's or a journal's metadata gives it: on an archive's page it is the first
# printing's, where the Open Graph and JSON-LD stamps give the upload (issue 9 item 1).
_CAPTION_TAGS = ("figcaption", "caption")  # a scan's caption may date the item it shows
_ISSUED_META = ("citation_publication_date", "citation_date", "DC.date.issued", "dcterms.issued")
# The item's publisher in Dublin Core: on a reprint, the paper that printed it (og:site_name names the archive's site);
# a library's record names it as the item's source.
_PRINTER_META = ("dcterms.publisher", "DC.publisher", "citation_publisher", "citation_journal_title", "dcterms.source",
                 "DC.source")
# Where a day found in an item's record says it was found: Dublin Core ("meta dc.date", "meta dcterms.issued") or the
# Highwire citation tags of digitised journals' and papers' archives ("meta citation_publication_date"), the item's own
# as _ISSUED_META and _PRINTER_META read them.
_RECORD_DAY = ("meta dc.", "meta dcterms.", "meta citation_")
# An archive's own stamp on its copy of an item: the day it went online. Not a modification stamp: a news page updated
# a year after it ran (article:modified_time, a CMS's dcterms.modified beside its dcterms.date) is no library's record.
_UPLOAD_META = ("dcterms.available",)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified")
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# An author's post before the day on the byline's next line ("by Jo Hale, Local Government Correspondent<br>22 November
# 1995"): a few capitalised words, none the word of an update ("By Jo Hale | Updated March 3, 2024" is an update's stamp).
_JOB_TITLE = rf"(?:(?!(?:{alternation('BYLINE_UPDATED')})\b)(?-i:[A-ZÀ-Ý])[\w'’-]*\s+){{0,4}}"
# A byline without "published": an author ("par", "by") or "le" before the date, or a time after it.
_DATELINE = re.compile(rf"(?:\b(?:{alternation('AUTHOR_BY')})\b[^.]*?[,|·•–—-]\s*{_JOB_TITLE}"
                       rf"(?:(?:{alternation('DAY_ON')})\s+)?|"
                       rf"^(?:[A-ZÀ-Ý][\w'’-]*(?:[\s-]+[\w'’-]+){{0,3}},\s+)?(?:{alternation('DAY_ON')})\s+)"
                       rf"(?P<date>{_DATE_TEXT})"
                       rf"|^(?P<date2>{_DATE_TEXT})\s*(?:$|[,|·•–—-]|(?:{alternation('CLOCK_AT')})\b|\d)"
                       # "Arts Reporter Fiona Caddick · Thursday, 26 September 1996": the stamp ends the line
                       rf"|\s[·•|–—]\s*(?P<date3>{_DATE_TEXT})\s*$", re.I)


# An archive's note on a reprinted article, naming the issue it was first printed in and that issue's day, in a sentence
# of its own: the text itself (or the archive) is its subject ("This report first appeared in …", « Nous reproduisons
# un article du … »), else it is a label that ends on the issue's day, a page's number at most after it (« Article paru
# dans … du mardi 8 octobre 1968, page 3. »). "A study first published in … on 3 March 2024 found …", « Il a été publié
# dans le Journal officiel du 5 avril 2024 et … » and "The plan, first published in …, was dropped" are the story's.
_SENTENCE_START = r"(?:^|[.!?:]\s+)"  # the block's start, or after a stop or a colon
_NOTE_END = r"(?:\s*,\s*[^\W\d_]{1,5}\.?°?\s*\d+)*\s*\)?\s*(?:[.!?](?:\s|$)|$)"  # a page's number at most, then a stop
_FIRST_PRINTED = re.compile(rf"{_SENTENCE_START}\(?(?:(?P<subject>{alternation('NOTE_SUBJECT')})\s+|(?:{alternation('NOTE_LABEL')})\s+)?"
                            rf"(?P<words>{alternation('FIRST_PRINTED')})(?P<paper>[^.!?;]{{0,80}}?)(?P<date>{_DATE_TEXT})"
                            rf"(?(subject)|{_NOTE_END})", re.I)
# A reprint's source line under its text: "from" (« extrait de ») and the paper's name in capitals, then at once its
# issue's day ("From the Marshbridge Advertiser, Friday 12 December 1952, page 7.", « Extrait du journal L'Écho de
# Varennes du 3 juin 1931. »). "From left, Tom Hale and …, 3 June 2031." and « Extrait de la vidéo tournée le … » are
# captions, "From the council's minutes of …" a story's line: no name. Read on an archive's page only (_old_text).
_PAPER_WORD = r"(?:[dlDL]['’])?[A-ZÀ-ÖØ-Ý][\w'’&-]*"
_SOURCE_NOTE = re.compile(rf"{_SENTENCE_START}\(?(?P<words>(?i:{alternation('SOURCE_FROM')}))(?:(?<=['’])|\s+)"
                          rf"(?:(?i:{alternation('PAPER_KIND')})\s+)?"
                          rf"(?P<paper>{_PAPER_WORD}(?:\s+(?:(?:{_OWNER_LINKS})\s+)*{_PAPER_WORD})*)"
                          rf"(?:\s*,\s*|\s+(?i:{alternation('SOURCE_DAY_LINK')})\s+)(?P<date>(?i:{_DATE_TEXT})){_NOTE_END}")
# A scanned issue's title: the paper's name, then its number ("Le Petit Républicain de l'Aurance, n° 9417, vue 3").
_ISSUE_TITLE = re.compile(rf"(?P<paper>{_PAPER_WORD}(?:\s+(?:(?:{_OWNER_LINKS})\s+)*{_PAPER_WORD})*)\s*,\s*"
                          rf"(?i:{alternation('ISSUE_WORDS')})\s*\d")
# A paper's name in capitals and, at once, its issue's day, anywhere in a block ("Article de L'Écho de la Vaudrenne du
# jeudi 22 octobre 1931 sur …"): read on an archive's page only, where no note gives the first printing.
_PAPER_ISSUE = re.compile(rf"(?<![\w'’-])(?!(?:{alternation('NOTE_LABEL')})(?![\w'’-]))"  # « Article de »: no name
                          rf"(?P<paper>(?-i:{_PAPER_WORD})(?:\s+(?:(?:{_OWNER_LINKS})\s+)*(?-i:{_PAPER_WORD}))*)"
                          rf"(?:\s*,\s*|\s+(?:{alternation('SOURCE_DAY_LINK')})\s+)(?P<date>{_DATE_TEXT})", re.I)
# What cues a paper's name and a day as an issue's (_issue_cue): the words before the name, a page's or the issue's
# number after the day.
_ISSUE_CUE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{alternation('ISSUE_CUE')}|{alternation('NOTE_LABEL')}\s+\S+)\s*$",
                               re.I)
_ISSUE_NUMBER_AFTER = re.compile(rf"\s*,\s*(?:{alternation('PAGE_WORDS')}|{alternation('ISSUE_WORDS')})\s*\d", re.I)
# The paper a note names between its words and the day: "first appeared in the Stallbridge Advertiser on", « paru dans La
# Voix de la Combrette du », "Originally published: Brassington Chronicle,". Only a name in capitals: « du Journal de
# Caumel » has lost its article, "in our Saturday edition" names none; "The Times" keeps its capital.
_NOTE_PAPER = re.compile(r"^\s*(?:(?-i:the)\s+)?(?P<name>(?-i:[A-ZÀ-Ý])[^,;:()]*?)"
                         r"(?:\s+(?:on|of|dated|du|de|des|le|daté\w*))?\s*,?\s*$", re.I)
# The archive's note says the text is reprinted as it was, or read off the scan by OCR with errors: one of its
# sentences opens on the words. "We reproduce it below" on a news page brings a letter or a statement, with the
# story's own sentence before it: a note only on a reprint.
_REPRINT_NOTE = re.compile(rf"{_SENTENCE_START}(?:{alternation('REPRINT_NOTE')})", re.I)
_OCR_NOTE = re.compile(rf"{_SENTENCE_START}(?:{alternation('OCR_NOTE')})", re.I)
# Initials alone under the text, the author's signature in the printed paper ("J. M.", "J.-P. R.").
_INITIALS_LINE = re.compile(r"^(?:[A-ZÀ-Ý]\.(?:\s*-\s*|\s+)?){1,4}$")
# A reprint's source line under the text: the paper's name, the issue's day and a stop, a transcriber's credit at most
# after it ("Le Journal de Caumel, samedi 7 mars 1970. Transcription : J.-P. R.").
_SOURCE_LINE = re.compile(rf"^(?P<name>{_COPYRIGHT_OWNER}),\s+(?P<date>(?i:{_DATE_TEXT}))\.(?:\s+(?:\S+\s*){{1,8}})?$")
_ARCHIVE_NOTE_WORDS = 60  # a note is a line or two; a longer paragraph is the story's
_ARCHIVE_NOTE_EDGE = 2  # lines from either end of the text: a note sits above or below the reprint
# A reprint's first printing is older than the page by more than this: an archive's reprint is years or decades old,
# a story's own run in print ("first appeared in our print edition") or a gazette it cites weeks or months (review 45b).
_REPRINT_AGE = dt.timedelta(days=366)


# Where a numeric date is printed month first (03/04/2024 is March 4): a region code says so before the language.
_MONTH_FIRST_REGIONS = frozenset(("us", "fm", "pw", "mh"))


def _byline_sized(text: str) -> bool:
    """Whether a text is as long as a byline may be: a date at least, a line at most."""
    return 8 <= len(text) <= 200


def _br_lines(element: Any) -> list[str]:
    """A small block's lines as the page breaks them with <br>."""
    copied = copy.deepcopy(element)
    for br in copied.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return [" ".join(line.split()) for line in copied.text_content().split("\n") if line.strip()]


def _byline_day(text: str, around: str = "", lang: str | None = None) -> dt.date | None:
    """The day of a byline's date words ('around' is the block they were printed in, 'lang' the page's code).

    A numeric date that reads both ways (06/04/2026) is decided by, in order: the weekday printed beside it
    ("Thu, 06/04/2026" is only a Thursday one way), the page's region ("en-US" prints month first), the
    language's own order (lang/*.py DATE_ORDER), day first when nothing says.
    """
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})", text.strip())
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        if year < 100:  # "16/11/95": the pivot Python's %y reads with (69–99 the 1900s, 00–68 the 2000s)
            year += 1900 if year >= 69 else 2000
        readings = []
        for day, month in ((first, second), (second, first)):
            try:
                readings.append(dt.date(year, month, day))
            except ValueError:
                pass
        if len(set(readings)) <= 1:
            return readings[0] if readings else None
        weekday = _printed_weekday(around)
        agreeing = [r for r in readings if weekday is not None and r.weekday() == weekday]
        if len(agreeing) == 1:
            return agreeing[0]
        return readings[1] if _month_first(lang) else readings[0]
    import dateparser

    parsed = dateparser.parse(text, languages=["fr", "en", "de", "es", "it", "pt", "nl"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def _day_of_words(words: str, around: str, lang: str | None) -> tuple[str, dt.date | None]:
    """The date words and their day, else without their leading word when it is no weekday ("du 7 mars 1970", "Hale,
    15 May 2001": a date pattern's optional first word took the stamp's own)."""
    day = _byline_day(words, around, lang)
    if day is None and " " in words:
        words = words.split(None, 1)[1]
        day = _byline_day(words, around, lang)
    return words, day


def _printed_weekday(text: str) -> int | None:
    """The weekday named in a short text (any language with data, full or three-letter form), or None."""
    # a three-letter form only with its dot or comma ("Thu, 06/04/2026"): "Sam" alone may be an author's name
    words = [(m.group(1), bool(m.group(2))) for m in re.finditer(r"([^\W\d_]+)(\s*[.,])?", text.casefold())]
    for data in every_language():
        for name, index in data.WEEKDAYS.items():
            if any(word == name or (short and len(word) == 3 and name.startswith(word)) for word, short in words):
                return int(index)
    return None


def _month_first(lang: str | None) -> bool:
    """Whether the page's language code says numeric dates print the month first ('en-US'; 'en' by its data)."""
    parts = (lang or "").strip().replace("_", "-").lower().split("-")
    if len(parts) > 1 and len(parts[1]) == 2:
        return parts[1] in _MONTH_FIRST_REGIONS
    data = for_language(parts[0])
    return data is not None and data.DATE_ORDER == "MDY"


def _another_s_block(element: Any) -> bool:
    """Whether a short block belongs to something other than the article's record: a comment, a related list or an
    aside, the navigation, the page's footer, or another article's card (its headline a link in the same item)."""
    item = next(element.iterancestors("li"), None) if element.tag != "li" else element
    card = item if item is not None else element.getparent()
    if card is not None and len(text_of(card).split()) <= _ARCHIVE_NOTE_WORDS \
            and any(len(text_of(link).split()) >= _CARD_HEADLINE_WORDS for link in card.iter("a") if link.get("href")):
        return True
    ups = [up for up in element.iterancestors() if isinstance(up.tag, str) and up.tag not in ("body", "html")]
    # the story's own <article> holds its record in its header, an aside or its footer ("Article paru dans … du 8
    # octobre 1968" in an <aside> under the headline); outside it, every box is another page's or the site's
    story = next((i for i, up in enumerate(ups) if up.tag == "article"
                  and sum(1 for paragraph in up.iter("p") if _prose(paragraph)) >= _FLAT_PARAGRAPHS), None)
    if story is not None:
        return any(chrome_kind(up) == "comments" for up in ups[:story])
    return _TAG_KINDS.get(element.tag) == "related" \
        or any(chrome_kind(up) in ("navigation", "related", "comments", "other") for up in ups)


_CARD_HEADLINE_WORDS = 3  # a link of a headline's words beside a day: another article's card


def _beside_text(element: Any, body: set[str]) -> bool:
    """Whether a short block sits in the same box as the text's paragraphs (``body``, compared by _norm), a few
    levels up at most, in no list, comment or related box: the scan's caption above a reprint, not another article's
    card, a sidebar's or a comment's line."""
    ups = list(element.iterancestors())
    if element.tag == "li" or any(up.tag in ("li", "aside") or chrome_kind(up) in ("comments", "related")
                                  for up in ups):
        return False
    for up in ups[:_BESIDE_TEXT_LEVELS]:
        if any(_norm(text_of(block)) in body for block in up.iter("p", "div")
               if block is not element and block.find(".//p") is None and block.find(".//div") is None):
            return True
    return False


_BESIDE_TEXT_LEVELS = 3  # a caption's own box, the picture's block, the post's content
_RECORD_TAGS = ("dt", "th", "td")  # a record's field label: a catalogue's, or a modern page's info box


def _issue_cue(text: str, match: re.Match[str]) -> bool:
    """Whether a paper's name and a day (_PAPER_ISSUE) are cued as an issue's: a note's words or a printing's right
    before the name (« Article de », "printed on page 5 of the"), or a page's or the issue's number right after the
    day; "Comme l'écrivait Le Petit Journal du …, " cites a paper in a sentence, "Pickets at Kelsworth Colliery, Monday
    5 March 1984" names a place."""
    return _ISSUE_CUE_BEFORE.search(text, 0, match.start("paper")) is not None \
        or _ISSUE_NUMBER_AFTER.match(text, match.end("date")) is not None


def _archive_copy(lines: list[str], stamp: dt.date | None, day: dt.date) -> bool:
    """Whether a text dated ``day`` reads as an archive's copy of an item of that day: the page's stamp a generation
    later, and the text naming no year after the day's (an old article cannot; a modern story recalling it does, or
    is too recent to be an archive's, as "in June 2019" on a page of 2026). The lines at either end may be the
    archive's introduction or note ("la minoterie de Louis Grandjouan (1879-1954)"), as _without_archive_notes reads
    them: they only name no recent year (_old_text)."""
    inner = lines[_ARCHIVE_NOTE_EDGE:len(lines) - _ARCHIVE_NOTE_EDGE]
    return stamp is not None and day.year <= stamp.year - _ARCHIVE_COPY_YEARS and _old_text(lines, stamp) \
        and all(int(year) <= day.year for line in inner for year in _YEAR.findall(line))


_ARCHIVE_COPY_YEARS = 20  # an archive's item is decades older than its page; a story's recalled day a few years


def _chrome_regions(tree: Any) -> set[Any]:
    """Every element inside a comment, related list, box or page footer: their dates are not the article's.

    One pass from the root down, each element classified once (walking every element's ancestors
    made a deep 350 KB page take seconds).
    """
    inside: set[Any] = set()
    todo = [(tree, False, False)]
    while todo:
        element, in_chrome, in_article = todo.pop()
        if not isinstance(element.tag, str):
            continue
        if in_chrome:
            inside.add(element)
        tag = element.tag.lower()
        is_chrome = tag not in ("body", "html") and chrome_kind(element) in ("comments", "related", "other") \
            and not (tag == "form" and _wraps_the_page(element))
        is_page_footer = tag == "footer" and not in_article
        for child in element:
            todo.append((child, in_chrome or is_chrome or is_page_footer, in_article or tag == "article"))
    return inside


def _wraps_the_page(form: Any) -> bool:
    """Whether a form holds the story's paragraphs: Lotus Domino and ASP.NET pages wrap the whole body in one."""
    return sum(1 for paragraph in form.iter("p") if _prose(paragraph)) >= _FLAT_PARAGRAPHS


def _json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, @graph members included; broken blocks are skipped."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "")
        except ValueError:
            continue
        todo = data if isinstance(data, list) else [data]
        while todo:
            item = todo.pop(0)
            if isinstance(item, dict):
                graph = item.get("@graph")
                if isinstance(graph, list):
                    todo.extend(graph)
                yield item
            elif isinstance(item, list):
                todo.extend(item)


_SEPARATOR = re.compile(r"\s+(?:[|–—-]|::|•|·)\s+")


def _title_suffix_publisher(title: str | None) -> Found[str] | None:
    """'… - Le Monde', '… | BBC News': the title's last part, when it reads as a name."""
    if not title:
        return None
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    head, tail = " - ".join(parts[:-1]), parts[-1].strip()
    words = tail.split()
    small = {"le", "la", "les", "l'", "de", "du", "des", "the", "of", "and", "et", "d'"}
    looks_like_name = 1 <= len(words) <= 5 and len(tail) <= 40 and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in small or "." in w
        or re.match(r"[^\W\d_]['’][A-ZÀ-Ý]", w) for w in words)  # "Le Courrier de l'Auzonne"
    if looks_like_name and len(head.split()) >= 3:
        return Found(tail, "the title's suffix")
    return None


def _title_prefix_publisher(document_title: str | None, title: Found[str] | None) -> Found[str] | None:
    """The site's name <title> sets before or after the page's printed headline: 'Le Courrier de l'Auzonne - Radio
    …', 'Oxley Vale Advertiser: Tenants vote …', '[Site] Headline', 'Headline (Site)', 'Headline -- Site', when it
    reads as a name (the 1990s web put it first as often as last, with any mark between)."""
    if not document_title or title is None or title.where == "<title>":
        return None
    whole, head = document_title.strip(), title.value.strip()
    if len(whole) <= len(head) or not (whole.startswith(head) or whole.endswith(head)):
        return None
    first = whole.endswith(head)  # the name comes first
    rest = whole[:len(whole) - len(head)] if first else whole[len(head):]
    if not (_SITE_MARK_AFTER if first else _SITE_MARK_BEFORE).search(rest):
        return None
    # "Oxley Vale Advertiser: News: Tenants vote …": the site's name, not its section
    parts = [part for part in _SITE_MARKS.split(rest) if part.strip()]
    name = (parts[0] if first else parts[-1]).strip() if parts else ""
    found = _title_suffix_publisher(f"{head} - {name}") if name else None
    return Found(found.value, f"the title's {'prefix' if first else 'suffix'}") if found else None


# The marks between a site's name and the headline in <title>: a dash, a bar, a colon, a slash, a breadcrumb's
# arrow, or brackets around the name; a hyphen only between spaces ("Saint-Vidal" is one word).
_SPACED_MARK = r"(?:--?|[|–—/>»•·]|::)"
_SPACED_SEPARATOR = re.compile(rf"\s+{_SPACED_MARK}\s+")
_SITE_MARKS = re.compile(rf"\s+{_SPACED_MARK}\s+|\s*(?::+|[\[\]()])\s*")
_SITE_MARK_AFTER = re.compile(rf"(?:\s{_SPACED_MARK}|:+|[\])])\s*$")
_SITE_MARK_BEFORE = re.compile(rf"^\s*(?:{_SPACED_MARK}\s|:+|[\[(])")


def _without_suffix(title: Found[str] | None, publisher: str | None) -> Found[str] | None:
    """The title without a trailing ' - Publisher' or ' | Publisher' (the site's name is not the article's)."""
    if title is None:
        return None
    value = title.value
    parts = _SEPARATOR.split(value)
    if len(parts) >= 2:
        tail = parts[-1].strip()
        if (publisher and _norm(tail) == _norm(publisher)) or (
                title.where == "<title>" and _title_suffix_publisher(value) is not None):
            value = value[:value.rfind(parts[-1])].rstrip(" |–—-:•·")
    return Found(value, title.where)


def _without_stop(title: Found[str] | None) -> Found[str] | None:
    """The title without the full stop an old paper set after its headlines ("THE HOUSING SCHEME."); an abbreviation's
    stop ("U.S.", "Co.") stays."""
    if title is None or not _HEADLINE_STOP.search(title.value):
        return title
    return Found(title.value[:-1], title.where)


# a word of three letters or more, no stop inside it, then one stop
_HEADLINE_STOP = re.compile(r"(?<![.\w])[^\W\d_]{3,}\.$")


def _extends(longer: str, shorter: str) -> bool:
    """Whether a headline of four words or more tells what a shorter title does: half the title's words of four
    letters or more are in it (a social title cut down from the printed one: "les éleveurs bloquent la préfecture"
    beside "les éleveurs du Haut-Verdan bloquent la préfecture de Ravières"); a site's name printed as the h1 shares
    none ("la", "de" are no words of a story)."""
    words = {word for word in _norm(shorter).split() if len(word) >= 4 or word.isdigit()}
    printed = _norm(longer).split()
    return len(printed) >= 4 and bool(words) and len(words & set(printed)) >= 0.5 * len(words)


# A label a site puts before the headline in its social title only ("DIRECT. ", "LIVE: ", "VIDÉO - "): a few words and
# the mark that ends a label.
# An archive's rubric is one too, a number among its words ("Il y a 50 ans : " + the h1 in lower case after the colon).
_TITLE_LABEL = re.compile(r"^\W*(?:[\w'’-]+\s+){0,4}[^\W\d_][\w'’-]*\s*(?:[.:|–—-]|\s-)\s*$")


def _labelled(social: str, printed: str) -> bool:
    """Whether a social title is the printed headline with a label before it ("DIRECT. " + the h1): the page prints
    the headline without it, and the label stayed in the text as a kicker (issue 9)."""
    head, printed = social.strip(), printed.strip()
    # the headline's first letter may drop to lower case after the label's colon
    if len(head) <= len(printed) or head[-len(printed):].casefold() != printed.casefold():
        return False
    return _TITLE_LABEL.match(head[:len(head) - len(printed)]) is not None


def _norm(text: str) -> str:
    """Text compared loosely: case, spacing and punctuation ignored."""
    return re.sub(r"\W+", " ", text).strip().casefold()


def _one_in_other(a: str, b: str) -> bool:
    """Whether one text holds the other, compared by _norm ("Mercury" and "The Ashenford Mercury")."""
    return _norm(a) in _norm(b) or _norm(b) in _norm(a)


_NAME_WORD = 4  # letters: shorter words of a paper's name are articles and links ("The", "de la", "and")


def _same_paper(a: str, b: str) -> bool:
    """Whether two names are one paper's: one holds the other, or the shorter's words (two or more, short words
    aside) come in the same order in the longer, as when a paper dropped a word of its name ("Lockridge Evening
    Ledger", now "The Lockridge Ledger")."""
    if _one_in_other(a, b):
        return True
    short, long = sorted(([w for w in _norm(name).split() if len(w) >= _NAME_WORD] for name in (a, b)), key=len)
    rest = iter(long)
    return len(short) >= 2 and all(word in rest for word in short)


def _folded(text: str) -> str:
    """Text compared as _norm does, accents aside: a headline in capitals drops them ("CHATEAU" for "château")."""
    return "".join(c for c in unicodedata.normalize("NFKD", _norm(text)) if not unicodedata.combining(c))


def _iso_day(value: Any) -> dt.date | None:
    """The day of an ISO 8601 date or date-time string; None when it is not one."""
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def _compact_day(value: str | None) -> dt.date | None:
    """The day of a meta tag's date written without dashes ('19960926', a 1990s CMS's pubdate) or as an e-mail's
    and HTTP's date ('Thu, 13 Jun 1996 05:40:12 GMT'), or None."""
    match = re.fullmatch(r"\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*", value or "")
    if match:
        return _iso_day("-".join(match.groups()))
    if not value or not re.match(r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b", value):
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError):
        return None


def _found(value: T | None, where: str) -> Found[T] | None:
    """A value with where it was found, or None."""
    return None if value is None else Found(value, where)
