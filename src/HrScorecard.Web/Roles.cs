namespace HrScorecard.Web;

/// <summary>The four roles of the product and the policies the page folders require.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string HR = "HR";
    public const string Director = "Director";
    public const string Manager = "Manager";

    public static IReadOnlyList<string> All { get; } = [Admin, HR, Director, Manager];
}

public static class Policies
{
    /// <summary>Users and roles, unlocking periods.</summary>
    public const string Administer = nameof(Administer);

    /// <summary>Build scorecards, enter targets, actuals and weights.</summary>
    public const string BuildScorecards = nameof(BuildScorecards);

    /// <summary>Read scores and history: every signed-in role.</summary>
    public const string ReadResults = nameof(ReadResults);

    /// <summary>Answer pairwise questionnaires of a weighting round: directors.</summary>
    public const string AnswerQuestionnaires = nameof(AnswerQuestionnaires);

    /// <summary>Record root causes and improvement actions: HR and managers.</summary>
    public const string RecordActions = nameof(RecordActions);
}
