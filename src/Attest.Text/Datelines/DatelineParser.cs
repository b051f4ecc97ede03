using Attest.Core.Sources;

namespace Attest.Text.Datelines;

/// <summary>Finds a news dateline at the start of a report (placeholder until implemented).</summary>
public static class DatelineParser
{
    public static Dateline? Parse(string text) => null;
}
