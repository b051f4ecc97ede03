using System.CommandLine;
using Attest.Workspace;

namespace Attest.Cli.Commands;

/// <summary><c>attest init [FOLDER]</c>: creates a workspace (<c>.attest/</c>) with its database and blob store.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo?>("folder") { Description = "Where to create the workspace (default: here).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("init", "Create a workspace in ./.attest (SQLite by default; --database for PostgreSQL).") { folder };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(folder)?.FullName ?? Environment.CurrentDirectory;
            var existed = Directory.Exists(Path.Combine(root, WorkspaceLayout.FolderName));
            using var workspace = AttestWorkspace.Init(root, CommonOptions.DatabaseOf(parse));
            Console.WriteLine(existed
                ? $"Workspace already in {workspace.Layout.Folder}; schema up to date ({workspace.Store.Provider.Name}: {workspace.Store.Provider.Description})."
                : $"Created workspace in {workspace.Layout.Folder} ({workspace.Store.Provider.Name}: {workspace.Store.Provider.Description}).");
            return 0;
        });
        return command;
    }
}
