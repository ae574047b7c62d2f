BRIEFINGS_SEARCH_WORDS("kas",{
"kastanies":"0,79"
});
