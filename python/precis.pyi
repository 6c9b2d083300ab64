"""Type stubs of the precis extension module (python/precis_module.cc)."""

from typing import Iterable, Mapping, Optional, Sequence, Union

__version__: str

# A document: an article as text (read as a text file), or a dict with "text" or "html"
# and optionally "id", "title", "date" (ISO 8601) and "source".
DocumentInput = Union[str, Mapping[str, Union[str, bytes, int, None]]]

class InputError(ValueError):
    """Bad input: no documents, nothing left to summarize, no sentence fitting the budget."""

class Document:
    id: str
    title: str
    date: str
    source: str
    text: str  # cleaned; citations point into it

class Citation:
    document: str  # the document's id
    document_index: int  # index into Summary.documents
    sentence: int
    start: int  # offsets in code points of Document.text
    end: int

class Sentence:
    text: str  # == documents[document_index].text[start:end]
    document: str
    document_index: int
    sentence: int
    start: int
    end: int
    score: float
    truncated: bool
    also_in: list[Citation]

class Removal:
    document: str
    text: str
    reason: str

class DocumentStats:
    document: str
    input_chars: int
    cleaned_chars: int
    sentences: int
    words: int
    removed: int
    duplicates: int

class Summary:
    sentences: list[Sentence]
    documents: list[Document]
    stats: list[DocumentStats]
    removed: list[Removal]  # with explain=True
    warnings: list[str]
    method: str
    cluster: str
    def to_json(self) -> str: ...
    def to_dict(self) -> dict: ...
    def to_text(self) -> str: ...
    def to_markdown(self) -> str: ...
    def __len__(self) -> int: ...

class Summarizer:
    method: str
    honours_query: bool
    def __init__(
        self,
        *,
        words: Optional[int] = None,
        bytes: Optional[int] = None,
        sentences: Optional[int] = None,
        fill: bool = False,
        method: str = "default",
        order: str = "chronological",
        language: str = "english",
        time_limit: float = 0.5,
        explain: bool = False,
    ) -> None: ...
    def summarize(
        self,
        documents: Iterable[DocumentInput],
        *,
        query: Optional[str] = None,
        seen: Optional[Iterable[DocumentInput]] = None,
    ) -> Summary: ...

def summarize(
    documents: Iterable[DocumentInput],
    words: Optional[int] = None,
    method: str = "default",
    query: Optional[str] = None,
    seen: Optional[Iterable[DocumentInput]] = None,
    order: str = "chronological",
    explain: bool = False,
    *,
    bytes: Optional[int] = None,
    sentences: Optional[int] = None,
    fill: bool = False,
    language: str = "english",
    time_limit: float = 0.5,
) -> Summary: ...
class TimelineSentence:
    text: str
    document: str
    document_index: int
    sentence: int
    start: int
    end: int
    score: float

class TimelineEntry:
    date: str  # YYYY-MM-DD
    sentences: list[TimelineSentence]

class Timeline:
    entries: list[TimelineEntry]  # in date order
    documents: list[Document]
    warnings: list[str]
    cluster: str
    def to_json(self) -> str: ...
    def to_dict(self) -> dict: ...
    def to_text(self) -> str: ...
    def to_markdown(self) -> str: ...
    def __len__(self) -> int: ...

def timeline(
    documents: Iterable[DocumentInput],
    *,
    dates: Optional[int] = None,
    sentences_per_date: Optional[int] = None,
    query: Optional[str] = None,
    language: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
) -> Timeline: ...
def figures(
    documents: Iterable[DocumentInput],
    *,
    query: Optional[str] = None,
    language: Optional[str] = None,
) -> list[dict]: ...
def methods() -> list[str]: ...
def default_method() -> str: ...

class RougeScore:
    recall: float
    precision: float
    f: float

def rouge(
    peer: Union[str, Sequence[str]],
    references: Union[str, Sequence[Union[str, Sequence[str]]]],
    *,
    n: int = 2,
    stem: bool = False,
    stopwords: bool = False,
    words: int = 0,
    bytes: int = 0,
    alpha: float = 0.5,
    best: bool = False,
    lcs: bool = True,
    w: Optional[float] = None,
    skip: Optional[int] = None,
    skip_unigrams: bool = False,
) -> dict[str, RougeScore]: ...
