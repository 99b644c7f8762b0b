using Bunit;
using Marketplace.Web.Api.Hiring;
using Marketplace.Web.Components.Hiring;

namespace Marketplace.Web.Tests.Components;

public sealed class OfferPanelTests
{
    [Test]
    public async Task An_offer_awaiting_an_answer_can_be_accepted_in_one_click()
    {
        await using var context = ProblemAlertTests.NewContext();
        OfferReply? reply = null;

        var panel = context.Render<OfferPanel>(p => p
            .Add(o => o.Offer, HiringPipelineTests.Offer("extended", DateTimeOffset.UtcNow.AddDays(3)))
            .Add(o => o.CanAnswer, true)
            .Add(o => o.OnReply, (OfferReply r) => reply = r));

        Assert.That(panel.Find("[data-testid=offer-amount]").TextContent, Is.EqualTo("USD 58.00 per hour"));
        panel.Find("[data-testid=accept-offer]").Click();
        Assert.That(reply, Is.EqualTo(new OfferReply("accepted", null)));
    }

    [Test]
    public async Task A_counter_offer_request_sends_the_message_typed()
    {
        await using var context = ProblemAlertTests.NewContext();
        OfferReply? reply = null;
        var panel = context.Render<OfferPanel>(p => p
            .Add(o => o.Offer, HiringPipelineTests.Offer("extended", null))
            .Add(o => o.CanAnswer, true)
            .Add(o => o.OnReply, (OfferReply r) => reply = r));

        panel.Find("[data-testid=counter-offer]").Click();
        panel.Find("textarea").Input("62 an hour matches my current rate.");
        panel.Find("[data-testid=send-offer-reply]").Click();

        Assert.That(reply, Is.EqualTo(new OfferReply("counter_requested", "62 an hour matches my current rate.")));
    }

    [Test]
    public async Task An_answered_offer_shows_its_state_and_no_buttons()
    {
        await using var context = ProblemAlertTests.NewContext();

        var panel = context.Render<OfferPanel>(p => p.Add(o => o.Offer, HiringPipelineTests.Offer("accepted", null)).Add(o => o.CanAnswer, false));

        Assert.That(panel.Find("[data-testid=offer-status]").TextContent, Is.EqualTo("Accepted"));
        Assert.That(panel.FindAll("button"), Is.Empty);
    }
}
