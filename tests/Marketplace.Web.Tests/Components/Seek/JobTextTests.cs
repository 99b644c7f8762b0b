using Marketplace.Web.Api.Seek;

namespace Marketplace.Web.Tests.Components.Seek;

public sealed class JobTextTests
{
    [TestCase("salary", 90000, 110000, "$90,000–110,000 a year")]
    [TestCase("hourly", 40, null, "From $40 an hour")]
    [TestCase("day_rate", null, 650, "Up to $650 a day")]
    [TestCase("hourly", 55, 55, "$55 an hour")]
    [TestCase("hourly", 47.5, 52, "$47.50–52 an hour")]
    public void Pay_reads_as_a_person_would_say_it(string compensation, double? min, double? max, string expected)
    {
        var job = JobCards.Listing(min: (decimal?)min, max: (decimal?)max, compensation: compensation);

        Assert.That(JobText.Pay(job), Is.EqualTo(expected));
    }

    [TestCase("hvac_technician", "HVAC technician")]
    [TestCase("on_site", "On site")]
    [TestCase("", "")]
    public void Stored_values_read_as_labels(string value, string expected) => Assert.That(JobText.Label(value), Is.EqualTo(expected));

    [Test]
    public void An_emergency_job_type_is_urgent_even_at_standard_urgency() =>
        Assert.That(JobText.IsUrgent(JobCards.Listing(jobType: "emergency")), Is.True);
}
