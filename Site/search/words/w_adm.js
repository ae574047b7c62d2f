BRIEFINGS_SEARCH_WORDS("adm",{
"administration":"11,27",
"administrativement":"1f",
"administratrice":"1h",
"admiral":"75"
});
