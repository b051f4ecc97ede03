using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attest.Core.Audit;
using Attest.Store.Audit;
using Attest.Store.Providers;

namespace Attest.Store.Accounts;

/// <summary>User accounts and their API tokens; every change is audited, and neither passwords nor tokens are ever stored.</summary>
public sealed class AccountStore(IStoreProvider provider, AuditLog audit)
{
    /// <summary>Adds a user; false when the name is taken (nothing changes then).</summary>
    public bool Add(string name, string role, string passwordHash, string actor)
    {
        if (!UserRoles.IsKnown(role))
        {
            throw new ArgumentException($"role '{role}' is not one of {string.Join(", ", UserRoles.All)}", nameof(role));
        }

        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        if (Read(transaction, name) is not null)
        {
            transaction.Rollback();
            return false;
        }

        Execute(transaction, "INSERT INTO users (name, role, password_hash, created_at, security_stamp) VALUES (@name, @role, @hash, @at, @stamp)", c => c
            .AddParameter("name", name).AddParameter("role", role).AddParameter("hash", passwordHash)
            .AddParameter("at", AuditChain.Truncate(DateTimeOffset.UtcNow)).AddParameter("stamp", NewStamp()));
        audit.Append(transaction, actor, "user.add", "user " + name, "role=" + role, State(name, role));
        transaction.Commit();
        return true;
    }

    /// <summary>Changes a user's role; false when there is no such user.</summary>
    public bool SetRole(string name, string role, string actor)
    {
        if (!UserRoles.IsKnown(role))
        {
            throw new ArgumentException($"role '{role}' is not one of {string.Join(", ", UserRoles.All)}", nameof(role));
        }

        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        if (Read(transaction, name) is null)
        {
            transaction.Rollback();
            return false;
        }

        Execute(transaction, "UPDATE users SET role = @role, security_stamp = @stamp WHERE name = @name", c => c
            .AddParameter("name", name).AddParameter("role", role).AddParameter("stamp", NewStamp()));
        audit.Append(transaction, actor, "user.role", "user " + name, "role=" + role, State(name, role));
        transaction.Commit();
        return true;
    }

    /// <summary>Replaces a user's password hash; false when there is no such user.</summary>
    public bool SetPassword(string name, string passwordHash, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        if (Read(transaction, name) is not { } user)
        {
            transaction.Rollback();
            return false;
        }

        Execute(transaction, "UPDATE users SET password_hash = @hash, security_stamp = @stamp WHERE name = @name", c => c
            .AddParameter("name", name).AddParameter("hash", passwordHash).AddParameter("stamp", NewStamp()));
        audit.Append(transaction, actor, "user.password", "user " + name, "password changed", State(name, user.Role));
        transaction.Commit();
        return true;
    }

    /// <summary>
    /// Gives the user a new security stamp, which ends every session started before (on sign-out: a copied cookie stops working).
    /// Not audited: it changes no right and no record, only which sessions are valid.
    /// </summary>
    public bool RenewStamp(string name)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        if (Read(transaction, name) is null)
        {
            transaction.Rollback();
            return false;
        }

        Execute(transaction, "UPDATE users SET security_stamp = @stamp WHERE name = @name", c => c.AddParameter("name", name).AddParameter("stamp", NewStamp()));
        transaction.Commit();
        return true;
    }

    public UserAccount? Get(string name)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, role, password_hash, created_at, security_stamp FROM users WHERE name = @name";
        command.AddParameter("name", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadUser(reader) : null;
    }

    public IReadOnlyList<UserAccount> List()
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, role, password_hash, created_at, security_stamp FROM users ORDER BY name";
        using var reader = command.ExecuteReader();
        var users = new List<UserAccount>();
        while (reader.Read())
        {
            users.Add(ReadUser(reader));
        }

        return users;
    }

    /// <summary>Makes a new random API token for the user and returns it; only its SHA-256 is stored. Null when there is no such user.</summary>
    public string? NewToken(string name, string actor)
    {
        using var connection = provider.OpenConnection();
        using var transaction = provider.BeginWrite(connection);
        if (Read(transaction, name) is null)
        {
            transaction.Rollback();
            return null;
        }

        var token = "att_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var hash = TokenHash(token);
        Execute(transaction, "INSERT INTO api_tokens (token_hash, user_name, created_at) VALUES (@hash, @name, @at)", c => c
            .AddParameter("hash", hash).AddParameter("name", name).AddParameter("at", AuditChain.Truncate(DateTimeOffset.UtcNow)));
        // The audit entry names the token by a prefix of its hash, which identifies it without letting anyone use it.
        audit.Append(transaction, actor, "user.token", "user " + name, "token=" + hash[..12], hash);
        transaction.Commit();
        return token;
    }

    /// <summary>The user an API token belongs to, or null for an unknown token.</summary>
    public UserAccount? FindByToken(string token)
    {
        using var connection = provider.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT u.name, u.role, u.password_hash, u.created_at, u.security_stamp FROM api_tokens t JOIN users u ON u.name = t.user_name WHERE t.token_hash = @hash";
        command.AddParameter("hash", TokenHash(token));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadUser(reader) : null;
    }

    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string State(string name, string role) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{name.Length}:{name};{role}"))));

    private static UserAccount? Read(DbTransaction transaction, string name)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name, role, password_hash, created_at, security_stamp FROM users WHERE name = @name";
        command.AddParameter("name", name);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadUser(reader) : null;
    }

    private static UserAccount ReadUser(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4));

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static void Execute(DbTransaction transaction, string sql, Action<DbCommand> bind)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command);
        command.ExecuteNonQuery();
    }
}
