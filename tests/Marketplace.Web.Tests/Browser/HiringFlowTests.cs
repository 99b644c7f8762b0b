using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.ServiceDefaults.Http;
using Microsoft.Playwright;

namespace Marketplace.Web.Tests.Browser;

/// <summary>
/// Issue 14's hiring flow as the two people meet it: an employer creates and publishes a listing with a screening question,
/// sees the (seeded) applicant ranked with identity hidden, shortlists and offers; the candidate accepts in their own
/// browser; the employer marks the hire. Screens: employer-listings, listing-editor, applicants, my-applications.
/// </summary>
public sealed partial class HiringFlowTests : BrowserTest
{
    /// <summary>Matching scores applicants from events (ApplicationSubmitted → ApplicationScored), on a busy machine.</summary>
    private static readonly TimeSpan EventPatience = TimeSpan.FromSeconds(90);

    [Test]
    public async Task Employer_publishes_shortlists_and_offers_candidate_accepts_employer_hires()
    {
        var organization = Guid.NewGuid();
        var employerSub = Guid.NewGuid();
        var candidateSub = Guid.NewGuid();
        var title = $"Elevator Mechanic — Loop towers {Guid.NewGuid().ToString("N")[..6]}";

        // The employer, through the picker, creates a listing with a screening question and publishes it.
        var employer = await NewPageAsync();
        await SignInAsync(employer, "Erin Hiring", "employer", organization, employerSub, "us-il", returnUrl: "/employer/listings");
        await WaitForInteractiveAsync(employer);
        await Assertions.Expect(employer.GetByText("No listings yet")).ToBeVisibleAsync();
        await employer.GetByTestId("new-listing").ClickAsync();
        await Assertions.Expect(employer.GetByRole(AriaRole.Heading, new() { Name = "New listing" })).ToBeVisibleAsync();
        await WaitForInteractiveAsync(employer);

        // The API's field errors show beside the fields: a description too short, no category.
        await employer.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await employer.GetByLabel("Description", new() { Exact = true }).FillAsync("Elevators downtown.");
        await employer.GetByTestId("save-listing").ClickAsync();
        await Assertions.Expect(employer.GetByText("job_category is required.")).ToBeVisibleAsync();
        await Assertions.Expect(employer.GetByText("description must be 100 to 20000 characters.")).ToBeVisibleAsync();
        await Assertions.Expect(employer.GetByTestId("problem")).ToHaveTextAsync("Please correct the fields marked in red.");
        await Assertions.Expect(employer).ToHaveURLAsync(new Regex("/employer/listings/new$"));

        await employer.GetByLabel("Description", new() { Exact = true }).FillAsync(
            "Service, troubleshoot and repair traction and hydraulic elevators across a portfolio of downtown office towers. "
            + "Otis and Schindler controllers, on-call one week in six, company van and tools provided.");
        await SelectAsync(employer, "Category", "Elevator mechanic");
        await employer.GetByLabel("Required skills (comma-separated)").FillAsync("troubleshooting, hydraulics");
        await employer.GetByLabel("City", new() { Exact = true }).FillAsync("Chicago");
        await employer.GetByLabel("State or province").FillAsync("IL");
        await employer.GetByLabel("ZIP or postal code").FillAsync("60601");
        await employer.GetByLabel("Pay from").FillAsync("48");
        await employer.GetByLabel("Pay to").FillAsync("62");
        await employer.GetByLabel("Question", new() { Exact = true }).FillAsync("Do you hold a QEI certificate?");
        await employer.GetByLabel("Knockout answer (optional)").FillAsync("no");
        await employer.GetByTestId("add-question").ClickAsync();
        await Assertions.Expect(employer.GetByTestId("screening-question")).ToContainTextAsync("Do you hold a QEI certificate?");

        await employer.GetByTestId("save-listing").ClickAsync();
        await Assertions.Expect(employer).ToHaveURLAsync(EditUrl(), new() { Timeout = 30_000 });
        var jobId = Guid.Parse(EditUrl().Match(employer.Url).Groups["id"].Value);
        await Assertions.Expect(employer.GetByTestId("screening-question")).ToContainTextAsync("knockout: no");
        await employer.GetByTestId("get-suggestions").ClickAsync();
        await Assertions.Expect(employer.GetByTestId("assistant-score")).ToBeVisibleAsync();
        await ScreenshotAsync(employer, "listing-editor");

        await employer.GetByTestId("publish-listing").ClickAsync();
        await Assertions.Expect(employer).ToHaveURLAsync(new Regex("/employer/listings$"));
        var card = employer.GetByTestId($"listing-{jobId}");
        await Assertions.Expect(card.GetByTestId("listing-status")).ToHaveTextAsync("Active");
        await ScreenshotAsync(employer, "employer-listings");

        // The candidate applies (through the API: applying is Job detail's flow, not this one's).
        var applicationId = await ApplyAsync(candidateSub, jobId);

        // Ranked, anonymous until shortlisted, scored by Matching.
        await card.GetByTestId("open-applicants").ClickAsync();
        await WaitForInteractiveAsync(employer);
        var applicant = employer.GetByTestId($"applicant-{applicationId}");
        await Assertions.Expect(applicant.GetByTestId("applicant-name")).ToHaveTextAsync("Applicant 1");
        await Assertions.Expect(applicant.GetByTestId("identity-hidden")).ToBeVisibleAsync();
        await Assertions.Expect(applicant).Not.ToContainTextAsync("Dana Reyes");
        await Assertions.Expect(applicant.GetByTestId("match-score")).ToHaveTextAsync(new Regex(@"^\d+% match$"),
            new() { Timeout = (float)EventPatience.TotalMilliseconds });
        await ScreenshotAsync(employer, "applicants");

        await applicant.GetByTestId("action-shortlist").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("applicant-name")).ToHaveTextAsync("Dana Reyes");
        await Assertions.Expect(applicant.GetByTestId("applicant-contact")).ToContainTextAsync("dana@example.org");

