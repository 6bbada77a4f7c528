"""The query object the search page hands to a backend."""

from modelsearch.query import PlainText, SearchQuery

from search.analysis import AnalysedQuery, analyse_query


class VietnameseQuery(SearchQuery):
    """Words (all must match, folded), document-number tokens (any may match) and, for ranking,
    the exact markers of the accented words. Build it with ``VietnameseQuery.parse(q)``.

    ``prefix=True`` (autocomplete) treats the last word as the beginning of a word.
    """

    def __init__(self, analysed: AnalysedQuery, prefix=False):
        self.analysed = analysed
        self.prefix = prefix

    @classmethod
    def parse(cls, raw, prefix=False):
        return cls(analyse_query(raw), prefix=prefix)

    @property
    def words(self):
        return self.analysed.words

    def as_plain_text(self):
        """A ``PlainText`` equivalent for backends that know nothing of this class."""
        return PlainText(" ".join(self.analysed.words), operator="and")

    def __bool__(self):
        return bool(self.analysed)

    def __repr__(self):
        return f"<VietnameseQuery {self.analysed.words!r} numbers={self.analysed.number_keys!r}>"
