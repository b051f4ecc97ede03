using Attest.Ingest.Readers;
using Attest.Ingest.Reading;

namespace Attest.Ingest;

/// <summary>Assembles a <see cref="SourceCapture"/>: which readers it uses and which clock stamps fetch times.</summary>
public sealed class SourceCaptureBuilder
{
    private readonly List<ISourceReader> readers = [];
    private TimeProvider clock = TimeProvider.System;

    /// <summary>Plain text and Markdown, HTML, PDF, DOCX and e-mail readers; RSS/Atom feeds are always understood.</summary>
    public SourceCaptureBuilder UseDefaultReaders()
    {
        readers.Add(new PlainTextReader());
        readers.Add(new HtmlReader());
        readers.Add(new PdfReader());
        readers.Add(new DocxReader());
        readers.Add(new EmailReader());
        return this;
    }

    /// <summary>The clock that stamps <c>FetchedAt</c> (a fixed one makes tests repeatable).</summary>
    public SourceCaptureBuilder UseClock(TimeProvider timeProvider)
    {
        clock = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        return this;
    }

    public SourceCapture Build()
    {
        var byKind = new Dictionary<ContentKind, ISourceReader>();
        foreach (var reader in readers)
        {
            foreach (var kind in reader.Kinds)
            {
                byKind[kind] = reader;
            }
        }

        return new SourceCapture(byKind, clock);
    }
}
