BRIEFINGS_SEARCH_WORDS("mue",{
"mueller":"31;31"
});
