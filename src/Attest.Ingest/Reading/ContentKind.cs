namespace Attest.Ingest.Reading;

/// <summary>The format an input's bytes were recognised as; it picks the reader.</summary>
internal enum ContentKind
{
    PlainText,
    Markdown,
    Html,
    Pdf,
    Docx,
    Feed,
    Email,
    Binary,
}
