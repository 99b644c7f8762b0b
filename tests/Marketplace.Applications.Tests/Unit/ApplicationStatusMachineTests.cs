using Marketplace.ServiceDefaults.Http;
using Marketplace.Applications.Api.Domain;
using S = Marketplace.Applications.Api.Domain.ApplicationStatus;

namespace Marketplace.Applications.Tests.Unit;

/// <summary>Every pair of states, checked against the table of issue 10: the legal moves are exactly these.</summary>
public sealed class ApplicationStatusMachineTests
{
    private static readonly HashSet<(S, S)> Legal =
    [
        (S.Submitted, S.Viewed), (S.Submitted, S.Shortlisted),
        (S.Viewed, S.Shortlisted),
        (S.Shortlisted, S.InterviewScheduled), (S.Shortlisted, S.OfferExtended),
        (S.InterviewScheduled, S.InterviewCompleted), (S.InterviewScheduled, S.Shortlisted),
        (S.InterviewCompleted, S.InterviewScheduled), (S.InterviewCompleted, S.OfferExtended),
        (S.OfferExtended, S.OfferAccepted), (S.OfferExtended, S.OfferDeclined),
        (S.OfferDeclined, S.OfferExtended),
        (S.OfferAccepted, S.Hired),
    ];

    private static readonly S[] Open = Enum.GetValues<S>().Where(s => s is not (S.Hired or S.Rejected or S.Withdrawn)).ToArray();

    private static IEnumerable<TestCaseData> AllPairs() =>
        from source in Enum.GetValues<S>()
        from target in Enum.GetValues<S>()
        let legal = Legal.Contains((source, target)) || Open.Contains(source) && target is S.Rejected or S.Withdrawn
        select new TestCaseData(source, target).Returns(legal).SetName($"{source}_to_{target}_is_{(legal ? "legal" : "illegal")}");

    [TestCaseSource(nameof(AllPairs))]
    public bool Move_is_legal_only_as_the_pipeline_says(S from, S to) => ApplicationStatusMachine.CanMove(from, to);

    [Test]
    public void Final_states_have_no_way_out()
    {
        foreach (var final in new[] { S.Hired, S.Rejected, S.Withdrawn })
        {
            Assert.That(Enum.GetValues<S>().Where(to => ApplicationStatusMachine.CanMove(final, to)), Is.Empty, final.ToString());
        }
    }

    [Test]
    public void Sources_of_rejected_are_every_open_state()
    {
        Assert.That(ApplicationStatusMachine.SourcesOf(S.Rejected), Is.EquivalentTo(Open.Select(SnakeCase.Of)));
    }
}
