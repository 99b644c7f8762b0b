namespace Marketplace.Applications.Api.Domain;

public enum InterviewType
{
    Phone,
    Video,
    InPerson,
    Technical,
}
