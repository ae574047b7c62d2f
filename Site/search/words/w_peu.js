BRIEFINGS_SEARCH_WORDS("peu",{
"peu":"3y,3m;3y",
"peut":"22,17;39",
"peuvent":"2n"
});
