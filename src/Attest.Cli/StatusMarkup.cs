using Attest.Core.Corroboration;

namespace Attest.Cli;

/// <summary>A support status as coloured console markup, so disputed and weakly sourced items stand out in lists.</summary>
public static class StatusMarkup
{
    public static string Of(string? status) => status switch
    {
        null => "[grey]unclustered[/]",
        SupportStatus.Contested => "[red]contested[/]",
        SupportStatus.AnonymousOnly => "[yellow]anonymous-only[/]",
        SupportStatus.SingleSource => "[grey]single-source[/]",
        SupportStatus.OneSided => "[darkorange]one-sided[/]",
        SupportStatus.Corroborated => "[green]corroborated[/]",
        _ => status,
    };
}
