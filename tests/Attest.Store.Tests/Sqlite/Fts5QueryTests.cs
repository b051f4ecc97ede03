using Attest.Store.Sqlite;

namespace Attest.Store.Tests.Sqlite;

public sealed class Fts5QueryTests
{
    [Theory]
    [InlineData("Security Council", "\"Security\" AND \"Council\"")]
    [InlineData("\"Security Council\" Kashmir", "\"Security Council\" AND \"Kashmir\"")]
    [InlineData("Kashmir OR Jammu", "(\"Kashmir\" OR \"Jammu\")")]
    [InlineData("Kashmir -Ladakh", "\"Kashmir\" NOT \"Ladakh\"")]
    [InlineData("say \"no", "\"say\" AND \"no\"")]
    [InlineData("NEAR( * ^", "\"NEAR(\"")]
    [InlineData("-only", "")]
    public void Web_search_syntax_becomes_a_safe_fts5_query(string input, string expected) =>
        Assert.Equal(expected, Fts5Query.FromWebSearch(input));
}
