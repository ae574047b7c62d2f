BRIEFINGS_SEARCH_WORDS("adm",{
"administration":"11,2t",
"administrativement":"1f",
"administratrice":"1h",
"admiral":"7r"
});
