"""Theme.render's own context and the environment's templates found by name: the pages Jinja's own render gives."""

from __future__ import annotations

from pathlib import Path

from conftest import write
from generator.build import Builder
from generator.render import Theme
from generator.structure import Page


def _theme(tmp_path: Path) -> Theme:
    write(tmp_path / "templates/plain.html", """
        {% set local = "set here" %}{{ greeting }} {{ who }} {{ local }} {{ range(3) | list }}{{ extra_global | default("none") }}
        """)
    write(tmp_path / "templates/child.html", """
        {% extends "parent.html" %}{% block body %}[{{ who }}]{{ super() }}{% endblock %}
        """)
    write(tmp_path / "templates/parent.html", """
        <{{ root }}>{% block body %}parent of {{ page.path }}{% endblock %}
        """)
    return Theme(tmp_path / "templates", "en")


def test_render_gives_what_jinja_gives(tmp_path: Path) -> None:
    theme = _theme(tmp_path)
    shared = {"greeting": "Good morning", "who": "the shared one"}
    for page in (Page("a/index.html", "plain.html", {"who": "the page's own"}), Page("b/c/index.html", "child.html")):
        jinja = theme.env.get_template(page.template).render({**shared, **page.context, "page": page, "root": page.root})
        assert theme.render(page, shared) == jinja.encode("utf-8")
    assert theme.render(Page("x.html", "plain.html"), shared).decode() == \
        "Good morning the shared one set here [0, 1, 2]none\n"
    assert theme.render(Page("b/c/index.html", "child.html"), {"who": "me"}).decode() == \
        "<../../>[me]parent of b/c/index.html"  # trim_blocks: no line break after a block


def test_a_global_added_after_a_render_is_seen(tmp_path: Path) -> None:
    theme = _theme(tmp_path)
    page = Page("x.html", "plain.html")
    shared = {"greeting": "Hi", "who": "you"}
    assert theme.render(page, shared).decode().endswith("none\n")
    theme.env.globals["extra_global"] = "added"
    assert theme.render(page, shared).decode().endswith("added\n")


def test_templates_are_found_again_only_when_they_cannot_change(tmp_path: Path) -> None:
    theme = _theme(tmp_path)
    page = Page("x.html", "child.html")
    assert theme.render(page, {"who": "one"}).decode() == "<./>[one]parent of x.html"
    # Reloading (the default, a theme being edited): a changed template is read again.
    write(tmp_path / "templates/parent.html", "({% block body %}new parent{% endblock %})\n")
    assert theme.render(page, {"who": "two"}).decode() == "([two]new parent)\n"
    theme.env.auto_reload = False  # as a build sets it: the same template object every time
    first = theme.env.get_template("parent.html")
    assert theme.env.get_template("parent.html") is first
    assert theme.env.get_template("parent.html", "child.html") is first
    write(tmp_path / "templates/parent.html", "{% block body %}unseen{% endblock %}\n")
    assert theme.render(page, {"who": "three"}).decode() == "([three]new parent)\n"
    # Another loader (a build wraps the theme's): templates are looked for again, not taken from the last one.
    theme.env.loader = type(theme.env.loader)([str(tmp_path / "templates")])
    assert theme.env.get_template("parent.html") is not first
    assert theme.render(page, {"who": "four"}).decode() == "[four]unseen"


def test_a_built_site_is_the_same_with_jinjas_own_render(tmp_path: Path, small_site: Path) -> None:
    builder = Builder(small_site)
    generation = builder.load([])
    theme = generation.theme
    for path, page in generation.pages.items():
        variables = {**generation.shared, **page.context, "page": page, "root": page.root}
        jinja = jinja_render(theme, page.template, variables)
        assert theme.render(page, generation.shared) == jinja, path


def jinja_render(theme: Theme, name: str, variables: dict) -> bytes:
    """A page as Jinja's own Template.render makes it."""
    import jinja2

    return jinja2.Template.render(theme.env.get_template(name), variables).encode("utf-8")
