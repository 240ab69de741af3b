using HrScorecard.Web.Data;

namespace HrScorecard.Web.Pages.Actions;

/// <summary>The words an improvement action's status is shown with.</summary>
public static class ActionStatusText
{
    public static string Of(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "Planned",
        ActionStatus.InProgress => "In progress",
        _ => "Done",
    };
}
