using Marketplace.ScraperIngest.Api.Domain;

namespace Marketplace.ScraperIngest.Tests.Domain;

public sealed class ContactScrubberTests
{
    [Test]
    public void Email_addresses_and_phone_numbers_are_removed()
    {
        var scrubbed = ContactScrubber.Scrub("Send resumes to jane.doe+jobs@acme-elevators.com or call (512) 555-0143 / +1 512.555.0199.")!;
        Assert.Multiple(() =>
        {
            Assert.That(scrubbed, Does.Not.Contain("jane.doe"));
            Assert.That(scrubbed, Does.Not.Contain("555-0143"));
            Assert.That(scrubbed, Does.Not.Contain("555.0199"));
            Assert.That(scrubbed, Does.Contain(ContactScrubber.EmailPlaceholder));
            Assert.That(scrubbed, Does.Contain(ContactScrubber.PhonePlaceholder));
        });
    }

    [Test]
    public void Obfuscated_at_sign_addresses_are_removed() =>
        Assert.That(ContactScrubber.Scrub("Contact hr [at] example.org today"), Does.Not.Contain("example.org"));

    [Test]
    public void Salaries_years_and_zip_codes_are_not_mistaken_for_phone_numbers()
    {
        const string text = "Pay $85,000-$95,000. Founded 1998. Office at 78701. Req 2024-1234.";
        Assert.That(ContactScrubber.Scrub(text), Is.EqualTo(text));
    }
}
