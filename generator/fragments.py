"""A page that lists an edited event, made from its old bytes: that event's fragments replaced, nothing else rendered.

A year, actor, tag or source page shows hundreds of events, each as a card or a line that the theme's
``_event.html`` makes (macros ``event_card`` and ``event_line``). After an edit that leaves an event where
it stands (generator/edit.py), such a page differs from its published bytes only inside that event's
fragments (issue 12: rendering these pages whole was half of a one-event build at 10,000 events). So the
page's frame is rendered with every fragment as a token (``fragments_`` in the templates) and the edited
event watched: the page is kept only when every token stands alone in the frame and whatever the frame
read of the edited event, outside its fragments, is the same in the old event and the new one (then the
old frame is this one). The old page is then the frame with each event's fragment in place of its token:
the edited event's old fragment, rendered again, must occur in the old bytes exactly as many times as its
tokens, and those places take its new fragment. Anything else (a frame that prints what the edit changed,
a fragment printed through a filter, a count that does not match) renders the page whole.

In a large build's render workers the same hook keeps each event's card and line (:class:`Cards`): rendered
once with placeholders for the page's root and heading, put in each page that shows it; only for a theme
whose ``_event.html`` makes the same text on every page but for these (:func:`cards`).
"""

from __future__ import annotations

import re
import secrets
import weakref
from typing import Any, Callable, Iterable

import jinja2
from jinja2 import meta, nodes
from markupsafe import Markup, escape

from .edit import EventRef
from .structure import Page

# The macro of _event.html that makes each kind of fragment, with the arguments the token recorded.
MACROS = {"card": "event_card", "line": "event_line"}
TEMPLATE = "_event.html"


class Tokens:
    """The templates' ``fragments_`` while a frame is rendered: each fragment asked for becomes a token."""

    def __init__(self, nonce: str, variables: dict[str, Any] | None = None):
        self.nonce = nonce
        self.calls: list[tuple[str, str, tuple[Any, ...]]] = []  # (kind, event id, arguments after the event)
        self.variables = variables or {}  # what the page is rendered with, as :func:`fragment` renders with
        self.own = False  # whether the page imported _event.html with variables of its own (see imported)

    def imported(self, template: Any, variables: dict[str, Any], local: dict[str, Any] | None) -> tuple[Any, dict[str, Any]]:
        """For a page's ``{% from "_event.html" import ... with context %}``: no module of its own (None, the
        page's variables), but :attr:`own` set when the page set a variable above the import, or one that
        _event.html reads is not what :func:`fragment` renders the fragments with (a theme's page that says
        ``{% set t = ... %}``): its fragments would differ from the page's, so it is rendered whole."""
        if template.name == TEMPLATE and not self.own:
            given = template.environment.globals
            self.own = bool(local and any(value is not jinja2.utils.missing for value in local.values())) or any(
                name in variables and variables[name] is not self.variables.get(name, given.get(name, jinja2.utils.missing))
                for name in _reads(template) if name != "fragments_")
        return None, variables

    def card(self, event: Any, root: str, heading: str) -> Markup:
        """An event's card, as a token."""
        return self._token("card", event, (root, heading))

    def line(self, event: Any, root: str) -> Markup:
        """An event's line in a long list, as a token."""
        return self._token("line", event, (root,))

    def lines(self, events: Iterable[Any], root: str) -> Markup:
        """Every event's line in a long list, each a token, as ``event_list``'s loop prints them (see LINES).

        Joined as plain text, made Markup once: a str before a Markup token is added by Markup's ``__radd__``,
        which escapes it and makes a new Markup, twice per line (issue 12: 3,400 calls of Markup's Python code,
        the most of rendering the frames of a one-event build at 10,000 events). A token needs no escaping.
        """
        args = (root,)
        return Markup("".join([f"{LINE_BEFORE}{self._mark('line', event, args)}{LINE_AFTER}" for event in events]))

    def _token(self, kind: str, event: Any, args: tuple[Any, ...]) -> Markup:
        return Markup(self._mark(kind, event, args))

    def _mark(self, kind: str, event: Any, args: tuple[Any, ...]) -> str:
        """A fragment's token, as text: NUL, the nonce, its number, NUL (nothing a template could escape)."""
        self.calls.append((kind, event.id, args))
        return f"\0{self.nonce}:{len(self.calls) - 1}\0"


