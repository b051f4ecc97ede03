using System.CommandLine;
using Attest.Workspace;

namespace Attest.Cli;

/// <summary>Options shared by the commands that open a workspace, and how they open it.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Database = new("--database")
    {
        Description = "PostgreSQL connection string (or postgresql:// URL) instead of the workspace's SQLite file; default $ATTEST_DATABASE.",
        Recursive = true,
    };

    public static readonly Option<string?> Actor = new("--actor")
    {
        Description = "Who is making the change, for the audit log; default $ATTEST_USER or the login name.",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table." };

    public static string ActorOf(ParseResult parse) =>
        parse.GetValue(Actor) ?? Environment.GetEnvironmentVariable("ATTEST_USER") ?? Environment.UserName;

    public static string? DatabaseOf(ParseResult parse) =>
        parse.GetValue(Database) ?? (Environment.GetEnvironmentVariable("ATTEST_DATABASE") is { Length: > 0 } env ? env : null);

    /// <summary>Opens the workspace found upward from the current folder, or explains how to make one.</summary>
    public static AttestWorkspace? OpenWorkspace(ParseResult parse)
    {
        var layout = WorkspaceLayout.FindFrom(Environment.CurrentDirectory);
        if (layout is null)
        {
            Console.Error.WriteLine($"attest: no workspace here or in any folder above {Environment.CurrentDirectory}; run `attest init` first.");
            return null;
        }

        return AttestWorkspace.Open(layout, DatabaseOf(parse));
    }
}
