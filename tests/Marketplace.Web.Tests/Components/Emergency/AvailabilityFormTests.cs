using Marketplace.Web.Api.Emergency;
using Marketplace.Web.Components.Emergency;

namespace Marketplace.Web.Tests.Components.Emergency;

public sealed class AvailabilityFormTests
{
    [Test]
    public void Saving_the_settings_sends_the_trades_as_the_api_names_them_and_keeps_the_skills_it_does_not_edit()
    {
        var form = new AvailabilityForm();
        form.Fill(Current(["elevator_mechanic", "unknown_trade"], ["hydraulics"]));
        form.Trades = [.. form.Trades, Trades.Find("hvac_technician")!];

        var update = form.ToUpdate();

        Assert.That(update.Trades, Is.EqualTo(new[] { "elevator_mechanic", "hvac_technician" }));
        Assert.That(update.Skills, Is.EqualTo(new[] { "hydraulics" }));
        Assert.That(update.PostalCode, Is.EqualTo("62701"));
    }

    [Test]
    public void A_new_technician_starts_on_call_every_day_around_the_clock()
    {
        var update = new AvailabilityForm { PostalCode = " 60601 " }.ToUpdate();

        Assert.That(update.AvailableForEmergency, Is.True);
        Assert.That(update.AvailableDays, Has.Count.EqualTo(7));
        Assert.That((update.AvailableHoursStart, update.AvailableHoursEnd), Is.EqualTo(("00:00", "23:59")));
        Assert.That(update.PostalCode, Is.EqualTo("60601"));
    }

    [Test]
    public void A_job_form_date_the_browser_did_not_give_as_an_iso_date_names_date_needed()
    {
        var (request, field) = new PostJobForm { DateNeeded = "30/11/2026" }.ToRequest();

        Assert.That(request, Is.Null);
        Assert.That(field, Is.EqualTo("date_needed"));
    }

    private static Availability Current(string[] trades, string[] skills) => new(
        true, false, false, ["mon"], "08:00", "17:00", "America/Chicago", 30, 39.8, -89.6, "62701", false, 45, null, "USD",
        trades, skills, true, "push", true, 0, 0, null, null);
}
