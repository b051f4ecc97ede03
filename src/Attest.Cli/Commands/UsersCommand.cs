using System.CommandLine;
using Attest.Store.Accounts;
using Attest.Web.Accounts;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest users</c>: accounts for the web application — add (password from standard input), list, role, token.</summary>
public static class UsersCommand
{
    public const int MinimumPasswordLength = 10;

    public static Command Create()
    {
        var command = new Command("users", "Manage who can sign in to the web application (attest serve) and their API tokens.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Role());
        command.Subcommands.Add(Token());
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The user's sign-in name." };
        var role = new Option<string>("--role") { Description = "viewer (reads), analyst (also reviews and sees witness fields) or admin (also manages users).", DefaultValueFactory = _ => UserRoles.Viewer };
        role.AcceptOnlyFromAmong([.. UserRoles.All]);
        var command = new Command("add", "Add a user; the password is read from standard input (first line), or asked for on a terminal.") { name, role };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var user = parse.GetValue(name)!.Trim();
            if (user.Length == 0 || user.Any(char.IsWhiteSpace))
            {
                Console.Error.WriteLine($"attest users add: name '{user}': must be one word without spaces");
                return 2;
            }

            var password = ReadPassword();
            if (password is null || password.Length < MinimumPasswordLength)
            {
                Console.Error.WriteLine($"attest users add: password: must be at least {MinimumPasswordLength} characters (read from standard input)");
                return 2;
            }

            if (!workspace.Store.Accounts.Add(user, parse.GetValue(role)!, PasswordHashing.Hash(password), CommonOptions.ActorOf(parse)))
            {
                Console.Error.WriteLine($"attest users add: user '{user}' already exists");
                return 1;
            }

            Console.Out.WriteLine($"Added user {user} ({parse.GetValue(role)}).");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List users and their roles.");
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            foreach (var user in workspace.Store.Accounts.List())
            {
                Console.Out.WriteLine($"{user.Name}\t{user.Role}\t{user.CreatedAt:yyyy-MM-dd}");
            }

            return 0;
        });
        return command;
    }

    private static Command Role()
    {
        var name = new Argument<string>("name") { Description = "The user." };
        var role = new Argument<string>("role") { Description = "viewer, analyst or admin." };
        role.AcceptOnlyFromAmong([.. UserRoles.All]);
        var command = new Command("role", "Change a user's role.") { name, role };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            if (!workspace.Store.Accounts.SetRole(parse.GetValue(name)!, parse.GetValue(role)!, CommonOptions.ActorOf(parse)))
            {
                Console.Error.WriteLine($"attest users role: no user '{parse.GetValue(name)}'");
                return 1;
            }

            Console.Out.WriteLine($"{parse.GetValue(name)} is now {parse.GetValue(role)}.");
            return 0;
        });
        return command;
    }

    private static Command Token()
    {
        var name = new Argument<string>("name") { Description = "The user the token acts as." };
        var command = new Command("token", "Print a new API token for a user (send it as 'Authorization: Bearer TOKEN'); only its hash is stored.") { name };
        command.SetAction(parse =>
        {
            using var workspace = CommonOptions.OpenWorkspace(parse);
            if (workspace is null)
            {
                return 2;
            }

            var token = workspace.Store.Accounts.NewToken(parse.GetValue(name)!, CommonOptions.ActorOf(parse));
            if (token is null)
            {
                Console.Error.WriteLine($"attest users token: no user '{parse.GetValue(name)}'");
                return 1;
            }

            Console.Out.WriteLine(token);
            return 0;
        });
        return command;
    }

    private static string? ReadPassword()
    {
        if (!Console.IsInputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            return AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
        }

        return Console.In.ReadLine()?.TrimEnd('\r', '\n');
    }
}
