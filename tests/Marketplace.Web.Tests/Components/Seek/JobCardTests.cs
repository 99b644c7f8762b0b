using Bunit;
using Marketplace.Web.Api.Seek;
using Marketplace.Web.Components.Seek;

namespace Marketplace.Web.Tests.Components.Seek;

public sealed class JobCardTests
{
    [Test]
    public async Task An_emergency_listing_carries_the_urgent_badge()
    {
        await using var context = ProblemAlertTests.NewContext();

        var card = context.Render<JobCard>(p => p.Add(c => c.Job, JobCards.Listing(urgency: "emergency")).Add(c => c.Now, JobCards.Now));

        Assert.That(card.FindAll("[data-testid=badge-urgent]").Select(b => b.TextContent.Trim()), Is.EqualTo(new[] { "URGENT" }));
    }

    [Test]
    public async Task A_standard_listing_has_no_urgent_or_featured_badge()
    {
        await using var context = ProblemAlertTests.NewContext();

        var card = context.Render<JobCard>(p => p.Add(c => c.Job, JobCards.Listing()).Add(c => c.Now, JobCards.Now));

        Assert.That(card.FindAll("[data-testid=badge-urgent], [data-testid=badge-featured]"), Is.Empty);
    }

    [Test]
    public async Task A_featured_listing_carries_the_featured_badge()
    {
        await using var context = ProblemAlertTests.NewContext();

        var card = context.Render<JobCard>(p => p.Add(c => c.Job, JobCards.Listing(featured: true)).Add(c => c.Now, JobCards.Now));

        Assert.That(card.Find("[data-testid=badge-featured]").TextContent, Does.Contain("Featured"));
    }

    [Test]
    public async Task The_card_shows_pay_place_type_age_and_the_first_four_skills()
    {
        await using var context = ProblemAlertTests.NewContext();

        var card = context.Render<JobCard>(p => p.Add(c => c.Job, JobCards.Listing()).Add(c => c.Now, JobCards.Now));

        Assert.That(card.Find("[data-testid=pay]").TextContent, Is.EqualTo("$48–62 an hour"));
        Assert.That(card.Markup, Does.Contain("Chicago, IL").And.Contain("Permanent").And.Contain("3 hours ago"));
        Assert.That(card.Markup, Does.Contain("Otis controllers").And.Contain("rigging").And.Not.Contain("welding"));
    }

    [Test]
    public async Task Hidden_pay_shows_no_pay_line()
    {
        await using var context = ProblemAlertTests.NewContext();

        var card = context.Render<JobCard>(p => p.Add(c => c.Job, JobCards.Listing(min: null, max: null, compensation: null)).Add(c => c.Now, JobCards.Now));

        Assert.That(card.FindAll("[data-testid=pay]"), Is.Empty);
    }

    [Test]
    public async Task A_seekers_match_shows_its_score_reasons_and_concerns()
    {
        await using var context = ProblemAlertTests.NewContext();
        var job = JobCards.Listing();
        var match = new MyMatch(job.Id, 82.4m, ["hydraulics"], [], ["Has 2 of 2 required skills"], ["12 miles outside your radius"], true);

        var card = context.Render<JobCard>(p => p.Add(c => c.Job, job).Add(c => c.Match, match).Add(c => c.Now, JobCards.Now));

        Assert.That(card.Find("[data-testid=match-score]").TextContent, Does.Contain("82% match"));
        Assert.That(card.Find("[data-testid=match-reasons]").TextContent,
            Does.Contain("Has 2 of 2 required skills").And.Contain("12 miles outside your radius"));
    }

    [Test]
    public async Task Why_this_result_says_which_search_arms_found_it_and_how_far_it_is()
    {
        await using var context = ProblemAlertTests.NewContext();
        var why = new SearchMatch(0.3, 0.712, 4.24, 0.03, ["full_text", "semantic"]);

        var card = context.Render<JobCard>(p => p.Add(c => c.Job, JobCards.Listing()).Add(c => c.Why, why).Add(c => c.Now, JobCards.Now));

        Assert.That(card.Find("[data-testid=why]").TextContent,
            Does.Contain("Matches your words · similar in meaning (71%) · 4.2 mi away"));
    }

    [Test]
    public async Task An_anonymous_visitor_gets_apply_but_no_save()
    {
        await using var context = ProblemAlertTests.NewContext();

        var card = context.Render<JobCard>(p => p.Add(c => c.Job, JobCards.Listing()).Add(c => c.CanSave, false));

        Assert.That(card.FindAll("button").Select(b => b.TextContent.Trim()), Does.Not.Contain("Save"));
        Assert.That(card.FindAll("a").Select(a => a.TextContent.Trim()), Does.Contain("Apply"));
    }

    [Test]
    public async Task Saving_sends_the_note_and_says_saved()
    {
        await using var context = ProblemAlertTests.NewContext();
        (Guid Id, string? Note)? sent = null;
        var job = JobCards.Listing();
        var card = context.Render<JobCard>(p => p.Add(c => c.Job, job).Add(c => c.CanSave, true)
            .Add(c => c.OnSave, (id, note) => { sent = (id, note); return Task.FromResult<Gateway.ApiProblem?>(null); }));

        card.FindAll("button").Single(b => b.TextContent.Trim() == "Save").Click();
        card.Find("input[data-testid=save-note], [data-testid=save-note] input").Change("Ask about the on-call rota");
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Save job").Click();

        Assert.That(sent, Is.EqualTo((job.Id, (string?)"Ask about the on-call rota")));
        Assert.That(card.Find("[data-testid=saved]").TextContent, Is.EqualTo("Saved"));
    }

    [Test]
    public async Task The_card_names_the_employer_when_the_listing_does_and_the_trade_otherwise()
    {
        await using var context = ProblemAlertTests.NewContext();

        var named = context.Render<JobCard>(p => p
            .Add(c => c.Job, JobCards.Listing(organizationName: "Lakeview Properties")).Add(c => c.Now, JobCards.Now));
        var unnamed = context.Render<JobCard>(p => p
            .Add(c => c.Job, JobCards.Listing()).Add(c => c.Now, JobCards.Now));

        Assert.That(named.Find(".job-meta").TextContent, Does.StartWith("Lakeview Properties ·"));
        Assert.That(unnamed.Find(".job-meta").TextContent, Does.StartWith("Elevator mechanic ·"));
    }
}
