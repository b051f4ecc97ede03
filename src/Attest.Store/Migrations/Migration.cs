namespace Attest.Store.Migrations;

/// <summary>One numbered schema change, as SQL for one engine.</summary>
public sealed record Migration(int Version, string Name, string Sql);
