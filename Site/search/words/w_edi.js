BRIEFINGS_SEARCH_WORDS("edi",{
"edirne":"0,2t,4i"
});
