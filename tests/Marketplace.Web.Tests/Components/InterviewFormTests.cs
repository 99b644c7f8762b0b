using Bunit;
using Marketplace.Web.Api.Hiring;
using Marketplace.Web.Components.Hiring;
using Marketplace.Web.Gateway;

namespace Marketplace.Web.Tests.Components;

public sealed class InterviewFormTests
{
    [Test]
    public async Task A_missing_time_is_said_beside_the_field_and_nothing_is_sent()
    {
        await using var context = ProblemAlertTests.NewContext();
        var sent = false;
        var form = context.Render<InterviewForm>(p => p.Add(f => f.OnSubmit, (InterviewSchedule _) => sent = true));

        form.Find("input[type=datetime-local]").Change("");
        form.Find("[data-testid=interview-submit]").Click();

        Assert.That(sent, Is.False);
        Assert.That(form.Markup, Does.Contain("Pick a date and time."));
    }

    [Test]
    public async Task The_time_typed_is_sent_as_utc_with_the_interviewers_listed()
    {
        await using var context = ProblemAlertTests.NewContext();
        InterviewSchedule? sent = null;
        var form = context.Render<InterviewForm>(p => p.Add(f => f.OnSubmit, (InterviewSchedule s) => sent = s));

        form.Find("input[type=datetime-local]").Change("2027-03-15T15:00");
        form.Find("[data-testid=interview-interviewers]")
            .Change("Pat Lee, Sam Ortiz");
        form.Find("[data-testid=interview-submit]").Click();

        Assert.That(sent!.ScheduledAt, Is.EqualTo(new DateTimeOffset(2027, 3, 15, 15, 0, 0, TimeSpan.Zero)));
        Assert.That(sent.Interviewers, Is.EqualTo(new[] { "Pat Lee", "Sam Ortiz" }));
    }

    [Test]
    public async Task The_apis_field_error_shows_beside_the_time()
    {
        await using var context = ProblemAlertTests.NewContext();
        var problem = new ApiProblem(400, "One or more validation errors occurred.", null,
            new Dictionary<string, string[]> { ["scheduled_at"] = ["scheduled_at is in the future (within two years)."] }, null);

        var form = context.Render<InterviewForm>(p => p.Add(f => f.Problem, problem));

        Assert.That(form.Markup, Does.Contain("scheduled_at is in the future (within two years)."));
    }
}
