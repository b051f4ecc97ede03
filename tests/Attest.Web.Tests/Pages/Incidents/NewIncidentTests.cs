using System.Net;

namespace Attest.Web.Tests.Pages.Incidents;

/// <summary>
/// The incident entry form's rules, through the real page: a bad date, an overlong field, a bad count or a source that is not a
/// stored source id is refused with a message naming the field and stores nothing; a good form is stored as entered.
/// </summary>
public sealed class NewIncidentTests(WebWorkspace workspace) : IClassFixture<WebWorkspace>, IDisposable
{
    private readonly AttestWebFactory factory = new(workspace.Root);

    public void Dispose() => factory.Dispose();

    public static TheoryData<string, string, string> BadValues() => new()
    {
        { "Form.Occurred", "1899-12-31", "date 1899-12-31" },
        { "Form.Occurred", "2100-01-01", "date 2100-01-01" },
        { "Form.Occurred", "", "date: required" },
        { "Form.Place", new string('p', FieldLimits.Name + 1), $"place: at most {FieldLimits.Name} characters" },
        { "Form.Place", "   ", "place: required" },
        { "Form.Perpetrators", new string('q', FieldLimits.Text + 1), $"perpetrators: at most {FieldLimits.Text} characters" },
        { "Form.Victims", new string('v', FieldLimits.Text + 1), $"victims: at most {FieldLimits.Text} characters" },
        { "Form.VictimCount", "-1", "number of victims" },
        { "Form.VictimCount", "1000001", "number of victims" },
        { "Form.ViolationType", "looting-of-moons", "violation type 'looting-of-moons'" },
        { "Form.WitnessName", new string('w', FieldLimits.Name + 1), $"witness name: at most {FieldLimits.Name} characters" },
        { "Form.Sources", "", "sources: name at least one source" },
        { "Form.Sources", "no-such-source", "sources: 'no-such-source' is not a source in this workspace" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_is_refused_naming_the_field_and_nothing_is_stored(string field, string value, string message)
    {
        var place = "Refused Hamlet " + Guid.NewGuid().ToString("N");
        var fields = IncidentForms.Valid(FirstSourceId(), place);
        fields[field] = value;

        var response = await IncidentForms.Post(await Analyst(), "/incidents/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await IncidentForms.Alert(response));
        Assert.DoesNotContain(StoredIncidents(), i => i.Place == place || i.Place == value);
    }

    [Fact]
    public async Task A_source_given_by_a_prefix_of_its_id_is_refused_as_not_a_source_id()
    {
        var place = "Prefix Hamlet " + Guid.NewGuid().ToString("N");
        var prefix = FirstSourceId()[..6];

        var response = await IncidentForms.Post(await Analyst(), "/incidents/new", IncidentForms.Valid(prefix, place));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"sources: '{prefix}' is not a source in this workspace", await IncidentForms.Alert(response));
        Assert.DoesNotContain(StoredIncidents(), i => i.Place == place);
    }

    [Fact]
    public async Task A_good_form_is_stored_as_entered_and_opens_its_detail_page()
    {
        var client = await Analyst();
        var place = "Accepted Hamlet " + Guid.NewGuid().ToString("N");
        var sources = SourceIds(2);
        var fields = IncidentForms.Valid(string.Join("\r\n", sources), "  " + place + " ");
        fields["Form.WitnessName"] = "Witness Orlena";

        var response = await IncidentForms.Post(client, "/incidents/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(StoredIncidents(), i => i.Place == place);
        Assert.Equal("/incidents/" + stored.Id, response.Headers.Location!.OriginalString);
        Assert.Equal((new DateOnly(2019, 8, 9), "injury", "unidentified armed men", "two farmers", 2, "Witness Orlena", WebWorkspace.AnalystName),
            (stored.Occurred, stored.ViolationType, stored.Perpetrators, stored.Victims, stored.VictimCount, stored.WitnessName, stored.CreatedBy));
        Assert.Equal(sources, stored.Sources.Split('\n'));
        var detail = await client.GetStringAsync("/incidents/" + stored.Id);
        Assert.All(sources, id => Assert.Contains($"href=\"/sources/{id}\"", detail));
    }

    [Fact]
    public async Task A_viewer_cannot_enter_an_incident()
    {
        var viewer = factory.Browser();
        await AttestWebFactory.SignIn(viewer, WebWorkspace.ViewerName, WebWorkspace.Password);
        var place = "Viewer Hamlet " + Guid.NewGuid().ToString("N");
        var token = await AttestWebFactory.FormToken(viewer, "/sources");

        var response = await viewer.PostAsync("/incidents/new", new FormUrlEncodedContent(
            new Dictionary<string, string>(IncidentForms.Valid(FirstSourceId(), place)) { ["__RequestVerificationToken"] = token }));

        Assert.StartsWith("/denied", response.Headers.Location?.PathAndQuery);
        Assert.DoesNotContain(StoredIncidents(), i => i.Place == place);
    }

    private async Task<HttpClient> Analyst()
    {
        var client = factory.Browser();
        await AttestWebFactory.SignIn(client, WebWorkspace.AnalystName, WebWorkspace.Password);
        return client;
    }

    private string FirstSourceId() => SourceIds(1)[0];

    private string[] SourceIds(int count)
    {
        using var open = workspace.Open();
        return [.. open.Store.Sources.List().Take(count).Select(s => s.Id)];
    }

    private IReadOnlyList<Attest.Store.Reviews.Incident> StoredIncidents()
    {
        using var open = workspace.Open();
        return open.Store.Incidents.List(limit: 10_000);
    }
}
