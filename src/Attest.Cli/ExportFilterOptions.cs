using System.CommandLine;
using Attest.Reports.Model;

namespace Attest.Cli;

/// <summary>The filters shared by <c>export</c>, <c>report</c> and <c>feed</c>: one set of items, whatever the output.</summary>
public sealed class ExportFilterOptions
{
    private readonly Option<DateOnly?> from = DateOption.Create("--from", "Only events dated on or after this date (event date, else publication date); claims and sources by publication date.");
    private readonly Option<DateOnly?> to = DateOption.Create("--to", "Only items dated on or before this date.");
    private readonly Option<string?> actor = new("--actor") { Description = "Only events whose actor or target, and claims whose speaker, is this (name part, record id or country code)." };
    private readonly Option<string?> place = new("--place") { Description = "Only events at this place (name part or record id), and the claims that report them." };
    private readonly Option<string?> eventType = new("--event-type") { Description = "Only events whose CAMEO code starts with this (e.g. 14 = protests, 19 = fighting), and the claims that report them." };
    private readonly Option<string?> status = new("--status") { Description = "Only items with this corroboration status (single-source, anonymous-only, one-sided, corroborated, contested)." };
    private readonly Option<string?> query = new("--query") { Description = "Only items from sources matching this full-text search (same syntax as `attest search`)." };
    private readonly Option<bool> includeSensitive = new("--include-sensitive") { Description = "Keep sensitive fields (today: local file paths sources were added from); leave them out unless your role allows sharing them." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { from, to, actor, place, eventType, status, query, includeSensitive })
        {
            command.Options.Add(option);
        }
    }

    public ExportFilter Read(ParseResult parse) => new(
        parse.GetValue(from), parse.GetValue(to), parse.GetValue(actor), parse.GetValue(place), parse.GetValue(eventType),
        parse.GetValue(status), parse.GetValue(query), parse.GetValue(includeSensitive));
}
