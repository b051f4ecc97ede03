namespace Attest.Text;

/// <summary>What the pipeline knows about a document before reading it (from capture metadata or the command line).</summary>
public sealed record DocumentContext(DateOnly? Published = null, string? Title = null, string? Sha256 = null, string? Language = null);
