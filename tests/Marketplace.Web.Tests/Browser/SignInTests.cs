using Microsoft.Playwright;

namespace Marketplace.Web.Tests.Browser;

public sealed class SignInTests : BrowserTest
{
    [Test]
    public async Task A_persona_signs_in_from_the_picker_and_out_again()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/sign-in");
        await ScreenshotAsync(page, "sign-in");

        await page.GetByTestId("persona-employer").ClickAsync();

        await Assertions.Expect(page.GetByTestId("account-name")).ToHaveTextAsync("Erin Park");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "My listings" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task A_page_for_signed_in_people_sends_a_visitor_to_sign_in_and_back()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoAsync("/applications");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?return_url=%2Fapplications"));
        await ScreenshotAsync(page, "sign-in");
        await SignInAsync(page, "Sam Visitor", "candidate", returnUrl: "/applications");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/applications$"));
    }

    [Test]
    public async Task A_role_the_page_is_not_for_sees_why_instead_of_the_page()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, "Cleo Candidate", "candidate", returnUrl: "/employer/listings");

        await Assertions.Expect(page.GetByText("Not for your account")).ToBeVisibleAsync();
    }
}
