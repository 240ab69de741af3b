// Please see documentation at https://learn.microsoft.com/aspnet/core/client-side/bundling-and-minification
// for details on configuring this project to bundle and minify static web assets.

// Write your JavaScript code.

// Bar widths travel as data attributes and are set through the CSSOM: the Content-Security-Policy refuses inline style attributes.
document.querySelectorAll('[data-width-percent]').forEach(bar => {
    bar.style.width = `${bar.dataset.widthPercent}%`;
});
