using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace HrScorecard.Web;

/// <summary>Which policy guards each feature folder of pages.</summary>
public static class PageAccess
{
    public static IReadOnlyList<(string Folder, string Policy)> Folders { get; } =
    [
        ("/Admin", Policies.Administer),
        ("/Scorecards", Policies.BuildScorecards),
        ("/Kpis", Policies.BuildScorecards),
        ("/Weights", Policies.BuildScorecards),
        ("/Periods", Policies.BuildScorecards),
        ("/Actuals", Policies.BuildScorecards),
        ("/Rounds", Policies.BuildScorecards),
        ("/Surveys", Policies.BuildScorecards),
        ("/Questionnaires", Policies.AnswerQuestionnaires),
        ("/Actions", Policies.RecordActions),
        ("/Dashboard", Policies.ReadResults),
        ("/Reports", Policies.ReadResults),
    ];

    /// <summary>Pages inside a guarded folder that every signed-in role may read.</summary>
    public static IReadOnlyList<string> ReadableByAll { get; } = ["/Kpis/History"];

    /// <summary>
    /// Like AuthorizeFolder, but skips the listed pages: folder and page policies would otherwise both apply
    /// (authorization requirements combine with AND), so a page could never be more open than its folder.
    /// </summary>
    public static void AuthorizeFolderExcept(this PageConventionCollection conventions,
        string folder, string policy, IReadOnlyList<string> except) =>
        conventions.AddFolderApplicationModelConvention(folder, model =>
        {
            if (!except.Contains(model.ViewEnginePath, StringComparer.OrdinalIgnoreCase))
                model.EndpointMetadata.Add(new AuthorizeAttribute(policy));
        });
}
