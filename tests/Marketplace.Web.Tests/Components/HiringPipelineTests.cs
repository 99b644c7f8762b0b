using Marketplace.Web.Api.Hiring;

namespace Marketplace.Web.Tests.Components;

public sealed class HiringPipelineTests
{
    [TestCase("submitted", new[] { EmployerAction.Shortlist, EmployerAction.Reject })]
    [TestCase("viewed", new[] { EmployerAction.Shortlist, EmployerAction.Reject })]
    [TestCase("shortlisted", new[] { EmployerAction.ScheduleInterview, EmployerAction.ExtendOffer, EmployerAction.Reject })]
    [TestCase("interview_scheduled", new[] { EmployerAction.CompleteInterview, EmployerAction.ScheduleInterview, EmployerAction.Reject })]
    [TestCase("interview_completed", new[] { EmployerAction.ExtendOffer, EmployerAction.ScheduleInterview, EmployerAction.Reject })]
    [TestCase("offer_extended", new[] { EmployerAction.ReviseOffer, EmployerAction.WithdrawOffer, EmployerAction.Reject })]
    [TestCase("offer_accepted", new[] { EmployerAction.MarkHired, EmployerAction.Reject })]
    [TestCase("offer_declined", new[] { EmployerAction.ExtendOffer, EmployerAction.Reject })]
    public void Each_open_stage_offers_the_moves_the_pipeline_allows_next_step_first(string status, EmployerAction[] expected) =>
        Assert.That(HiringPipeline.EmployerActions(status), Is.EqualTo(expected));

    [TestCase("hired")]
    [TestCase("rejected")]
    [TestCase("withdrawn")]
    public void A_final_stage_offers_no_moves_and_cannot_be_withdrawn(string status)
    {
        Assert.That(HiringPipeline.EmployerActions(status), Is.Empty);
        Assert.That(HiringPipeline.CanWithdraw(status), Is.False);
    }

    [Test]
    public void Offers_and_identity_never_come_before_shortlisting()
    {
        foreach (var early in new[] { "submitted", "viewed" })
        {
            Assert.That(HiringPipeline.EmployerActions(early), Has.None.EqualTo(EmployerAction.ExtendOffer).And.None.EqualTo(EmployerAction.ScheduleInterview));
        }
    }

    [Test]
    public void The_applicant_answers_only_an_extended_unexpired_offer()
    {
        var offer = Offer("extended", DateTimeOffset.UtcNow.AddDays(2));

        Assert.That(HiringPipeline.CanAnswerOffer("offer_extended", offer), Is.True);
        Assert.That(HiringPipeline.CanAnswerOffer("offer_extended", offer with { Status = "counter_requested" }), Is.False, "awaiting the revision");
        Assert.That(HiringPipeline.CanAnswerOffer("offer_extended", offer with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }), Is.False, "expired");
        Assert.That(HiringPipeline.CanAnswerOffer("offer_accepted", offer), Is.False, "already answered");
    }

    internal static OfferView Offer(string status, DateTimeOffset? expiresAt) => new(
        Guid.NewGuid(), 1, "Elevator Mechanic", "hourly", 58m, "USD", null, ["health"], null, expiresAt, status, null, null, DateTimeOffset.UtcNow);
}
