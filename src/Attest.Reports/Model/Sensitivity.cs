namespace Attest.Reports.Model;

/// <summary>
/// Which exported fields are sensitive, and how they read when left out. Today: the local path a file was added from (it names
/// the analyst's account and folders), reduced to the file name. Fields that later stages add (e.g. victims' names in reviewed
/// incidents) belong here too, so every format drops them the same way unless <see cref="ExportFilter.IncludeSensitive"/> is set.
/// </summary>
public static class Sensitivity
{
    public static string SourceOrigin(string origin, bool include) =>
        include || Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "urn"
            ? origin
            : Path.GetFileName(origin.TrimEnd('/', '\\')) is { Length: > 0 } name ? name : origin;
}
