using Attest.Reports.Exports.Cameo;

namespace Attest.Web.Rendering;

/// <summary>CAMEO codes with their root category's name (the exports' table), so pages say "190 fight" rather than "190".</summary>
public static class CameoRoots
{
    /// <summary>A root with its name: "19 fight".</summary>
    public static string Label(string root) => Describe(root);

    /// <summary>Any code (2 to 4 digits) with its root's name: "0231 appeal"; a code with no known root stays as it is.</summary>
    public static string Describe(string? code) =>
        code is { Length: >= 2 } && CameoCodes.QuadClass(code[..2]) is not null ? $"{code} {CameoCodes.RootName(code[..2]).ToLowerInvariant()}" : code ?? "—";
}
