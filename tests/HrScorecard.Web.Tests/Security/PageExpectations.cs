namespace HrScorecard.Web.Tests.Security;

/// <summary>
/// Who may open which page, written down from the specification (issue 3) on purpose — not read from PageAccess.cs,
/// which would only test the app against itself. The longest matching folder or page wins.
/// </summary>
public static class PageExpectations
{
    public const string Anonymous = "anonymous";

    /// <summary>Who the matrix asks: no one signed in, then each role's demo account.</summary>
    public static IReadOnlyList<string> Principals { get; } = [Anonymous, Roles.Admin, Roles.HR, Roles.Director, Roles.Manager];

    private static readonly string[] Public = [.. Principals];
    private static readonly string[] SignedIn = [.. Roles.All];

    private static readonly (string Path, string[] Allowed)[] Table =
    [
        ("/Index", Public),
        ("/Ahp", Public),
        ("/Account/Login", Public),
        ("/Account/AccessDenied", Public),
        ("/Account/Language", Public), // issue 7: anyone may choose the language; a signed-in user's choice is saved
        ("/Error", Public),
        // Open to anyone while no user exists; afterwards it answers 404 to everyone (SetupTests), never a sign-in redirect.
        ("/Setup", Public),
        ("/Account/Logout", SignedIn),
        ("/Admin", [Roles.Admin]),
        ("/Scorecards", [Roles.HR]),
        ("/Kpis", [Roles.HR]),
        ("/Kpis/History", SignedIn),
        ("/Weights", [Roles.HR]),
        ("/Periods", [Roles.HR]),
        ("/Actuals", [Roles.HR]),
        ("/Rounds", [Roles.HR]),
        ("/Surveys", [Roles.HR]), // issue 6: HR uploads survey answers
        ("/Questionnaires", [Roles.Director]),
        ("/Actions", [Roles.HR, Roles.Manager]),
        ("/Dashboard", SignedIn),
        ("/Reports", SignedIn),
    ];

    /// <summary>The principals allowed on a page (its view-engine path, e.g. "/Admin/Users/Edit"), or null when no one wrote it down.</summary>
    public static IReadOnlyList<string>? AllowedOn(string page) =>
        Table.Where(e => page.Equals(e.Path, StringComparison.OrdinalIgnoreCase) || page.StartsWith(e.Path + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.Path.Length)
            .Select(e => e.Allowed)
            .FirstOrDefault();
}
