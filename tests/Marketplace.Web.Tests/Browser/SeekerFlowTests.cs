using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marketplace.Web.Tests.Browser;

/// <summary>The job seeker's side: find work as you type, open a job, apply (fixing a missing answer), and the tracker.</summary>
public sealed partial class SeekerFlowTests : BrowserTest
{
    private static readonly object[] Sizes = [new object[] { "desktop" }, new object[] { "phone" }];

    [TestCaseSource(nameof(Sizes))]
    public async Task A_seeker_finds_a_job_as_they_type_fixes_a_missing_answer_and_applies(string size)
    {
        var seekerSub = Guid.NewGuid();
        var word = "Wrenfield" + Letters();
        var title = $"Hydraulic Elevator Mechanic {word}";
        var seed = await SeekerSeed.CreateAsync(GatewayUrl, seekerSub);
        var jobId = await seed.PublishListingAsync(title);
        await seed.CreateProfileAsync();
        await seed.WaitUntilListedAsync(jobId);
        var page = await NewPageAsync(size == "phone" ? Phone : Desktop);

        // An anonymous visitor finds it too, and is asked to sign in to apply — and brought back here.
        await page.GotoAsync("/");
        await WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("result-count")).ToBeVisibleAsync();
        await page.Locator("#search-jobs").PressSequentiallyAsync(word, new() { Delay = 40 });
        await Assertions.Expect(page.Locator("#search-jobs")).ToHaveValueAsync(word);
        var card = page.GetByTestId("job-card").Filter(new() { HasText = title });
        // The first semantic query of a fresh topology loads the embedding model: give it longer than the default 5 s.
        await Assertions.Expect(card.GetByTestId("why")).ToContainTextAsync("Matches your words", new() { Timeout = 30_000 });
        await Assertions.Expect(card.GetByTestId("badge-urgent")).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".job-meta")).ToContainTextAsync("Lakeview Properties");
        await Assertions.Expect(card.GetByTestId("match-score")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "find-work-anonymous");
        await card.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-in-to-apply")).ToHaveAttributeAsync("href",
            "/sign-in?return_url=" + Uri.EscapeDataString($"/jobs/{jobId}#apply"));

        // Signed in, the same search as they type shows their match with its reasons.
        await SignInAsync(page, "Casey Seeker", "candidate,technician", sub: seekerSub);
        await WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("result-count")).ToBeVisibleAsync();
        await page.Locator("#search-jobs").PressSequentiallyAsync(word, new() { Delay = 40 });
        card = page.GetByTestId("job-card").Filter(new() { HasText = title });
        await Assertions.Expect(card.GetByTestId("why")).ToContainTextAsync("Matches your words");
        await Assertions.Expect(card.GetByTestId("match-score")).ToHaveTextAsync(MatchPercent());
        await Assertions.Expect(card.GetByTestId("match-reasons")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "find-work-signed-in");

        // Saved from the card with a note, which the API keeps.
        await card.GetByRole(AriaRole.Button, new() { Name = $"Save: {title}" }).ClickAsync();
        await card.GetByLabel("Note (optional)").FillAsync("Ask about the on-call rota");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save job" }).ClickAsync();
        await Assertions.Expect(card.GetByTestId("saved")).ToHaveTextAsync("Saved");
        Assert.That(await seed.SavedNoteAsync(jobId), Is.EqualTo("Ask about the on-call rota"));

        await card.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await WaitForInteractiveAsync(page);
        await ScreenshotAsync(page, "job-detail");

        // Submitted with a required answer missing: the API's error sits beside that question.
        var years = page.GetByTestId("question").Filter(new() { HasText = "Years on hydraulic elevators?" });
        await page.GetByTestId("question").Filter(new() { HasText = "QEI" }).GetByText("Yes", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Cover letter (optional)").FillAsync("Eight years on Otis traction and hydraulic units.");
        await page.GetByTestId("submit-application").ClickAsync();
        await Assertions.Expect(years.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("must be answered");
        await Assertions.Expect(page.GetByTestId("application-status")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "apply-form-error");

        await years.Locator("input").FillAsync("7");
        await page.GetByTestId("submit-application").ClickAsync();
        await Assertions.Expect(page.GetByTestId("application-status")).ToContainTextAsync("Status: Submitted");
        await ScreenshotAsync(page, "job-detail-applied");
    }

    [TestCaseSource(nameof(Sizes))]
    public async Task A_seeker_tracks_a_job_found_elsewhere_and_moves_it_to_applied(string size)
    {
        var title = "Lift Service Technician " + Letters();
        var page = await NewPageAsync(size == "phone" ? Phone : Desktop);
        await SignInAsync(page, "Tara Tracker", "candidate", returnUrl: "/tracker");
        await WaitForInteractiveAsync(page);

        await page.GetByLabel("Company (required)").FillAsync("Acme Vertical");
        await page.GetByLabel("Job title (required)").FillAsync(title);
        await page.GetByLabel("Location").FillAsync("Dallas, TX");
        await page.GetByTestId("track-job").ClickAsync();
        var tracked = page.GetByTestId("column-tracking").GetByTestId("tracked-job").Filter(new() { HasText = title });
        await Assertions.Expect(tracked).ToBeVisibleAsync();

        await tracked.GetByTestId("stage").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Applied" }).ClickAsync();
        var applied = page.GetByTestId("column-applied").GetByTestId("tracked-job").Filter(new() { HasText = title });
        await Assertions.Expect(applied).ToBeVisibleAsync();
        await Assertions.Expect(tracked).ToHaveCountAsync(0);

        await applied.GetByRole(AriaRole.Button, new() { Name = $"Notes for {title}" }).ClickAsync();
        await applied.GetByLabel("New note").FillAsync("Recruiter said a decision by Friday.");
        await applied.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync(); // exact: the random title may contain "add"
        await Assertions.Expect(applied.GetByTestId("notes")).ToContainTextAsync("Recruiter said a decision by Friday.");
        await applied.GetByRole(AriaRole.Button, new() { Name = $"Record a follow-up for {title}" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("column-applied").GetByTestId("tracked-job").Filter(new() { HasText = title })
            .GetByTestId("follow-ups")).ToContainTextAsync("1 follow-up");

        // A reload shows what the API kept.
        await page.ReloadAsync();
        await WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("column-applied").GetByTestId("tracked-job").Filter(new() { HasText = title })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "tracker");
    }

    private static string Letters() => string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6));

    [GeneratedRegex(@"^\d{1,3}% match$")]
    private static partial Regex MatchPercent();
}
