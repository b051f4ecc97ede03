using Attest.Ingest.Reading;

namespace Attest.Ingest.Readers;

/// <summary>Reads one document format (plain text, HTML, PDF, DOCX) into text and metadata.</summary>
internal interface ISourceReader
{
    /// <summary>The formats this reader handles.</summary>
    IReadOnlyCollection<ContentKind> Kinds { get; }

    /// <summary>Reads the input's text and the metadata its format carries.</summary>
    /// <exception cref="UnreadableSourceException">The input is corrupt or holds no text; the message says why.</exception>
    ReadDocument Read(RawInput input, ContentKind kind);
}
