using Attest.Core.Extraction;

namespace Attest.Text.Tests.Dates;

public sealed class DateStageTests
{
    private static DateMention Date(ExtractionResult result, string text) => result.Dates.Single(d => d.Text == text);

    [Theory]
    [InlineData("He made the call on Thursday when he met the army chief.", "Thursday", "2019-08-22")]
    [InlineData("The president called the premier on Monday night and told him.", "Monday night", "2019-08-19")]
    [InlineData("Trump reiterated his offer on Friday.", "Friday", "2019-08-23")]
    [InlineData("Trump will visit next Monday.", "next Monday", "2019-08-26")]
    public void Weekdays_resolve_to_the_latest_such_day_on_or_before_publication(string text, string expression, string value)
    {
        var date = Date(Extract.Run(text, "2019-08-23"), expression);
        Assert.Equal(value, date.Value);
        Assert.Equal("day", date.Precision);
    }

    [Theory]
    [InlineData("Last month, PM Khan visited Washington.", "Last month", "2019-07", "month")]
    [InlineData("India revoked the autonomy earlier this month.", "earlier this month", "2019-08", "month")]
    [InlineData("He has been in office since taking office last summer.", "last summer", "2018-SU", "season")]
    [InlineData("The talks will resume next year.", "next year", "2020", "year")]
    [InlineData("He spoke three days ago.", "three days ago", "2019-08-20", "day")]
    public void Relative_periods_resolve_against_publication(string text, string expression, string value, string precision)
    {
        var date = Date(Extract.Run(text, "2019-08-23"), expression);
        Assert.Equal(value, date.Value);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("It scrapped autonomy on 5 August 2019 without consent.", "5 August 2019", "2019-08-05")]
    [InlineData("It scrapped autonomy on August 5, 2019, without consent.", "August 5, 2019", "2019-08-05")]
    [InlineData("The call was held on August 16 wherein the latter urged restraint.", "August 16", "2019-08-16")]
    [InlineData("India took illegal steps on August 5 last year.", "August 5 last year", "2018-08-05")]
    [InlineData("The order, dated 2019-08-05, was published.", "2019-08-05", "2019-08-05")]
    [InlineData("The notification of 05/08/2019 revoked Article 370.", "05/08/2019", "2019-08-05")]
    public void Absolute_and_partial_dates_take_the_publication_year_when_none_is_written(string text, string expression, string value)
    {
        var date = Date(Extract.Run(text, "2019-08-23"), expression);
        Assert.Equal(value, date.Value);
    }

    [Fact]
    public void Years_and_months_have_their_own_precision_but_counted_numbers_are_not_years()
    {
        var result = Extract.Run("The subcontinent was partitioned in 1947. After the May 2025 conflict, it deployed 2000 soldiers. "
            + "Trump will visit India in October. Leaders may meet.", "2019-08-20");
        Assert.Equal("1947", Date(result, "1947").Value);
        Assert.Equal("year", Date(result, "1947").Precision);
        Assert.Equal("2025-05", Date(result, "May 2025").Value);
        Assert.Equal("2019-10", Date(result, "October").Value);
        Assert.DoesNotContain(result.Dates, d => d.Text == "2000");
        Assert.DoesNotContain(result.Dates, d => d.Text.Equals("may", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_same_day_takes_the_last_day_mentioned()
    {
        var result = Extract.Run("He made the call on Thursday. He also chaired a meeting the same day.", "2019-08-23");
        Assert.Equal("2019-08-22", Date(result, "the same day").Value);
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved()
    {
        var result = Extract.Run("He made the call on Thursday, a week after the meeting in 1995.");
        Assert.Null(Date(result, "Thursday").Value);
        Assert.Equal("1995", Date(result, "1995").Value);
        Assert.Null(result.Document.Published);
    }

    [Fact]
    public void Publication_date_is_inferred_from_a_published_line()
    {
        var result = Extract.Run("Kashmir talks stall\nPublished on August 23, 2019\n\nThe premier spoke on Thursday.");
        Assert.Equal("2019-08-23", result.Document.Published);
        Assert.Equal("2019-08-22", Date(result, "Thursday").Value);
    }

    [Fact]
    public void Publication_date_is_inferred_from_a_dateline_and_the_latest_year_named()
    {
        var result = Extract.Run("ISLAMABAD, DEC 8 /DNA/ – The climate after the May 2025 conflict has changed since Monday.");
        Assert.Equal("2025-12-08", result.Document.Published);
        Assert.Equal("2025-12-08", Date(result, "Monday").Value);
    }

    [Fact]
    public void A_publication_date_at_the_edge_of_the_calendar_leaves_relative_dates_unresolved_instead_of_failing()
    {
        var result = Extract.Run("The premier spoke yesterday and will travel next year.", "0001-01-01");
        Assert.All(result.Dates, d => Assert.Null(d.Value));
        Assert.Equal(2, result.Dates.Count);
    }

    // The timeout only guards against a hang; speed is measured in bench/, not here.
    [Fact(Timeout = 300_000)]
    public async Task Many_short_header_lines_leave_publication_unknown()
    {
        var text = string.Concat(Enumerable.Repeat("a\n", 300)) + string.Concat(Enumerable.Repeat("The premier spoke on Monday. ", 40_000));
        var result = await Task.Run(() => Extract.Run(text));
        Assert.Null(result.Document.Published);
    }
}
