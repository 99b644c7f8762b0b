namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// Who may be told of and see an emergency job (ARCHITECTURE §4), narrowest first: internal (the posting organization),
/// network (shares one of the poster's contractor networks), regional (same region), industry (the job's trade is one
/// of theirs), global (every verified user). The posting organization always sees its job. Enforced in SQL by
/// <c>emergency_job_visible</c> (migration 0002) on the broadcast and every read path; <see cref="JobAudience"/>
/// applies the same rule to live-board messages, which no query reads.
/// </summary>
public enum JobVisibility
{
    Internal,
    Network,
    Regional,
    Industry,
    Global,
}