def frame(theme: Any, page: Page, shared: dict[str, Any], nonce: str) -> tuple[bytes, Tokens]:
    """A page rendered with every fragment a token, and the fragments asked for."""
    tokens = Tokens(nonce, {**shared, **page.context, "page": page, "root": page.root})
    return theme.render(page, {**shared, "fragments_": tokens}), tokens


def fragment(theme: Any, page: Page, shared: dict[str, Any], kind: str, event: Any, args: tuple[Any, ...]) -> bytes:
    """One fragment, rendered by its macro in the page's own context (as the page imports it, with context)."""
    context = {**shared, **page.context, "page": page, "root": page.root, "fragments_": None}
    module = theme.env.get_template(TEMPLATE).make_module(context)
    return str(getattr(module, MACROS[kind])(event, *args)).encode("utf-8")


def respliced(theme: Any, page: Page, shared: dict[str, Any], old_bytes: bytes,
              edited: dict[str, tuple[Any, Any, EventRef]]) -> bytes | None:
    """The page's new bytes from its old ones, when only the edited events' fragments change; else None.

    ``edited``: event id -> (old event, new event, the watched reference to it that ``page`` holds).
    """
    for old, new, ref in edited.values():
        ref.watch = _unchanged(old, new)
    try:
        text, tokens = frame(theme, page, shared, secrets.token_hex(8))
        shown = [call for call in tokens.calls if call[1] in edited]
        if not shown or tokens.own or not _whole(text, tokens):
            return None
        places: list[tuple[int, int, bytes]] = []
        for event_id, (old, new, _) in edited.items():
            calls = [call for call in shown if call[1] == event_id]
            if not calls:
                continue
            if len({(kind, args) for kind, _, args in calls}) != 1:
                return None  # two kinds of fragment of one event: told apart by nothing here
            kind, _, args = calls[0]
            was = fragment(theme, page, shared, kind, old, args)
            found = _occurrences(old_bytes, was)
            if len(found) != len(calls):
                return None  # the old bytes are not the frame with this fragment in its tokens' places
            now = fragment(theme, page, shared, kind, new, args)
            places += [(at, at + len(was), now) for at in found]
    except Exception:  # noqa: BLE001 - _Changed, or what the whole render says, located
        return None
    finally:
        for *_, ref in edited.values():
            ref.watch = None
    places.sort()
    if any(end > places[i + 1][0] for i, (_, end, _) in enumerate(places[:-1])):
        return None
    pieces, at = [], 0
    for start, end, now in places:
        pieces += [old_bytes[at:start], now]
        at = end
    pieces.append(old_bytes[at:])
    return b"".join(pieces)


# Each template's variables read from its context (the names it does not set itself), by template.
_READ: weakref.WeakKeyDictionary[Any, frozenset[str]] = weakref.WeakKeyDictionary()


def _reads(template: Any) -> frozenset[str]:
    """The variables ``template`` may read from the context it is made with, and those the filters read."""
    read = _READ.get(template)
    if read is None:
        source, _, _ = template.environment.loader.get_source(template.environment, template.name)
        read = _READ[template] = frozenset(meta.find_undeclared_variables(template.environment.parse(source))) | \
            frozenset(CONTEXT_READ)
    return read


def keep_reads(template: Any, read: frozenset[str]) -> None:
    """Take ``read`` as :func:`_reads` of ``template``: what a whole build found ``_event.html`` reads, kept in the
    edits' record (generator/quick.py). Parsing and analysing it again was a twelfth of a one-event build at
    10,000 events (issue 12); the record is only used while no template changed."""
    _READ[template] = read


