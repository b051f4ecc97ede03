using System.CommandLine;
using Attest.Reports.Feeds;
using Attest.Reports.Model;

namespace Attest.Cli.Commands;

/// <summary><c>attest feed --out FILE</c>: an Atom feed of the newest events and claims, for feed readers and monitoring.</summary>
public static class FeedCommand
{
    public static Command Create()
    {
        var filters = new ExportFilterOptions();
        var output = new Option<string?>("--out") { Description = "Write the feed to this file (default: standard output)." };
        var title = new Option<string>("--title") { Description = "The feed's title.", DefaultValueFactory = _ => "Attest: newest events and claims" };
        var limit = new Option<int>("--limit") { Description = "At most this many entries, newest first.", DefaultValueFactory = _ => 200 };
        var command = new Command("feed", "Write an Atom feed of the newest events and claims (newly added until reviews exist).") { output, title, limit };
        filters.AddTo(command);
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var set = new ExportBuilder(workspace.Store).Build(filters.Read(parse));
            var feed = AtomFeed.Build(set, parse.GetValue(title)!, Math.Max(1, parse.GetValue(limit)), DateTimeOffset.UtcNow);
            OutputFile.Write(parse.GetValue(output), s => AtomFeed.Write(feed, s));
            Console.Error.WriteLine($"feed: {feed.Root!.Elements().Count(e => e.Name.LocalName == "entry")} entr(ies).");
            return 0;
        });
        return command;
    }
}
