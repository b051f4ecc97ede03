using System.Data.Common;
using Attest.Store.Migrations;
using Attest.Store.Search;

namespace Attest.Store.Providers;

/// <summary>What differs between database engines; everything else in the store is written once against ADO.NET.</summary>
public interface IStoreProvider
{
    /// <summary>A short name for messages: "sqlite" or "postgresql".</summary>
    string Name { get; }

    /// <summary>Where the data lives, with any password removed, for messages.</summary>
    string Description { get; }

    IReadOnlyList<Migration> Migrations { get; }

    DbConnection OpenConnection();

    /// <summary>Starts a transaction that is the only writer until it ends, so audit entries chain in order.</summary>
    DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Keeps two processes from migrating at once; released when the connection closes or the lock is disposed.</summary>
    IDisposable LockForMigration(DbConnection connection);

    /// <summary>Makes a stored source findable by full-text search, in the caller's transaction.</summary>
    void Index(DbTransaction transaction, string sourceId, string? title, string text);

    /// <summary>The ranked search, or null when the query has no searchable words (nothing can match).</summary>
    DbCommand? CreateSearchCommand(DbConnection connection, SearchQuery query);
}