        await applicant.GetByTestId("action-extendoffer").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("offer-title")).ToBeVisibleAsync();
        await applicant.GetByLabel("Amount").FillAsync("58");
        await applicant.GetByTestId("offer-submit").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("stage")).ToHaveTextAsync("Offer extended");

        // The candidate, in a browser of their own, sees the offer and accepts it.
        var candidate = await NewPageAsync();
        await SignInAsync(candidate, "Dana Reyes", "candidate", sub: candidateSub, returnUrl: "/applications");
        await WaitForInteractiveAsync(candidate);
        var mine = candidate.GetByTestId($"application-{applicationId}");
        await Assertions.Expect(mine.GetByTestId("application-job-title")).ToHaveTextAsync(title);
        await Assertions.Expect(mine.GetByTestId("offer-amount")).ToHaveTextAsync("USD 58.00 per hour");
        await ScreenshotAsync(candidate, "my-applications");
        await mine.GetByTestId("accept-offer").ClickAsync();
        await Assertions.Expect(mine.GetByTestId("stage")).ToHaveTextAsync("Offer accepted");
        await Assertions.Expect(mine.GetByTestId("offer-status")).ToHaveTextAsync("Accepted");

        // The employer sees the acceptance and marks the hire.
        await employer.ReloadAsync();
        await WaitForInteractiveAsync(employer);
        await Assertions.Expect(applicant.GetByTestId("stage")).ToHaveTextAsync("Offer accepted");
        await applicant.GetByTestId("action-markhired").ClickAsync();
        await Assertions.Expect(applicant.GetByTestId("stage")).ToHaveTextAsync("Hired");

        // Every screen at a phone's width.
        await PhoneScreenshotAsync(candidate, "/applications", "my-applications");
        await PhoneScreenshotAsync(employer, "/employer/listings", "employer-listings");
        await PhoneScreenshotAsync(employer, $"/employer/listings/{jobId}/edit", "listing-editor");
        await PhoneScreenshotAsync(employer, $"/employer/listings/{jobId}/applicants", "applicants");
    }

    private static async Task PhoneScreenshotAsync(IPage page, string path, string screen)
    {
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, screen);
    }

    /// <summary>Opens a MudSelect by its label and picks an option by its text.</summary>
    private static async Task SelectAsync(IPage page, string label, string option)
    {
        await page.Locator(".mud-select").Filter(new() { Has = page.GetByText(label, new() { Exact = true }) }).First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// The candidate's application through the gateway, retried while Applications has not yet heard of the listing
    /// (JobListingPublished is on its way: 404 until then).
    /// </summary>
    private static async Task<Guid> ApplyAsync(Guid candidateSub, Guid jobId)
    {
        using var candidate = await GatewaySeed.SignInAsync(GatewayUrl, candidateSub, null, ["candidate"], "us-il");
        var http = candidate.Http;

        var deadline = DateTime.UtcNow + EventPatience;
        while (true)
        {
            var questions = await http.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}/screening-questions");
            using var response = await http.PostAsJsonAsync($"/api/v1/jobs/{jobId}/apply", new
            {
                cover_letter = "Twelve years on Otis traction and hydraulic units; QEI certified.",
                screening_answers = questions.EnumerateArray().Select(q => new { question_id = q.GetProperty("question_id").GetGuid(), answer = "yes" }).ToArray(),
                applicant = new
                {
                    name = "Dana Reyes", email = "dana@example.org", phone = "+1 312 555 0100", current_title = "Elevator Mechanic",
                    skills = new[] { "troubleshooting", "hydraulics", "Otis controllers" }, years_experience = 12,
                    city = "Chicago", state_province = "IL", country = "US", postal_code = "60601",
                },
            }, HttpConventions.JsonOptions);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), await response.Content.ReadAsStringAsync());
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the published listing never reached Applications");
            await Task.Delay(250);
        }
    }

    [GeneratedRegex(@"/employer/listings/(?<id>[0-9a-f-]{36})/edit$")]
    private static partial Regex EditUrl();
}
