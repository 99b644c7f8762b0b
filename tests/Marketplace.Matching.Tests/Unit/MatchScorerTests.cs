using Marketplace.Matching.Api.Domain;

namespace Marketplace.Matching.Tests.Unit;

public sealed class MatchScorerTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static CandidateFacts Candidate(params string[] skills) => new()
    {
        CurrentTitle = "HVAC Technician",
        Skills = skills,
        YearsExperience = 6,
        Latitude = 41.88,
        Longitude = -87.63,
        ServiceRadiusMiles = 30,
    };

    private static JobFacts Job(IReadOnlyList<string> required, IReadOnlyList<string>? certifications = null) => new()
    {
        Title = "HVAC Service Technician",
        RequiredSkills = required,
        RequiredCertifications = certifications ?? [],
        ExperienceLevel = "mid",
        Latitude = 41.90,
        Longitude = -87.65,
    };

    [Test]
    public void Abbreviations_and_spelled_out_skills_count_as_the_same_skill()
    {
        var result = MatchScorer.Score(Candidate("variable refrigerant flow", "building automation"), Job(["VRF", "BAS"]), Today);

        Assert.That(result.Components[MatchComponents.Skills], Is.EqualTo(100m));
        Assert.That(result.MissingSkills, Is.Empty);
    }

    [Test]
    public void Missing_required_skills_are_named_and_lower_the_score()
    {
        var full = MatchScorer.Score(Candidate("vrf", "chillers"), Job(["VRF", "chiller"]), Today);
        var half = MatchScorer.Score(Candidate("vrf"), Job(["VRF", "chiller"]), Today);

        Assert.That(half.Score, Is.LessThan(full.Score));
        Assert.That(half.MissingSkills, Is.EqualTo(new[] { "chiller" }));
        Assert.That(half.Concerns, Has.Some.Contains("chiller"));
    }

    [Test]
    public void An_expired_certification_does_not_count_and_is_named_as_a_concern()
    {
        var expired = Candidate("vrf") with { Certifications = [new Certification("EPA 608", "EPA", null, new DateOnly(2025, 1, 31))] };
        var valid = Candidate("vrf") with { Certifications = [new Certification("EPA Section 608", "EPA", null, new DateOnly(2027, 1, 31))] };
        var job = Job(["VRF"], ["EPA 608"]);

        var expiredResult = MatchScorer.Score(expired, job, Today);
        var validResult = MatchScorer.Score(valid, job, Today);

        Assert.That(expiredResult.Components[MatchComponents.Certifications], Is.EqualTo(0m));
        Assert.That(expiredResult.Concerns, Has.Some.Contains("EPA 608 expired on 2025-01-31"));
        Assert.That(validResult.Components[MatchComponents.Certifications], Is.EqualTo(100m));
    }

    [Test]
    public void A_job_beyond_the_radius_is_a_concern_unless_the_person_will_relocate()
    {
        var farJob = Job(["VRF"]) with { Latitude = 40.71, Longitude = -74.0 };

        var stays = MatchScorer.Score(Candidate("vrf"), farJob, Today);
        var moves = MatchScorer.Score(Candidate("vrf") with { WillingToRelocate = true }, farJob, Today);

        Assert.That(stays.Concerns, Has.Some.Contains("beyond the 30-mile radius"));
        Assert.That(moves.Components[MatchComponents.Location], Is.GreaterThan(stays.Components[MatchComponents.Location]));
    }

    [Test]
    public void Pay_below_the_expectation_lowers_the_pay_component()
    {
        var job = Job(["VRF"]) with { OfferedAnnualPayMax = 60_000m };

        var fits = MatchScorer.Score(Candidate("vrf") with { ExpectedAnnualPayMin = 55_000m }, job, Today);
        var short_ = MatchScorer.Score(Candidate("vrf") with { ExpectedAnnualPayMin = 90_000m }, job, Today);

        Assert.That(fits.Components[MatchComponents.Pay], Is.EqualTo(100m));
        Assert.That(short_.Components[MatchComponents.Pay], Is.LessThan(60m));
        Assert.That(short_.Concerns, Has.Some.Contains("below the expected"));
    }

    [Test]
    public void Too_few_years_of_experience_is_a_concern()
    {
        var result = MatchScorer.Score(Candidate("vrf") with { YearsExperience = 1 }, Job(["VRF"]) with { ExperienceLevel = "senior" }, Today);

        Assert.That(result.Components[MatchComponents.Experience], Is.EqualTo(20m));
        Assert.That(result.Concerns, Has.Some.Contains("asks for 5+"));
    }

    [Test]
    public void The_same_inputs_give_the_same_score_and_words()
    {
        var a = MatchScorer.Score(Candidate("vrf", "bas"), Job(["VRF", "chiller"]), Today);
        var b = MatchScorer.Score(Candidate("vrf", "bas"), Job(["VRF", "chiller"]), Today);

        Assert.That(b.Score, Is.EqualTo(a.Score));
        Assert.That(b.Reasons, Is.EqualTo(a.Reasons));
        Assert.That(b.Concerns, Is.EqualTo(a.Concerns));
    }

    [Test]
    public void The_weights_are_one_table_summing_to_100()
    {
        Assert.That(MatchWeights.All.Values.Sum(), Is.EqualTo(100m));
    }

    [Test]
    public void A_perfect_fit_is_recommended()
    {
        var result = MatchScorer.Score(Candidate("vrf", "chiller"), Job(["VRF", "chiller"]), Today);

        Assert.That(result.IsRecommended, Is.True, string.Join("; ", result.Reasons.Concat(result.Concerns)));
        Assert.That(result.Reasons, Has.Some.EqualTo("Has all 2 required skills"));
    }
}
