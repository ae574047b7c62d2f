BRIEFINGS_SEARCH_WORDS("mue",{
"mueller":"32;32"
});
