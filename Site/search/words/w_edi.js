BRIEFINGS_SEARCH_WORDS("edi",{
"edirne":"0,2u,53"
});
