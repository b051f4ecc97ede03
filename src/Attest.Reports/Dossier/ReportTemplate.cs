using Fluid;

namespace Attest.Reports.Dossier;

/// <summary>The dossier layout: a Liquid page and its CSS, from a team's template folder or the ones shipped in templates/report.</summary>
public sealed class ReportTemplate
{
    private static readonly FluidParser Parser = new();

    private ReportTemplate(IFluidTemplate page, string css, string origin)
    {
        Page = page;
        Css = css;
        Origin = origin;
    }

    public IFluidTemplate Page { get; }
    public string Css { get; }

    /// <summary>Where the layout came from (a folder, or "built-in").</summary>
    public string Origin { get; }

    /// <summary>Loads <c>dossier.liquid</c> and <c>dossier.css</c> from <paramref name="folder"/>; a file the folder lacks comes from the shipped layout.</summary>
    /// <exception cref="InvalidDataException">The page is not valid Liquid (the message says where).</exception>
    public static ReportTemplate Load(string? folder = null)
    {
        string Read(string name) =>
            folder is not null && File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : Shipped(name);

        var source = Read("dossier.liquid");
        if (!Parser.TryParse(source, out var page, out var error))
        {
            throw new InvalidDataException($"{(folder is null ? "built-in" : Path.Combine(folder, "dossier.liquid"))}: not a valid template: {error}");
        }

        return new ReportTemplate(page, Read("dossier.css"), folder ?? "built-in");
    }

    private static string Shipped(string name)
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream($"Attest.Reports.Templates.{name}")
            ?? throw new InvalidOperationException($"The report template {name} (templates/report) is not embedded in Attest.Reports.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
