using Attest.Core.Extraction;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary>The readable view of an extraction: each sentence with its claims, events and resolved dates.</summary>
public static class ExtractionView
{
    public static void Render(IAnsiConsole console, string text, ExtractionResult result)
    {
        var d = result.Document;
        console.MarkupLine($"[bold]{Markup.Escape(d.Title ?? "(untitled)")}[/]  published {Markup.Escape(d.Published ?? "unknown")}" +
                           (d.Dateline is { } dl ? $"  dateline {Markup.Escape(dl.Text)}" : string.Empty));
        var entityNames = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        var number = 0;
        foreach (var sentence in result.Sentences)
        {
            number++;
            console.WriteLine();
            console.MarkupLine($"[grey]{number,3}[/] {Markup.Escape(text[sentence.Start..sentence.End].ReplaceLineEndings(" "))}");
            foreach (var claim in result.Claims.Where(c => c.Start >= sentence.Start && c.Start < sentence.End))
            {
                var speaker = claim.Speaker.Name ?? claim.Speaker.Kind;
                console.MarkupLine($"    [green]claim[/] {Markup.Escape(speaker)} ({claim.Speaker.Kind}, {Markup.Escape(claim.Cue ?? "-")}) → " +
                                   $"{Markup.Escape(claim.Text)}" + (claim.Via is null ? string.Empty : $" [grey]via {claim.Via}[/]"));
            }

            foreach (var ev in result.Events.Where(e => e.Start >= sentence.Start && e.Start < sentence.End))
            {
                var flags = (ev.Negated ? " [red]negated[/]" : string.Empty) + (ev.Hypothetical ? " [yellow]hypothetical[/]" : string.Empty);
                console.MarkupLine($"    [blue]event[/] CAMEO {ev.Cameo} {Markup.Escape(ev.Source.Name)} → {Markup.Escape(ev.Target?.Name ?? "-")}" +
                                   $" at {Markup.Escape(ev.Location?.Name ?? "-")} on {Markup.Escape(ev.Date?.Value ?? "-")}{flags}");
            }

            foreach (var date in result.Dates.Where(x => x.Start >= sentence.Start && x.Start < sentence.End))
            {
                console.MarkupLine($"    [yellow]date[/] {Markup.Escape(date.Text)} = {Markup.Escape(date.Value ?? "unresolved")} ({date.Precision})");
            }
        }

        console.WriteLine();
        console.MarkupLine($"[bold]{result.Entities.Count}[/] entities, [bold]{result.Claims.Count}[/] claims, [bold]{result.Events.Count}[/] events, " +
                           $"[bold]{result.Dates.Count}[/] dates, [bold]{result.Quantities.Count}[/] quantities");
        _ = entityNames;
    }
}
