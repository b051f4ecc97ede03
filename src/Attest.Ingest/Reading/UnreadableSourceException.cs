namespace Attest.Ingest.Reading;

/// <summary>Raised by a reader when an input cannot become a source; its message is the one-line reason shown to the user.</summary>
internal sealed class UnreadableSourceException(string reason, Exception? inner = null) : Exception(reason, inner);
