using System.CommandLine;
using Attest.Store.Extractions;

namespace Attest.Cli;

/// <summary>The filters shared by <c>claims</c>, <c>events</c> and <c>entities</c>.</summary>
public sealed class ItemFilterOptions
{
    private readonly Option<string?> source = new("--source") { Description = "Only items from this source (id or id prefix)." };
    private readonly Option<string?> speaker = new("--speaker") { Description = "Only claims by this speaker (name part, or a kind: anonymous, person, author…)." };
    private readonly Option<string?> entity = new("--entity") { Description = "Only items naming this entity (speaker, actor, target, or an entity's name/alias; a country code matches actors)." };
    private readonly Option<string?> code = new("--code") { Description = "Only events whose CAMEO code starts with this (e.g. 04, 112)." };
    private readonly Option<DateOnly?> from = DateOption.Create("--from", "Only items dated on or after this date (event date, else publication date).");
    private readonly Option<DateOnly?> to = DateOption.Create("--to", "Only items dated on or before this date.");
    private readonly Option<string?> status = new("--status")
    {
        Description = "Only claims or events whose cluster has this support status: contested, anonymous-only, single-source, one-sided, corroborated.",
    };

    private readonly Option<int> limit = new("--limit") { Description = "At most this many items.", DefaultValueFactory = _ => 500 };

    public ItemFilterOptions()
    {
        status.AcceptOnlyFromAmong([.. Attest.Core.Corroboration.SupportStatus.All]);
    }

    /// <param name="withStatus">Claims and events have a support status; entities do not.</param>
    public void AddTo(Command command, bool withStatus = false)
    {
        foreach (var option in new Option[] { source, speaker, entity, code, from, to, limit })
        {
            command.Options.Add(option);
        }

        if (withStatus)
        {
            command.Options.Add(status);
        }
    }

    public ItemFilter Read(ParseResult parse) => new(
        parse.GetValue(source), parse.GetValue(speaker), parse.GetValue(entity), parse.GetValue(code),
        parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit), parse.GetValue(status));
}