def event_reads(env: jinja2.Environment, analysed: dict[str, Any]) -> frozenset[str] | None:
    """What ``_event.html`` reads, as :func:`_reads` says, from the build cache's analysis of its source
    (``analysed``, generator/build.py: usually made already for the pages that import it); None when it
    cannot be loaded or parsed (the build after edits then parses it, and says where)."""
    from .build import template_analysis

    try:
        return template_analysis(env, TEMPLATE, analysed)[1][0] | frozenset(CONTEXT_READ)
    except (jinja2.TemplateError, OSError):
        return None


class _Changed(Exception):
    """The frame read something of an edited event that the edit changed: the page is rendered whole."""


def _unchanged(old: Any, new: Any) -> Callable[[str], None]:
    """What an edited event's reference is told of each name the frame reads: raise at once if it changed
    (an event's own page reads its title first thing: nothing more of it is rendered for nothing)."""

    def watch(name: str) -> None:
        if getattr(old, name) != getattr(new, name):
            raise _Changed(name)

    return watch


def _whole(text: bytes, tokens: Tokens) -> bool:
    """Whether every token issued stands in the frame once, as issued (no filter changed it, none was dropped)."""
    found = [int(n) for n in re.findall(b"\x00" + tokens.nonce.encode() + rb":(\d+)\x00", text)]
    return sorted(found) == list(range(len(tokens.calls)))


def _occurrences(data: bytes, part: bytes) -> list[int]:
    """Every offset where ``part`` starts in ``data``, overlapping ones included."""
    if not part:
        return []  # an empty fragment has no place: fewer than its tokens, so the page is rendered whole
    found, at = [], data.find(part)
    while at != -1:
        found.append(at)
        at = data.find(part, at + 1)
    return found


# --- notes: a page rendered whole, its Markdown notes taken from its old bytes ---------------------------


class Notes:
    """The templates' ``notes_`` while a page is rendered with its notes left out: each note asked for is a token."""

    def __init__(self, nonce: str):
        self.nonce = nonce
        self.texts: list[str] = []

    def place(self, text: str) -> Markup:
        """A note's place in the page, as a token that may only be printed."""
        self.texts.append(text)
        return _Sealed(f"\0{self.nonce}:n{len(self.texts) - 1}\0")


class _Sealed(Markup):
    """A note's token: printing it is all a template may do with it. Anything else (its length, a test, a filter,
    joining it with ``~``) raises, and the page is rendered whole with its notes: a template that looked at its
    note would otherwise see a token where the note stands."""

    def __getattribute__(self, name: str) -> Any:
        if name in ("__html__", "__class__"):
            return object.__getattribute__(self, name)
        raise _Changed(name)

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise _Changed("a note used otherwise than printed")

    __len__ = __bool__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _refuse  # type: ignore
    __contains__ = __getitem__ = __iter__ = __add__ = __radd__ = __mul__ = __rmul__ = __mod__ = _refuse  # type: ignore
    __str__ = __format__ = _refuse  # type: ignore


def with_old_notes(theme: Any, old_page: Page, new_page: Page, shared: dict[str, Any], old_bytes: bytes) -> bytes | None:
    """``new_page`` rendered with its one Markdown note taken from ``old_bytes``, or None.

    Only when the old page and the new one print the same one note, and the old page rendered with that
    note as a token is ``old_bytes`` but for the note's place (issue 12: importing and setting up Markdown
    for one note was a tenth of a one-event build at 10,000 events, for the events that have notes).
    """
    nonce = secrets.token_hex(8)
    try:
        old_notes, new_notes = Notes(nonce), Notes(nonce)
        old_text = theme.render(old_page, {**shared, "notes_": old_notes})
        if len(old_notes.texts) != 1:
            return None
        new_text = theme.render(new_page, {**shared, "notes_": new_notes})
    except Exception:  # noqa: BLE001 - _Changed, or what the whole render says, located
        return None
    token = f"\0{nonce}:n0\0".encode()
    if new_notes.texts != old_notes.texts or old_text.count(token) != 1 or new_text.count(token) != 1:
        return None
    before, _, after = old_text.partition(token)
    if len(old_bytes) < len(before) + len(after) or not (old_bytes.startswith(before) and old_bytes.endswith(after)):
        return None
    return new_text.replace(token, old_bytes[len(before):len(old_bytes) - len(after)])


