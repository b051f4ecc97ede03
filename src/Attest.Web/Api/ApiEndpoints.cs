using Attest.Store.Extractions;
using Attest.Store.Reviews;
using Attest.Store.Search;
using Attest.Store.Sources;
using Attest.Web.Accounts;
using Attest.Web.Reviewing;
using Attest.Workspace;

namespace Attest.Web.Api;

/// <summary>The JSON API under <c>/api/</c>: what the pages show, for scripts; every call needs a user's bearer token.</summary>
public static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        // The original bytes, for people signed in to the pages; sent as a download so stored HTML never runs in the app's origin.
        app.MapGet("/sources/{id}/original", (string id, AttestWorkspace workspace) =>
                workspace.Store.Sources.Get(id) is { } source && workspace.Blobs.Exists(source.Sha256)
                    ? Results.File(workspace.Blobs.Open(source.Sha256), "application/octet-stream", Path.GetFileName(source.Metadata.Origin) is { Length: > 0 } name ? name : source.Id)
                    : Results.NotFound())
            .RequireAuthorization().ExcludeFromDescription();

        var api = app.MapGroup("/api").RequireAuthorization().WithTags("Attest");
        // The local path a file was added from is sensitive: the same rule as exports, by the caller's role.
        api.MapGet("/sources", (AttestWorkspace w, HttpContext http, DateOnly? from, DateOnly? to, string? outlet) =>
            w.Store.Sources.List(new SourceFilter(from, to, outlet)).Select(s => s with { Metadata = SensitiveFields.Metadata(http.User, s.Metadata) }));
        api.MapGet("/sources/{id}", (AttestWorkspace w, HttpContext http, string id) =>
            w.Store.Sources.Get(id) is { } s
                ? Results.Ok(new { source = s with { Metadata = SensitiveFields.Metadata(http.User, s.Metadata) }, extraction = w.Store.Extractions.Get(s.Id), reviews = w.Store.Reviews.ForSource(s.Id) })
                : Results.NotFound());
        api.MapGet("/claims", (AttestWorkspace w, string? speaker, string? source, DateOnly? from, DateOnly? to, string? status, int? limit, int? offset) =>
            w.Store.Extractions.Claims(new ItemFilter(source, speaker, From: from, To: to, Limit: Math.Clamp(limit ?? 100, 1, 1000), Status: status) { Offset = Math.Max(0, offset ?? 0) }));
        api.MapGet("/claims/{sourceId}/{itemId}", (AttestWorkspace w, string sourceId, string itemId) =>
            ItemReviewing.FindClaim(w, sourceId, itemId) is { } c
                ? Results.Ok(new { sourceId, claim = c, review = w.Store.Reviews.Get(sourceId, ItemReview.Claim, itemId), history = w.Store.Audit.Entries(ItemReview.ItemSubject(sourceId, itemId)) })
                : Results.NotFound());
        api.MapGet("/events", (AttestWorkspace w, string? cameo, string? entity, string? source, DateOnly? from, DateOnly? to, string? status, int? limit, int? offset) =>
            w.Store.Extractions.Events(new ItemFilter(source, Entity: entity, Cameo: cameo, From: from, To: to, Limit: Math.Clamp(limit ?? 100, 1, 1000), Status: status) { Offset = Math.Max(0, offset ?? 0) }));
        api.MapGet("/events/{sourceId}/{itemId}", (AttestWorkspace w, string sourceId, string itemId) =>
            ItemReviewing.FindEvent(w, sourceId, itemId) is { } v
                ? Results.Ok(new { sourceId, @event = v, review = w.Store.Reviews.Get(sourceId, ItemReview.Event, itemId), history = w.Store.Audit.Entries(ItemReview.ItemSubject(sourceId, itemId)) })
                : Results.NotFound());
        api.MapGet("/entities", (AttestWorkspace w, string q) =>
            TooLong("q", q) ?? Results.Ok(w.Store.Knowledge.Find(q)));
        api.MapGet("/entities/{id}", (AttestWorkspace w, string id) =>
            w.Store.Knowledge.Find(id) is [var record, ..]
                ? Results.Ok(new { record, mentions = w.Store.Knowledge.Mentions(record.Id) })
                : Results.NotFound());
        api.MapGet("/search", (AttestWorkspace w, HttpContext http, string q, DateOnly? from, DateOnly? to, string? outlet, int? limit) =>
            TooLong("q", q) ?? TooLong("outlet", outlet) ?? Results.Ok(w.Store.Search.Find(new SearchQuery(q, from, to, outlet, Math.Clamp(limit ?? 20, 1, 200)))
                .Select(h => new { h.SourceId, h.Title, h.Outlet, h.Published, Origin = SensitiveFields.Origin(http.User, h.Origin), h.Rank, snippet = h.SnippetWith("**", "**") })));
        api.MapGet("/clusters", (AttestWorkspace w) => w.Store.Corroboration.ClusterIds());
        api.MapGet("/clusters/{id}", (AttestWorkspace w, string id) =>
            w.Store.Corroboration.Cluster(id) is { } cluster ? Results.Ok(cluster) : Results.NotFound());
        api.MapGet("/clusters/of/{sourceId}/{itemId}", (AttestWorkspace w, string sourceId, string itemId) =>
            w.Store.Corroboration.ClusterOf(sourceId, itemId) is { } id && w.Store.Corroboration.Cluster(id) is { } cluster ? Results.Ok(cluster) : Results.NotFound());
        api.MapGet("/incidents", (AttestWorkspace w, HttpContext http) =>
            w.Store.Incidents.List().Select(i => UserPrincipal.SeesSensitive(http.User) ? i : i.WithoutSensitiveFields()));

        var review = api.MapGroup("/reviews").RequireAuthorization(UserPrincipal.AnalystPolicy);
        review.MapPost("/claims/{sourceId}/{itemId}", (AttestWorkspace w, HttpContext http, string sourceId, string itemId, ClaimCorrection body) =>
            Answer(ItemReviewing.Review(w, sourceId, itemId, body, UserPrincipal.NameOf(http.User))));
        review.MapPost("/events/{sourceId}/{itemId}", (AttestWorkspace w, HttpContext http, string sourceId, string itemId, EventCorrection body) =>
            Answer(ItemReviewing.Review(w, sourceId, itemId, body, UserPrincipal.NameOf(http.User))));
        review.MapGet("/queue", (AttestWorkspace w, string? kind, int? limit, int? offset) =>
            w.Store.Reviews.Queue(kind == ItemReview.Event ? ItemReview.Event : ItemReview.Claim, Math.Clamp(limit ?? 50, 1, 500), Math.Max(0, offset ?? 0)));
    }

    // A query past the limit is refused with the field's name, as the pages do.
    private static IResult? TooLong(string field, string? value) =>
        FieldLimits.TooLong(field, value, FieldLimits.Query) is { } problem ? Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest) : null;

    private static IResult Answer((ItemReview? Review, string? Error) outcome) =>
        outcome.Review is not null
            ? Results.Ok(outcome.Review)
            : outcome.Error!.EndsWith("not in the workspace", StringComparison.Ordinal)
                ? Results.Problem(outcome.Error, statusCode: StatusCodes.Status404NotFound)
                : Results.Problem(outcome.Error, statusCode: StatusCodes.Status400BadRequest);
}
