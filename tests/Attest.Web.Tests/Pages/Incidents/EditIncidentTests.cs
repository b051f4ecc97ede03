using System.Net;
using Attest.Store.Reviews;

namespace Attest.Web.Tests.Pages.Incidents;

/// <summary>The audited incident edit page: an analyst's change is saved and logged with who made it; a viewer can neither open nor post it.</summary>
public sealed class EditIncidentTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task An_analysts_edit_is_saved_and_its_changes_appear_in_the_audit_log()
    {
        var incident = AddIncident("Old Mill Crossing");
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AnalystName, WebWorkspace.Password);
        var fields = IncidentForms.Valid(incident.Sources, "New Mill Crossing");
        fields["Form.VictimCount"] = "3";
        fields["Form.WitnessName"] = "Witness Tamsin";

        var response = await IncidentForms.Post(client, $"/incidents/{incident.Id}/edit", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/incidents/{incident.Id}", response.Headers.Location!.OriginalString);
        using var open = workspace.Open();
        var saved = open.Store.Incidents.Get(incident.Id)!;
        Assert.Equal(("New Mill Crossing", 3, "Witness Tamsin"), (saved.Place, saved.VictimCount, saved.WitnessName));
        Assert.Equal((incident.CreatedBy, incident.CreatedAt), (saved.CreatedBy, saved.CreatedAt));
        var edit = Assert.Single(open.Store.Audit.Entries(incident.Id), e => e.Action == "incident.edit");
        Assert.Equal(WebWorkspace.AnalystName, edit.Actor);
        Assert.Contains("place: Old Mill Crossing → New Mill Crossing", edit.Details);
        Assert.Contains("victim count: 2 → 3", edit.Details);
        Assert.Contains("witness fields changed", edit.Details);
        Assert.DoesNotContain("Witness Tamsin", edit.Details);
        var history = (await HtmlPages.Get(client, $"/incidents/{incident.Id}")).QuerySelectorAll("tr.history-entry").Select(HtmlPages.Cells);
        Assert.Contains(history, row => row.Contains($"{WebWorkspace.AnalystName} | incident.edit | place: Old Mill Crossing → New Mill Crossing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_with_a_bad_value_is_refused_and_the_incident_stays_as_it_was()
    {
        var incident = AddIncident("Stone Ford");
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AnalystName, WebWorkspace.Password);
        var fields = IncidentForms.Valid("not-a-source-id", "Moved Ford");

        var response = await IncidentForms.Post(client, $"/incidents/{incident.Id}/edit", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sources: 'not-a-source-id' is not a source in this workspace", await IncidentForms.Alert(response));
        using var open = workspace.Open();
        Assert.Equal("Stone Ford", open.Store.Incidents.Get(incident.Id)!.Place);
        Assert.DoesNotContain(open.Store.Audit.Entries(incident.Id), e => e.Action == "incident.edit");
    }

    [Fact]
    public async Task A_viewer_can_neither_open_nor_post_the_edit_page()
    {
        var incident = AddIncident("Quiet Orchard");
        var viewer = factory.Browser();
        await AttestWebFactory.SignIn(viewer, WebWorkspace.ViewerName, WebWorkspace.Password);
        var token = await AttestWebFactory.FormToken(viewer, $"/incidents/{incident.Id}");

        var open = await viewer.GetAsync($"/incidents/{incident.Id}/edit");
        var post = await viewer.PostAsync($"/incidents/{incident.Id}/edit", new FormUrlEncodedContent(
            new Dictionary<string, string>(IncidentForms.Valid(incident.Sources, "Taken Orchard")) { ["__RequestVerificationToken"] = token }));

        Assert.StartsWith("/denied", open.Headers.Location?.PathAndQuery);
        Assert.StartsWith("/denied", post.Headers.Location?.PathAndQuery);
        using var store = workspace.Open();
        Assert.Equal("Quiet Orchard", store.Store.Incidents.Get(incident.Id)!.Place);
        Assert.DoesNotContain(store.Store.Audit.Entries(incident.Id), e => e.Action == "incident.edit");
    }

    private Incident AddIncident(string place)
    {
        using var open = workspace.Open();
        var source = open.Store.Sources.List().First().Id;
        return open.Store.Incidents.Add(new Incident("", new DateOnly(2019, 8, 9), place, "unidentified armed men", "two farmers", 2, "injury",
            source, null, null, "", DateTimeOffset.MinValue), "test-setup");
    }
}