# Cards kept by a render worker before it starts again empty. A large build hands each year page to one
# worker with its events' own pages (generator/build.py), so a card is asked for again soon after it is
# made: this bound keeps every card of the largest year and bounds the memory (a card is about 1.4 kB of
# text at 10,000 bench events).
CARDS_KEPT = 20_000
# Lines are kept apart, one per event of the site at the most (a line is about 0.17 kB of text, some 0.4 kB
# kept with its entry: about 40 MB per worker at 100,000 events): the lists of events (a source's, an
# actor's, a tag's) are one task, whose pages list every event several times over in no order that a
# smaller bound could follow. Simulated on the bench's events (the lists' lines and cards asked for in the
# pages' order): with one bound of 20,000 for both, 2 % of the lookups at 100,000 events found their line
# kept (77 % at 10,000); with this bound, 78 % (77 %). Not timed at 100,000 events on a quiet machine.
LINES_KEPT_AT_LEAST = 20_000

# What ``event_list``'s loop prints around each event's line (the default theme's _event.html): ``lines``
# prints the same in one call.
LINE_BEFORE, LINE_AFTER = "  ", "\n"

# What a kept card holds where the page's own root and heading go: the same on every build (same inputs,
# same bytes), and a word no page prints, so that a placeholder a theme changed is found (LEFT) and that
# page rendered again without kept cards (generator/build.py) rather than published with it.
LEFT = "kept-card-2f7c"
ROOT, HEADING = f"\0{LEFT}:root\0", f"\0{LEFT}:heading\0"


class Cards:
    """The templates' ``fragments_`` in a render worker: each event's card and line rendered once.

    An event's card is the same on its own page and on its year page but for its heading's level (and on
    a year's later pages, the path to the site's root): issue 12, every card rendered twice, a third of a
    worker's time. So a card is rendered once with a placeholder for each of these arguments and kept; each
    page gets the kept text with its own values put in, escaped as ``{{ root }}`` prints them. Only for a
    theme whose ``_event.html`` prints these arguments as they are and reads nothing of the page beyond the
    variables every page shares (see :func:`cards`).
    """

    def __init__(self, module: Any, lines_kept: int = LINES_KEPT_AT_LEAST):
        self._card, self._line = getattr(module, MACROS["card"]), getattr(module, MACROS["line"])
        self._kept: dict[str, dict[int, tuple[Any, str]]] = {"card": {}, "line": {}}
        self._bounds = {"card": CARDS_KEPT, "line": lines_kept}
        self._template: Any = None  # _event.html, as the pages import it (see imported)
        self._module: Any = None
        self._reads: list[tuple[str, Any]] = []

    def keep_import(self, template: Any, shared: dict[str, Any], reads: Iterable[str]) -> None:
        """Make ``template`` (_event.html) once as a module with ``shared`` (these cards among them), for
        :meth:`imported`; ``reads``: every variable its module may read from its context."""
        self._template = template
        self._module = template.make_module(shared)
        self._reads = [(name, shared.get(name, jinja2.utils.missing)) for name in sorted(reads)]

    def imported(self, template: Any, variables: dict[str, Any], local: dict[str, Any] | None) -> tuple[Any, dict[str, Any]]:
        """For ``{% from "_event.html" import ... with context %}`` in a page: (the kept module or None, the
        variables to make the page's own module with when None).

        Every event page imports _event.html with its context: a context and a module made anew per
        page, a fifth of rendering one (issue 12), though the module reads only variables every page
        shares (:func:`cards` checks it). The kept one stands in when the importing page's variables are
        the very ones it was made with for each name it reads, and the page sets none of its own above
        the import (Jinja passes them as ``local``). Otherwise the page's module is made without these
        cards: they were rendered with the shared variables, and a theme's page that sets one the card
        reads (``{% set t = ... %}`` above the import) must get its cards rendered with its own value.
        """
        if template is not self._template:
            return None, variables
        if not (local and any(value is not jinja2.utils.missing for value in local.values())) and \
                all(variables.get(name, jinja2.utils.missing) is value for name, value in self._reads):
            return self._module, variables
        return None, {**variables, "fragments_": None}

    def card(self, event: Any, root: str, heading: str) -> Markup:
        """An event's card, with the page's root and heading."""
        text = self._text("card", event, lambda: self._card(event, ROOT, HEADING))
        return Markup(text.replace(ROOT, str(escape(root))).replace(HEADING, str(escape(heading))))

    def line(self, event: Any, root: str) -> Markup:
        """An event's line in a long list, with the page's root."""
        return Markup(self._text("line", event, lambda: self._line(event, ROOT)).replace(ROOT, str(escape(root))))

    def lines(self, events: Iterable[Any], root: str) -> Markup:
        """Every event's line in a long list, as ``event_list``'s loop prints them (LINE_BEFORE, LINE_AFTER).

        One call for the whole list: a call of the macro per event, then of :meth:`line`, was most of
        rendering the list pages (issue 12: 44,000 lines at 10,000 events). The root is put in once, in
        the joined text: a placeholder holds no line break, so none spans two lines.
        """
        kept, render = self._kept["line"], self._line
        texts = []
        for event in events:
            found = kept.get(id(event))
            if found is None:
                if len(kept) >= self._bounds["line"]:
                    kept.clear()
                found = kept[id(event)] = (event, str(render(event, ROOT)))  # the event kept alive: its id is not reused
            texts.append(found[1])
        if not texts:
            return Markup("")
        joined = LINE_BEFORE + (LINE_AFTER + LINE_BEFORE).join(texts) + LINE_AFTER
        return Markup(joined.replace(ROOT, str(escape(root))))

    def _text(self, kind: str, event: Any, render: Callable[[], Any]) -> str:
        kept = self._kept[kind]
        found = kept.get(id(event))
        if found is None:
            if len(kept) >= self._bounds[kind]:
                kept.clear()
            found = kept[id(event)] = (event, str(render()))  # the event kept alive: its id is not reused
        return found[1]


