namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// Who may be told of an emergency job: internal (technicians of the posting organization), regional (technicians
/// whose region claim is the job's region) or global (every qualified technician). The trade filter always applies.
/// </summary>
public enum JobVisibility
{
    Internal,
    Regional,
    Global,
}
