using Bunit;
using Marketplace.Web.Api.Hiring;
using Marketplace.Web.Components.Hiring;

namespace Marketplace.Web.Tests.Components;

public sealed class ApplicantCardTests
{
    [Test]
    public async Task Before_shortlisting_the_applicant_is_a_rank_with_skills_and_no_name_or_contact()
    {
        await using var context = ProblemAlertTests.NewContext();
        var application = Application("viewed", identityVisible: false, contact: null);

        var card = context.Render<ApplicantCard>(p => p.Add(c => c.Application, application).Add(c => c.Rank, 3));

        Assert.That(card.Find("[data-testid=applicant-name]").TextContent, Is.EqualTo("Applicant 3"));
        Assert.That(card.FindAll("[data-testid=identity-hidden]"), Has.Count.EqualTo(1));
        Assert.That(card.FindAll("[data-testid=applicant-contact]"), Is.Empty);
        Assert.That(card.Markup, Does.Contain("hydraulics").And.Contain("82% match"));
    }

    [Test]
    public async Task After_shortlisting_the_name_and_contact_details_are_shown()
    {
        await using var context = ProblemAlertTests.NewContext();
        var application = Application("shortlisted", identityVisible: true, new ApplicantContact("Dana Reyes", "dana@example.org", "+1 312 555 0100"));

        var card = context.Render<ApplicantCard>(p => p.Add(c => c.Application, application).Add(c => c.Rank, 3));

        Assert.That(card.Find("[data-testid=applicant-name]").TextContent, Is.EqualTo("Dana Reyes"));
        Assert.That(card.Find("[data-testid=applicant-contact]").TextContent, Does.Contain("dana@example.org"));
        Assert.That(card.FindAll("[data-testid=identity-hidden]"), Is.Empty);
    }

    [Test]
    public async Task An_unscored_applicant_shows_scoring_in_progress()
    {
        await using var context = ProblemAlertTests.NewContext();

        var card = context.Render<ApplicantCard>(p => p.Add(c => c.Application, Application("submitted", false, null) with { MatchScore = null }));

        Assert.That(card.FindAll("[data-testid=match-score-pending]"), Has.Count.EqualTo(1));
        Assert.That(card.FindAll("[data-testid=match-score]"), Is.Empty);
    }

    [Test]
    public async Task The_buttons_are_the_stage_moves_and_a_click_reports_its_action()
    {
        await using var context = ProblemAlertTests.NewContext();
        EmployerAction? clicked = null;

        var card = context.Render<ApplicantCard>(p => p
            .Add(c => c.Application, Application("offer_accepted", true, new ApplicantContact("Dana Reyes", null, null)))
            .Add(c => c.OnAction, (EmployerAction a) => clicked = a));

        Assert.That(card.FindAll("button").Select(b => b.TextContent.Trim()), Is.EqualTo(new[] { "Mark hired", "Reject" }));
        card.Find("[data-testid=action-markhired]").Click();
        Assert.That(clicked, Is.EqualTo(EmployerAction.MarkHired));
    }

    internal static ApplicationView Application(string status, bool identityVisible, ApplicantContact? contact) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Elevator Mechanic", Guid.NewGuid(), Guid.NewGuid(), status, DateTimeOffset.UtcNow.AddDays(-1),
        DateTimeOffset.UtcNow, "Twelve years on traction units.", null, identityVisible, contact,
        new ApplicantSnapshotView("Elevator Mechanic", ["troubleshooting", "hydraulics"], [], 12, "Chicago", "IL", "US"),
        [], false, null, null, 82m, ["hydraulics"], ["QEI"]);
}