# The variables that the filters taking the context read from it (generator/render.py).
CONTEXT_READ = ("labels_", "slug_", "notes_")

# Statements between a macro and a ``{{ root }}`` that leave what it prints as it is: a filter block, a set
# block or a call block would take the placeholder's text as its own; an autoescape block would print it
# unescaped; a macro inside would print its own argument of that name.
_AS_PRINTED = (nodes.If, nodes.For, nodes.With, nodes.Output)


def cards(env: jinja2.Environment, shared: dict[str, Any], own: Iterable[str] = ()) -> Cards | None:
    """The kept cards for pages rendered with ``shared``, or None when the theme's card could differ from one
    page to another beyond its root and heading (such a theme renders every card in its page, as before).

    The check is on ``_event.html``'s syntax tree. Pages import it with their context, so every macro in it
    (a helper the card calls, ``draft_badge``) and its top level could read the page: every variable the
    template reads, beyond the macros' arguments and its own names, must be one of ``shared`` (not
    ``fragments_``, nor one that a page's own variables ``own`` hide) or a Jinja global. And within ``event_card`` and ``event_line``, ``root`` and ``heading``
    are only ever printed whole (``{{ root }}``), outside any block that would take the placeholder in.
    The filters that read the context read only shared variables (generator/render.py); a theme brings no
    filters of its own. Where it asks ``fragments_`` for a list's lines in one call, its loop must print
    them as :meth:`Cards.lines` does (_lines_as_looped).
    """
    try:
        source, _, _ = env.loader.get_source(env, TEMPLATE)  # type: ignore[union-attr]
        tree = env.parse(source)
        if env.finalize is not None or not env.autoescape or \
                any(tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport))):
            return None  # printed otherwise than escaped, or text from another template that may read the page
        macros = {node.name: node for node in tree.find_all(nodes.Macro)}
        if not all(name in macros for name in MACROS.values()):
            return None
        if not _lines_as_looped(env, tree):
            return None
        for name in MACROS.values():
            macros[name].body = _rendered_body(macros[name].body)
        _without_lines(tree)
        allowed = (set(shared) - {"fragments_", *own}) | set(env.globals)
        read = meta.find_undeclared_variables(tree)
        if not read <= allowed:
            return None
        for name, arguments in ((MACROS["card"], ("root", "heading")), (MACROS["line"], ("root",))):
            macro = macros[name]
            if not set(arguments) <= {arg.name for arg in macro.args} or \
                    not all(_printed_whole(node, argument) for node in macro.body for argument in arguments):
                return None
        template = env.get_template(TEMPLATE)
        module = template.make_module({**shared, "fragments_": None})
        kept = Cards(module, max(LINES_KEPT_AT_LEAST, len(shared.get("all_events") or ())))
        # What its module reads: the variables checked above, these cards, and what the filters read.
        kept.keep_import(template, {**shared, "fragments_": kept}, {*read, "fragments_", *CONTEXT_READ})
    except Exception:  # noqa: BLE001 - a theme whose _event.html fails here: its pages, rendered as before, say where
        return None
    return kept


