"""Session 42: page chrome that the dev pages of that session showed reaching the text (own sentences)."""
from generator.extract.page import read_page

_STORY = (
    "<p>The town council voted on Monday to close the Tilleuls swimming pool at the end of June, after an engineer's "
    "report found cracks in the main basin and in the changing rooms.</p>"
    "<p>Members of the local club will train at the regional pool from next September, the club's chair said on Tuesday "
    "evening, adding that the move would cost each family about forty pounds a year.</p>"
    "<p>The mayor, Ann Cole, said the council had no choice. The repairs would cost more than a new pool, she told the "
    "meeting, and the county had refused to share the bill in March.</p>")


def _page(after: str) -> bytes:
    """An article cut into a CMS's content blocks, then `after` in the same container."""
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pool to close | Gazette</title>'
            '<meta property="article:published_time" content="2024-05-06"></head><body><div class="page">'
            '<div class="main"><h1>Pool to close</h1>'
            + "".join(f'<div class="block-content">{_STORY}</div>' for _ in range(2))
            + after + "</div></div></body></html>").encode()


def test_a_guest_book_beside_the_article_s_blocks_is_left_out() -> None:
    """Readers' words kept in a guest book (concrete5's "ccm-guestbook", a French « livre d'or ») are comments."""
    for box in ('<div id="guestbook" class="ccm-guestbook">', '<div class="livre-dor">'):
        after = (box + '<h4>2 reactions</h4><div class="entry">'
                 '<p class="byline">Posted by <strong>Odette R.</strong> on 06/05/2024 at 09:12</p>'
                 "<p>My aunt swam there every Sunday. I will go and see it this afternoon!</p></div>"
                 '<div class="entry"><p>Six pounds a swim is a lot for a family anyway.</p></div></div>')
        article = read_page(_page(after))
        assert article is not None
        assert "My aunt" not in article.text and "Six pounds" not in article.text, box
        assert "The mayor, Ann Cole, said the council had no choice." in article.text
