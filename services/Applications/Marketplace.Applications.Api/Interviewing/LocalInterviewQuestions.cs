namespace Marketplace.Applications.Api.Interviewing;

/// <summary>
/// Deterministic interview questions, with no network: behavioral ones from the occupation's O*NET core tasks,
/// technical ones from the job's required skills, certifications and equipment, then O*NET's most important skills
/// and hot technologies. The same job always gets the same questions.
/// </summary>
public sealed class LocalInterviewQuestions(OnetData onet)
{
    public (OnetOccupation? Occupation, List<InterviewQuestion> Behavioral, List<InterviewQuestion> Technical) Build(JobProfile job)
    {
        var occupation = onet.Find(Occupations.SocOf(job.JobCategory));
        var behavioral = new List<InterviewQuestion>();
        foreach (var task in (occupation?.Tasks ?? []).Take(5))
        {
            behavioral.Add(new("behavioral", $"Tell me about a time you had to {Lower(task)} What was the situation, what did you do, and how did it turn out?",
                $"onet_task:{occupation!.Code}", "local"));
        }

        behavioral.Add(new("behavioral", "Describe a call-out where the fault was not what the ticket said. How did you find the real cause?", "general", "local"));
        behavioral.Add(new("behavioral", "Tell me about a time you stopped work because something was unsafe. Who did you tell, and what happened next?", "general", "local"));

        var technical = new List<InterviewQuestion>();
        technical.AddRange(job.RequiredSkills.Take(5).Select(s =>
            new InterviewQuestion("technical", $"Walk me through how you use {s} on a typical {job.Title} job.", $"required_skill:{s}", "local")));
        technical.AddRange(job.Certifications.Take(4).Select(c =>
            new InterviewQuestion("technical", $"What does your {c} certification cover, and when is it due for renewal?", $"certification:{c}", "local")));
        technical.AddRange(job.Equipment.Take(4).Select(e =>
            new InterviewQuestion("technical", $"What {e} equipment have you installed or serviced, and what failures did you see most often?", $"equipment:{e}", "local")));
        technical.AddRange((occupation?.Skills ?? []).Take(3).Select(s =>
            new InterviewQuestion("technical", $"O*NET lists {s} among the most important skills for {occupation!.Title}. Give an example of it in your own work.",
                $"onet_skill:{s}", "local")));
        technical.AddRange((occupation?.Technologies ?? []).Take(2).Select(t =>
            new InterviewQuestion("technical", $"Which features of {t} have you used on the job?", $"onet_technology:{t}", "local")));
        return (occupation, behavioral, technical);
    }

    /// <summary>"Inspect wiring." → "inspect wiring." (O*NET tasks are sentences starting with a verb).</summary>
    private static string Lower(string task) =>
        task.Length == 0 ? task : char.ToLowerInvariant(task[0]) + task[1..].TrimEnd() + (task.TrimEnd().EndsWith('.') ? "" : ".");
}