def _printed_whole(node: nodes.Node, name: str) -> bool:
    """Whether every reading of ``name`` under ``node`` is a ``{{ name }}`` reached through ``_AS_PRINTED`` only."""
    if isinstance(node, nodes.Name):
        return node.name != name or node.ctx != "load"
    if isinstance(node, nodes.Output):
        return all(isinstance(child, nodes.Name) or _printed_whole(child, name) for child in node.nodes)
    if not isinstance(node, _AS_PRINTED):
        return not any(found.name == name and found.ctx == "load" for found in node.find_all(nodes.Name))
    return all(_printed_whole(child, name) for child in node.iter_child_nodes())


# How the default theme prints a long list's lines: ``fragments_.lines`` in one call, else the loop that
# Cards.lines and Tokens.lines print the same as (LINE_BEFORE, LINE_AFTER).
LINES_CALL = "{{ fragments_.lines(events, root) }}"
LINES_LOOP = "{% for event in events %}\n  {{ event_line(event, root) }}\n{% endfor %}\n"


def _is_lines(node: nodes.Node) -> bool:
    """Whether ``node`` is an ``{% if fragments_ %}`` (no elif) whose branch asks ``fragments_`` for lines."""
    return isinstance(node, nodes.If) and isinstance(node.test, nodes.Name) and node.test.name == "fragments_" \
        and not node.elif_ and any(found.attr == "lines" for found in node.find_all(nodes.Getattr))


def _lines_as_looped(env: jinja2.Environment, tree: nodes.Template) -> bool:
    """Whether every place ``_event.html`` asks ``fragments_`` for lines is ``LINES_CALL``, else ``LINES_LOOP``
    (a theme that prints its lines otherwise has no kept cards: its pages are rendered as they are)."""
    call, loop = env.parse(LINES_CALL).body, env.parse(LINES_LOOP).body
    asked = [node for node in tree.find_all(nodes.Getattr) if node.attr == "lines"
             and isinstance(node.node, nodes.Name) and node.node.name == "fragments_"]
    places = [node for node in tree.find_all(nodes.If) if _is_lines(node)]
    return len(asked) == len(places) and all(node.body == call and node.else_ == loop for node in places)


def _without_lines(node: nodes.Node) -> None:
    """Put the loop in place of each ``{% if fragments_ %}`` that asks for lines (see _lines_as_looped), as a
    page renders it without kept cards."""
    for name in node.fields:
        value = getattr(node, name, None)
        if isinstance(value, list):
            setattr(node, name, [part for child in value for part in (child.else_ if _is_lines(child) else [child])])
    for child in node.iter_child_nodes():
        _without_lines(child)


def _rendered_body(body: list[Any]) -> list[Any]:
    """A macro's body as rendered without ``fragments_``: the branch that hands the fragment out left out."""
    kept: list[Any] = []
    for node in body:
        if isinstance(node, nodes.If) and isinstance(node.test, nodes.Name) and node.test.name == "fragments_" \
                and not node.elif_:
            kept += node.else_
        else:
            kept.append(node)
    return kept
